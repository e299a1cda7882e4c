package org.ecograph.model;

import java.util.List;

/**
 * The labels of the nodes that are not entities, in one place: what claims cite, typed figures, sources'
 * statements of claims (assertions) and the states they replaced, and the knowledge base's own bookkeeping (the loader's history, the graph
 * version, API tokens, the audit trail, judgements and the merged ids they resolve, saved questions and their feed). The loader's validation allows
 * exactly these beside {@link EntityKind}'s labels; a backup skips what a restore recreates.
 */
public final class NodeLabels {

	/** A document claims are taken from ({@code :Source}). */
	public static final String SOURCE = "Source";

	/** A typed figure a source states ({@code :Measure}). */
	public static final String MEASURE = "Measure";

	/** One source's statement of a claim, keyed by id and carrying the claim's id ({@code :Assertion}). */
	public static final String ASSERTION = "Assertion";

	/**
	 * The state an assertion had before a steward change replaced it ({@code :AssertionRevision}): its properties,
	 * {@code revisionOf}, {@code until} and {@code change}; how the knowledge base is read as known on a past day.
	 */
	public static final String ASSERTION_REVISION = "AssertionRevision";

	/**
	 * A claim's retraction that a steward change removed ({@code :RetractionRevision}): {@code claim}, the retraction's
	 * properties, {@code until} and {@code change}; the days it held still read the claim as retracted.
	 */
	public static final String RETRACTION_REVISION = "RetractionRevision";

	/** The state a judgement had before a steward change replaced it ({@code :JudgementRevision}). */
	public static final String JUDGEMENT_REVISION = "JudgementRevision";

	/** A script the loader applied, with its checksum ({@code :AppliedScript}). */
	public static final String APPLIED_SCRIPT = "AppliedScript";

	/** The single node holding the graph version ({@code :GraphVersion}). */
	public static final String GRAPH_VERSION = "GraphVersion";

	/** An API token, stored as a hash ({@code :ApiToken}). */
	public static final String API_TOKEN = "ApiToken";

	/** One recorded change of the graph: a mutation or a loaded script ({@code :Change}). */
	public static final String CHANGE = "Change";

	/**
	 * One id a recorded change names among its subjects ({@code (:ChangeSubject {subject, seq})}, {@code seq} the
	 * change's): how the changes naming an id are found, newest first.
	 */
	public static final String CHANGE_SUBJECT = "ChangeSubject";

	/** A steward's SAME or DIFFERENT judgement of two entity ids ({@code :Judgement}), kept when withdrawn. */
	public static final String JUDGEMENT = "Judgement";

	/**
	 * An entity id that resolves to another ({@code (:MergedId {id, into})}): the canonical id of its cluster of live
	 * SAME judgements, kept by the judgement mutations (or, before judgements, an entity merged away).
	 */
	public static final String MERGED_ID = "MergedId";

	/** A saved question of a token, with its last answer ({@code :Watch}). */
	public static final String WATCH = "Watch";

	/** One change of a saved question's answer, in the feed ({@code :WatchEvent}). */
	public static final String WATCH_EVENT = "WatchEvent";

	/** The single node numbering the feed's events ({@code :WatchEventSequence}). */
	public static final String WATCH_EVENT_SEQUENCE = "WatchEventSequence";

	private NodeLabels() {
	}

	/** Every label a node other than an entity may carry. */
	public static List<String> nonEntity() {
		return List.of(SOURCE, MEASURE, ASSERTION, ASSERTION_REVISION, APPLIED_SCRIPT, GRAPH_VERSION, API_TOKEN, CHANGE,
				CHANGE_SUBJECT, JUDGEMENT, JUDGEMENT_REVISION, RETRACTION_REVISION, MERGED_ID, WATCH, WATCH_EVENT,
				WATCH_EVENT_SEQUENCE);
	}

}
