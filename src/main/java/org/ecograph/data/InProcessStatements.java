package org.ecograph.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Result;

/**
 * Statements run inside the embedded database, in the transaction {@link InProcessTransactionManager} bound to the
 * thread: no Bolt, no driver, no network thread between the request and the kernel. Parameters are converted as
 * Spring Data Neo4j's client converts them over Bolt (an enum by its name, a set as a list), rows are read into
 * {@link Row}s before the transaction ends, and what a statement changed is the kernel's count.
 */
final class InProcessStatements implements StatementRunner {

	private final GraphDatabaseService database;

	InProcessStatements(GraphDatabaseService database) {
		this.database = database;
	}

	@Override
	public <T> List<T> list(String cypher, Map<String, Object> parameters, RowMapper<T> mapper) {
		List<T> rows = new ArrayList<>();
		forEach(cypher, parameters, row -> rows.add(mapper.map(row)));
		return List.copyOf(rows);
	}

	@Override
	public void forEach(String cypher, Map<String, Object> parameters, Consumer<Row> consumer) {
		try (Result result = execute(cypher, parameters)) {
			List<String> columns = result.columns();
			while (result.hasNext()) {
				consumer.accept(new Row(Cells.of(columns, result.next())));
			}
		}
	}

	@Override
	public WriteCounts run(String cypher, Map<String, Object> parameters) {
		try (Result result = execute(cypher, parameters)) {
			result.accept(row -> true);
			return counts(result.getQueryStatistics());
		}
	}

	@Override
	public <T> Statement.Written<T> runAndList(String cypher, Map<String, Object> parameters, RowMapper<T> mapper) {
		try (Result result = execute(cypher, parameters)) {
			List<String> columns = result.columns();
			List<T> rows = new ArrayList<>();
			while (result.hasNext()) {
				rows.add(mapper.map(new Row(Cells.of(columns, result.next()))));
			}
			return new Statement.Written<>(counts(result.getQueryStatistics()), List.copyOf(rows));
		}
	}

	/**
	 * The statement's result. In a read-only transaction a statement whose plan writes is refused before any row is
	 * pulled and the transaction is marked for rollback, even if the caller goes on, as the Bolt server refuses it in
	 * a read transaction: the kernel's own transactions have no read-only mode of their own.
	 */
	private Result execute(String cypher, Map<String, Object> parameters) {
		InProcessTransactionManager.Holder transaction = InProcessTransactionManager.current(this.database);
		Result result = transaction.transaction().execute(cypher, converted(parameters));
		if (transaction.readOnly() && writes(result.getQueryExecutionType().queryType())) {
			result.close();
			transaction.rollbackOnly();
			throw new IllegalStateException("Writing in a read-only transaction is not allowed: " + cypher);
		}
		return result;
	}

	private static boolean writes(QueryExecutionType.QueryType type) {
		return type == QueryExecutionType.QueryType.READ_WRITE || type == QueryExecutionType.QueryType.WRITE
				|| type == QueryExecutionType.QueryType.SCHEMA_WRITE;
	}

	private static Map<String, Object> converted(Map<String, Object> parameters) {
		Map<String, Object> converted = new HashMap<>(parameters.size() * 2);
		parameters.forEach((name, value) -> converted.put(name, converted(value)));
		return converted;
	}

	private static Object converted(Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof UUID uuid) {
			return uuid.toString();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> converted = new HashMap<>(map.size() * 2);
			map.forEach((key, item) -> converted.put(String.valueOf(key), converted(item)));
			return converted;
		}
		if (value instanceof Collection<?> list) {
			List<Object> converted = new ArrayList<>(list.size());
			list.forEach(item -> converted.add(converted(item)));
			return converted;
		}
		return value;
	}

	private static WriteCounts counts(QueryStatistics s) {
		return new WriteCounts(s.getNodesCreated(), s.getNodesDeleted(), s.getRelationshipsCreated(),
				s.getRelationshipsDeleted(), s.getPropertiesSet(), s.getLabelsAdded(), s.getLabelsRemoved(),
				s.getConstraintsAdded() + s.getConstraintsRemoved() + s.getIndexesAdded() + s.getIndexesRemoved());
	}

}
