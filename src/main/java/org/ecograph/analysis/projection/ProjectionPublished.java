package org.ecograph.analysis.projection;

/**
 * Published (as a Spring application event) each time {@link ProjectionHolder} swaps in a snapshot of a newer graph
 * version than any before: what was derived from the graph can be re-derived once per version. Listeners run on the
 * builder's thread and must hand any real work to a thread of their own.
 *
 * @param version the graph version of the new snapshot
 */
public record ProjectionPublished(long version) {
}
