package org.ecograph.ingest;

import java.util.List;

import org.ecograph.data.WriteCounts;

/**
 * What the loader reads and writes, each in the caller's transaction ({@link ScriptLoader} and the first-start
 * seeding begin them, with the loader's timeout): the scripts' statements, the history of applied scripts, the audit
 * trail of a loaded script, and the whole-graph upkeep of an external Neo4j.
 */
interface ScriptRepository {

	/** Who loaded scripts are recorded as. */
	String LOADER = "loader";

	/** Creates the uniqueness constraint on applied versions; idempotent. A schema write: a transaction of its own. */
	void ensureHistorySchema();

	/**
	 * Waits until every index is online (Neo4j's {@code db.awaitIndexes}), at most {@code seconds}; in a transaction
	 * of its own. Data statements planned while indexes come online are re-planned at each one, and Neo4j gives up
	 * ("insanely frequent schema changes") when dozens come online during one statement's planning.
	 */
	void awaitIndexes(long seconds);

	/** The applied scripts, in version order. */
	List<AppliedScript> applied();

	/** Records {@code script} as applied, with its checksum and what it changed. */
	void recordApplied(CypherScript script, StatementCounts counts, long durationMs);

	/** Runs one statement of a script; what it changed. */
	WriteCounts run(Statement statement);

	/**
	 * Checks one statement of a script as written without running it ({@code EXPLAIN}): throws Neo4j's syntax or
	 * semantic error, which quotes the text; nothing when it would compile. The statement is the steward's Cypher
	 * itself, as {@link #run(Statement)} runs it.
	 */
	void explain(Statement statement);

	/**
	 * Runs one statement of a script with its literals as parameters ({@link LiteralParameters}): the same writes,
	 * parsed once per shape instead of once per statement.
	 */
	WriteCounts run(LiteralParameters statement);

	/**
	 * Runs consecutive statements of one shape ({@link LiteralParameters.Group}) as one: what they changed together,
	 * and for each how many rows reached its end (0: it matched nothing, so changed nothing).
	 */
	org.ecograph.data.Statement.Written<Long> run(LiteralParameters.Group group);

	/** Bumps the graph version, taking its write lock until commit; the new version. */
	long bumpVersion();

	/**
	 * Records an applied data script, whose transaction bumped the graph to {@code version}, as one
	 * {@code loadScript} change by {@value #LOADER}, with the script's location as its source. Its before and after
	 * states are not kept: a script is undone by a new script, not reverted.
	 */
	void recordChange(long version, CypherScript script);

	/**
	 * Sets the search key of every entity whose key is missing or out of date, and stamps {@code recordedAt} on every
	 * claim lacking it: what the loader does when it cannot tell what a script touched (an external Neo4j); inside
	 * this JVM {@link ScriptValidationListener} does it for the touched elements only.
	 */
	void refreshWholeGraph();

	/** Sets the search key of every entity whose key is missing or out of date. */
	void refreshNameKeys();

	/** Every violation of every rule over the whole graph, as the caller's transaction sees it. */
	List<Violation> violations();

	/**
	 * Tags the caller's transaction for {@link ScriptValidationListener} with a token it issued: the transaction's
	 * metadata, set by the last statement before the commit.
	 */
	void tagForValidation(String token);

	/**
	 * Whether the database holds no knowledge yet: no script applied, no entity, no source (tokens, the graph version
	 * and the audit trail do not count).
	 */
	boolean isEmpty();

}
