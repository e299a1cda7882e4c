package org.ecograph.data;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How a {@link Statement} reaches the database, in the caller's Spring transaction: over Bolt through Spring Data
 * Neo4j's client ({@link BoltStatements}: an external server or cluster, or the embedded one when asked), or inside
 * the embedded database's own transaction ({@link InProcessStatements}: the embedded default, no Bolt in between).
 * Both hand back the same {@link Row}s and the same failures, classified by {@link DatabaseFailure}.
 */
interface StatementRunner {

	/** Every row, mapped, in order. */
	<T> List<T> list(String cypher, Map<String, Object> parameters, RowMapper<T> mapper);

	/** Each row to {@code consumer} as it arrives. */
	void forEach(String cypher, Map<String, Object> parameters, Consumer<Row> consumer);

	/** Runs the statement for its effect; what it changed. */
	WriteCounts run(String cypher, Map<String, Object> parameters);

	/** What the statement changed, and every row it returned, mapped. */
	<T> Statement.Written<T> runAndList(String cypher, Map<String, Object> parameters, RowMapper<T> mapper);

}
