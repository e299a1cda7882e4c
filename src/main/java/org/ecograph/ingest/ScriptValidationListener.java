package org.ecograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.ecograph.model.ClaimFilter;
import org.ecograph.model.EntityNames;
import org.ecograph.model.RelationKind;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a script's transaction at its commit, inside the embedded Neo4j, at the cost of what it touched: Neo4j
 * hands the listener the transaction's changes ({@link TransactionData}), the listener derives the scope
 * ({@link ScriptTouches}), stamps the touched entities' search keys and the touched claims' {@code recordedAt}, runs
 * every {@link ValidationRule} over the scope in the still open transaction, and vetoes the commit by throwing when
 * one is broken. It acts only on transactions whose metadata carries a token this JVM's loader issued
 * ({@link #expect}); every other transaction (steward mutations, other app instances over Bolt) passes untouched.
 */
final class ScriptValidationListener implements TransactionEventListener<Object> {

	/** The transaction metadata key carrying the loader's token. */
	static final String METADATA_KEY = "ecographScriptValidation";

	private static final Logger log = LoggerFactory.getLogger(ScriptValidationListener.class);

	private static final String REFRESH_NAME_KEYS = """
			MATCH (n:Entity) WHERE id(n) IN $ids
			WITH n, %s AS key
			WHERE n.%s IS NULL OR n.%s <> key
			SET n.%s = key""".formatted(EntityNames.EXPRESSION, EntityNames.KEY, EntityNames.KEY, EntityNames.KEY);

	private static final String STAMP_RECORDED_AT = "MATCH ()-[r]->() WHERE id(r) IN $ids AND type(r) IN $types"
			+ " AND r." + ClaimFilter.RECORDED_AT + " IS NULL SET r." + ClaimFilter.RECORDED_AT + " = datetime()";

	private final Map<String, Expected> expected = new ConcurrentHashMap<>();

	/**
	 * A token for the metadata of a transaction about to commit; {@code trial}: validate, then roll back whatever the
	 * outcome (a dry run, or the search for the offending statement).
	 */
	String expect(boolean trial) {
		return expect(trial, Set.of(ValidationRule.values()));
	}

	/** The same, checking only {@code rules} (the search for the statement that broke them). */
	String expect(boolean trial, Set<ValidationRule> rules) {
		String token = UUID.randomUUID().toString();
		this.expected.put(token, new Expected(trial, rules));
		return token;
	}

	/** The violations found at the commit of the token's transaction; {@code null} if it never reached validation. */
	List<Violation> violations(String token) {
		Expected e = this.expected.get(token);
		return e == null ? null : e.violations;
	}

	void forget(String token) {
		this.expected.remove(token);
	}

	@Override
	public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
		Object token = data.metaData().get(METADATA_KEY);
		Expected e = token == null ? null : this.expected.get(token.toString());
		if (e == null) {
			return null;
		}
		long started = System.nanoTime();
		GraphValidator.Scope scope = ScriptTouches.of(data);
		long derived = System.nanoTime();
		GraphValidator.Rows rows = (query, parameters) -> rows(transaction, query, parameters);
		if (!e.trial) {
			rows.run(REFRESH_NAME_KEYS, Map.of("ids", scope.nodeIds()));
			rows.run(STAMP_RECORDED_AT, Map.of("ids", scope.relationshipIds(), "types", RelationKind.types()));
		}
		long stamped = System.nanoTime();
		// the script's transaction holds the graph version's lock (its bump), so nothing commits beside it meanwhile
		try (Transaction committedGraph = database.beginTx()) {
			GraphValidator.Rows committed = (query, parameters) -> rows(committedGraph, query, parameters);
			e.violations = GraphValidator.violations(rows, committed, scope, e.rules);
		}
		log.info("Validated what the script touched ({} nodes, {} relationships{}): {} violation(s); changes read in "
				+ "{} ms, search keys and recordedAt in {} ms, rules in {} ms", scope.nodeIds().size(),
				scope.relationshipIds().size(),
				scope.wholeGraphRules().isEmpty() ? "" : "; over the whole graph: " + scope.wholeGraphRules(),
				e.violations.size(), millis(derived - started), millis(stamped - derived),
				millis(System.nanoTime() - stamped));
		if (!e.violations.isEmpty()) {
			throw new IllegalStateException("Ecograph's loader refused the script: " + e.violations.size()
					+ " validation rule violation(s)");
		}
		if (e.trial) {
			throw new IllegalStateException("Ecograph's loader validated a trial transaction; it is rolled back");
		}
		return null;
	}

	@Override
	public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
	}

	@Override
	public void afterRollback(TransactionData data, Object state, GraphDatabaseService database) {
	}

	private static List<Map<String, Object>> rows(Transaction transaction, String query,
			Map<String, Object> parameters) {
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Result result = transaction.execute(query, parameters)) {
			result.forEachRemaining(rows::add);
		}
		return rows;
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

	private static final class Expected {

		final boolean trial;

		final Set<ValidationRule> rules;

		volatile List<Violation> violations;

		Expected(boolean trial, Set<ValidationRule> rules) {
			this.trial = trial;
			this.rules = rules;
		}

	}

}
