package org.ecograph.analysis.projection;

import java.util.Set;

/**
 * Published (as a Spring application event) each time {@link ProjectionHolder} swaps in a snapshot of a newer graph
 * version than any before: what was derived from the graph can be re-derived once per version. Listeners run on the
 * builder's thread and must hand any real work to a thread of their own.
 *
 * @param version the graph version of the new snapshot
 * @param previous the version of the snapshot it replaced, -1 when none
 * @param changedAt when the new snapshot was made from the one it replaced, the ids of the entities where the graph
 * changed between them (touched entities, the ends of every claim dropped, changed or added, old and new): a question
 * whose chains in the new snapshot reach none of them has the answer it had; {@code null} when not known (a rebuild,
 * a snapshot read back, a change of judgements)
 */
public record ProjectionPublished(long version, long previous, Set<String> changedAt) {

	/** A version whose changes are not known. */
	public ProjectionPublished(long version) {
		this(version, -1, null);
	}

}
