package org.ecograph.analysis;

/**
 * What one of the analysis' caches served since start, for an operator's metrics.
 *
 * @param cache the cache's name ({@code analysis.entities}, {@code analysis.claims}, {@code analysis.rankings},
 * {@code analysis.days})
 * @param hits lookups answered from the cache (for the details caches: ids; for rankings: selections)
 * @param misses lookups that had to read the database or compute
 * @param size the entries held now
 */
public record CacheCounts(String cache, long hits, long misses, long size) {
}
