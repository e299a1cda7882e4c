package org.ecograph.model;

import org.neo4j.driver.SimpleQueryRunner;

/**
 * The version of the claim graph, kept in the database as the single node {@code (:GraphVersion {id: 'graph'})}.
 * Every write of entities or claims (a loaded script, a steward's mutation) calls {@link #bump} in its own
 * transaction, so the version and the data commit together or not at all. Every app instance, embedded or on an
 * external database, reads {@link #READ} to notice a change cheaply (one index lookup) and refreshes what it derived
 * from the graph (the analysis projection, cached rankings and statistics).
 */
public final class GraphVersion {

	/** The label of the version node; not an entity, so the loader's validation allows it beside {@code Source}. */
	public static final String LABEL = "GraphVersion";

	/**
	 * Returns {@code version} (0 when nothing was ever written), {@code stamp} (a random id given to each version,
	 * null before stamps existed) and {@code changedAt}.
	 */
	public static final String READ = """
			OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
			RETURN coalesce(v.version, 0) AS version, v.stamp AS stamp, v.changedAt AS changedAt""";

	/**
	 * Increments the version and gives it a new random stamp; returns the new {@code version}. Takes a write lock on
	 * the node until commit. The stamp tells two graphs with the same version number apart (a store restored from a
	 * backup and written again), so what was derived from one version (a saved analysis snapshot) is never taken for
	 * another.
	 */
	public static final String BUMP = """
			MERGE (v:GraphVersion {id: 'graph'})
			SET v.version = coalesce(v.version, 0) + 1, v.stamp = randomUUID(), v.changedAt = datetime()
			RETURN v.version AS version""";

	/**
	 * One version of the graph as a transaction sees it.
	 *
	 * @param version the version number, 0 for a graph never written
	 * @param stamp the version's random stamp, {@code null} for a graph never written or last written before stamps
	 */
	public record Stamped(long version, String stamp) {
	}

	private GraphVersion() {
	}

	/** Bumps the version in {@code tx}, the transaction of the write; returns the new version. */
	public static long bump(SimpleQueryRunner tx) {
		return tx.run(BUMP).single().get("version").asLong();
	}

	/** The version {@code tx} sees, 0 for a graph never written. */
	public static long read(SimpleQueryRunner tx) {
		return tx.run(READ).single().get("version").asLong();
	}

	/** The version {@code tx} sees with its stamp. */
	public static Stamped stamped(SimpleQueryRunner tx) {
		org.neo4j.driver.Record r = tx.run(READ).single();
		return new Stamped(r.get("version").asLong(), r.get("stamp").asString(null));
	}

}
