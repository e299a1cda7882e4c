package org.ecograph.model;

/** What changed in the knowledge base between two days, per assertion or judgement (docs/data-model.md). */
public enum KnowledgeChangeKind {

	/** An assertion counts on the later day and did not on the earlier one, and replaces none that did. */
	ASSERTION_ADDED,
	/** An assertion's values differ: a later statement of the same source superseded it, or a revert restored it. */
	ASSERTION_CHANGED,
	/** Only an assertion's rank differs, to PREFERRED or NORMAL. */
	ASSERTION_RANKED,
	/** Only an assertion's rank differs, to DEPRECATED. */
	ASSERTION_DEPRECATED,
	/** An assertion counted on the earlier day and no longer does (superseded with no successor that counts, or reverted). */
	ASSERTION_WITHDRAWN,
	/** A judgement counts on the later day and did not on the earlier one. */
	JUDGEMENT_MADE,
	/** A judgement counted on the earlier day and no longer does (withdrawn, or its change reverted). */
	JUDGEMENT_WITHDRAWN,
	/**
	 * A claim is in the later day's graph and was not in the earlier one's: the knowledge base recorded it in between
	 * (the day of its {@code recordedAt}), and it is not retracted on the later day.
	 */
	CLAIM_RECORDED,
	/**
	 * A claim was in the earlier day's graph and is not in the later one's: a steward retracted it in between (the day
	 * of its {@code retractedAt}).
	 */
	CLAIM_RETRACTED,
	/**
	 * A claim is in the later day's graph, was recorded by the earlier day, and was retracted on it: a steward change
	 * undid the retraction in between (the day its {@code RetractionRevision} ends).
	 */
	CLAIM_RESTORED

}
