package org.ecograph.steward;

import java.util.List;
import java.util.Optional;

import org.ecograph.model.RelationKind;

/** What the warm-up ({@link ValidationWarmUp}) reads to rehearse a steward's mutation on this graph. */
interface WarmUpRepository {

	/**
	 * A live claim with its ends and sources, to rehearse a claim created between the same ends and this one
	 * corrected: a {@code FUNDS} claim if there is one (the most common steward write), else any; empty on a graph
	 * without claims.
	 */
	Optional<ClaimOnRecord> anyClaim();

	/** A claim as the rehearsal needs it. */
	record ClaimOnRecord(String id, RelationKind kind, String from, String to, List<String> sources) {
	}

}
