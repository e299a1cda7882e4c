package org.ecograph.data;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One Cypher statement and its parameters, run in the caller's transaction. Immutable: {@link #bind} returns a new
 * statement. Parameters may be {@code null} (a query's "no filter").
 */
public final class Statement {

	private final StatementRunner runner;

	private final String cypher;

	private final Map<String, Object> parameters;

	Statement(StatementRunner runner, String cypher, Map<String, Object> parameters) {
		this.runner = runner;
		this.cypher = cypher;
		this.parameters = parameters;
	}

	/** This statement with one more parameter. */
	public Statement bind(String name, Object value) {
		Map<String, Object> next = new HashMap<>(this.parameters);
		next.put(name, value);
		return new Statement(this.runner, this.cypher, Collections.unmodifiableMap(next));
	}

	/** This statement with these parameters added (a {@code null} value included). */
	public Statement bindAll(Map<String, ?> values) {
		Map<String, Object> next = new HashMap<>(this.parameters);
		next.putAll(values);
		return new Statement(this.runner, this.cypher, Collections.unmodifiableMap(next));
	}

	/** Every row, mapped. */
	public <T> List<T> list(RowMapper<T> mapper) {
		requireTransaction();
		return this.runner.list(this.cypher, this.parameters, mapper);
	}

	/** The row, mapped, if the statement returns one; fails if it returns more. */
	public <T> Optional<T> one(RowMapper<T> mapper) {
		List<T> rows = list(mapper);
		if (rows.size() > 1) {
			throw new IllegalStateException("Expected at most one row, got " + rows.size());
		}
		return rows.stream().findFirst();
	}

	/** The single row, mapped; fails unless the statement returns exactly one. */
	public <T> T single(RowMapper<T> mapper) {
		return one(mapper).orElseThrow(() -> new IllegalStateException("Expected one row, got none"));
	}

	/**
	 * Hands each row to {@code consumer} as it arrives, without collecting them: for results too large to hold
	 * (the projection build, a backup).
	 */
	public void forEach(Consumer<Row> consumer) {
		requireTransaction();
		this.runner.forEach(this.cypher, this.parameters, consumer);
	}

	/** Runs the statement for its effect; what it changed. */
	public WriteCounts run() {
		requireTransaction();
		return this.runner.run(this.cypher, this.parameters);
	}

	/** Runs a statement that writes and returns rows: what it changed, and every row, mapped. */
	public <T> Written<T> runAndList(RowMapper<T> mapper) {
		requireTransaction();
		return this.runner.runAndList(this.cypher, this.parameters, mapper);
	}

	/**
	 * What a statement that writes and returns rows did.
	 *
	 * @param counts what it changed
	 * @param rows its rows, mapped
	 */
	public record Written<T>(WriteCounts counts, List<T> rows) {
	}

	/** The statement's Cypher, for logs and tests. */
	public String cypher() {
		return this.cypher;
	}

	/** The statement's parameters, for tests. */
	public Map<String, Object> parameters() {
		return this.parameters;
	}

	private void requireTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A statement ran outside a transaction: wrap the caller in @Transactional "
					+ "or Transactions, so it gets the configured database, timeout and bookmarks");
		}
	}

	@Override
	public String toString() {
		return this.cypher;
	}

}
