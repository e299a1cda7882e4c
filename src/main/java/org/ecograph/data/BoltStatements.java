package org.ecograph.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.neo4j.driver.Result;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Statements over Bolt, through Spring Data Neo4j's {@link Neo4jClient}, which runs them in the transaction of its
 * {@code Neo4jTransactionManager}: the configured database, timeout and bookmarks.
 */
final class BoltStatements implements StatementRunner {

	private final Neo4jClient neo4j;

	BoltStatements(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public <T> List<T> list(String cypher, Map<String, Object> parameters, RowMapper<T> mapper) {
		return List.copyOf(this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, record) -> mapper.map(new Row(Cells.of(record))))
			.all()
			.stream()
			.map(value -> {
				@SuppressWarnings("unchecked")
				T t = (T) value;
				return t;
			})
			.toList());
	}

	@Override
	public void forEach(String cypher, Map<String, Object> parameters, Consumer<Row> consumer) {
		this.neo4j.delegateTo(runner -> {
			Result result = runner.run(cypher, parameters);
			while (result.hasNext()) {
				consumer.accept(new Row(Cells.of(result.next())));
			}
			return Optional.empty();
		}).run();
	}

	@Override
	public WriteCounts run(String cypher, Map<String, Object> parameters) {
		return counts(this.neo4j.query(cypher).bindAll(parameters).run().counters());
	}

	@Override
	public <T> Statement.Written<T> runAndList(String cypher, Map<String, Object> parameters, RowMapper<T> mapper) {
		return this.neo4j.delegateTo(runner -> {
			Result result = runner.run(cypher, parameters);
			List<T> rows = new ArrayList<>();
			while (result.hasNext()) {
				rows.add(mapper.map(new Row(Cells.of(result.next()))));
			}
			return Optional.of(new Statement.Written<>(counts(result.consume().counters()), List.copyOf(rows)));
		}).run().orElseThrow();
	}

	private static WriteCounts counts(SummaryCounters c) {
		return new WriteCounts(c.nodesCreated(), c.nodesDeleted(), c.relationshipsCreated(),
				c.relationshipsDeleted(), c.propertiesSet(), c.labelsAdded(), c.labelsRemoved(),
				c.constraintsAdded() + c.constraintsRemoved() + c.indexesAdded() + c.indexesRemoved());
	}

}
