package org.ecograph.ingest;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.ecograph.model.ClaimFilter;
import org.ecograph.model.EntityKind;
import org.ecograph.model.EntityNames;
import org.ecograph.model.RelationKind;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a script's transaction at its commit, inside the embedded Neo4j, at the cost of what it touched: Neo4j
 * hands the listener the transaction's changes ({@link TransactionData}), the listener derives the scope
 * ({@link ScriptTouches}), sets the touched entities' search keys and the touched claims' {@code recordedAt}, runs
 * every {@link ValidationRule} over the scope in the still open transaction, and vetoes the commit by throwing when
 * one is broken.
 * <p>
 * It acts only on transactions whose metadata carries, under {@link #METADATA_KEY}, a token this JVM's loader issued
 * ({@link #expect}); every other transaction (steward mutations, other app instances over Bolt) passes untouched. The
 * loader's transactions are Spring's, whose transaction manager sets no metadata of the loader's choosing, so the
 * loader's last statement before the commit sets it with Neo4j's {@code tx.setMetaData} procedure: nothing is
 * written to the graph, and no statement of the script can undo the tag, since none runs after it.
 * <p>
 * The one class besides {@link ScriptTouches} that uses Neo4j's kernel API: it runs inside the server.
 */
final class ScriptValidationListener implements TransactionEventListener<Object> {

	/** The transaction metadata key carrying the loader's token. */
	static final String METADATA_KEY = "ecographScriptValidation";

	/** How the message of every veto begins (the driver reports it as the commit's failure). */
	static final String VETO = "Ecograph's loader ";

	private static final Logger log = LoggerFactory.getLogger(ScriptValidationListener.class);

	private static final Label ENTITY = Label.label(EntityKind.ENTITY_LABEL);

	private static final String STAMP_RECORDED_AT = "MATCH ()-[r]->() WHERE id(r) IN $ids AND type(r) IN $types"
			+ " AND r." + ClaimFilter.RECORDED_AT + " IS NULL SET r." + ClaimFilter.RECORDED_AT + " = datetime()";

	private final Map<String, Expected> expected = new ConcurrentHashMap<>();

	private volatile Runnable unregister = () -> {
	};

	/**
	 * A listener registered on a database of the embedded server ({@code null}: the server's default database);
	 * {@link #unregister()} takes it off again.
	 */
	static ScriptValidationListener registeredOn(EmbeddedNeo4jServer server, String database) {
		String name = database != null ? database : GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
		ScriptValidationListener listener = new ScriptValidationListener();
		server.managementService().registerTransactionEventListener(name, listener);
		listener.unregister = () -> server.managementService().unregisterTransactionEventListener(name, listener);
		return listener;
	}

	/** Stops listening (the loader's context closes). */
	void unregister() {
		this.unregister.run();
	}

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
		ScriptTouches touches = ScriptTouches.of(data);
		GraphValidator.Scope scope = touches.scope();
		long derived = System.nanoTime();
		GraphValidator.Rows rows = (query, parameters) -> rows(transaction, query, parameters);
		if (!e.trial) {
			refreshNameKeys(touches.nodes());
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
			throw new IllegalStateException(VETO + "refused the script: " + e.violations.size()
					+ " validation rule violation(s)");
		}
		if (e.trial) {
			throw new IllegalStateException(VETO + "validated a trial transaction; it is rolled back");
		}
		return null;
	}

	@Override
	public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
	}

	@Override
	public void afterRollback(TransactionData data, Object state, GraphDatabaseService database) {
	}

	/**
	 * Sets {@value EntityNames#KEY} on the touched entities whose key is missing or out of date, computed by
	 * {@link EntityNames#keyOf}, the one definition of the key. A name or aliases of the wrong type are keyed as text;
	 * the rules refuse them anyway.
	 */
	private static void refreshNameKeys(Set<Node> nodes) {
		for (Node node : nodes) {
			if (!node.hasLabel(ENTITY)) {
				continue;
			}
			Object name = node.getProperty("name", null);
			String key = EntityNames.keyOf(name == null ? null : String.valueOf(name),
					strings(node.getProperty("aliases", null)));
			if (!key.equals(node.getProperty(EntityNames.KEY, null))) {
				node.setProperty(EntityNames.KEY, key);
			}
		}
	}

	/** A list property as the kernel hands it (an array), as strings. */
	private static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof String[] strings) {
			return Arrays.asList(strings);
		}
		if (value.getClass().isArray()) {
			List<String> strings = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				strings.add(String.valueOf(Array.get(value, i)));
			}
			return strings;
		}
		return List.of(String.valueOf(value));
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
