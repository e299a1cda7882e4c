package org.ecograph.data;

import org.springframework.stereotype.Component;

/**
 * The version of the claim graph, kept in the database as the single node {@code (:GraphVersion {id: 'graph'})}.
 * Every write of entities or claims (a loaded script, a steward's mutation) calls {@link #bump} in its own
 * transaction, so the version and the data commit together or not at all. Every app instance, embedded or on an
 * external database, reads it to notice a change cheaply (one index lookup) and refreshes what it derived from the
 * graph (the analysis projection, cached rankings). Each method runs in the caller's transaction.
 */
@Component
public class GraphVersions {

	private static final String READ = """
			OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
			RETURN coalesce(v.version, 0) AS version, v.stamp AS stamp""";

	/**
	 * Increments the version and gives it a new random stamp; takes a write lock on the node until commit. The stamp
	 * tells two graphs with the same version number apart (a store restored from a backup and written again), so what
	 * was derived from one version (a saved analysis snapshot) is never taken for another.
	 */
	private static final String BUMP = """
			MERGE (v:GraphVersion {id: 'graph'})
			SET v.version = coalesce(v.version, 0) + 1, v.stamp = randomUUID(), v.changedAt = datetime()
			RETURN v.version AS version""";

	private final Graph graph;

	GraphVersions(Graph graph) {
		this.graph = graph;
	}

	/**
	 * One version of the graph as a transaction sees it.
	 *
	 * @param version the version number, 0 for a graph never written
	 * @param stamp the version's random stamp, {@code null} for a graph never written or last written before stamps
	 */
	public record Stamped(long version, String stamp) {
	}

	/** Bumps the version in the caller's (write) transaction; returns the new version. */
	public long bump() {
		return this.graph.query(BUMP).single(row -> row.integer("version", 0));
	}

	/** The version the caller's transaction sees, 0 for a graph never written. */
	public long read() {
		return stamped().version();
	}

	/** The version the caller's transaction sees, with its stamp. */
	public Stamped stamped() {
		return this.graph.query(READ).single(row -> new Stamped(row.integer("version", 0), row.string("stamp")));
	}

}
