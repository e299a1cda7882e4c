package org.ecograph.data;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.ecograph.model.EntityNames;
import org.springframework.stereotype.Component;

/**
 * Keeps {@value EntityNames#KEY}, the lower-cased search key of an entity's name and aliases
 * ({@link EntityNames}), current in the database: in the caller's write transaction, or for a whole store in batches
 * of transactions of its own ({@link #refreshAllInBatches}).
 */
@Component
public class EntityNameKeys {

	/** The key of a node bound to {@code n}, in Cypher: what {@link EntityNames#keyOf} computes in Java. */
	private static final String EXPRESSION = "toLower(reduce(k = coalesce(n.name, ''), a IN coalesce(n.aliases, []) | "
			+ "k + '" + EntityNames.SEPARATOR_ESCAPED + "' + a))";

	private static final String REFRESH_ALL = """
			MATCH (n:Entity)
			WITH n, %s AS key
			WHERE n.%s IS NULL OR n.%s <> key
			SET n.%s = key""".formatted(EXPRESSION, EntityNames.KEY, EntityNames.KEY, EntityNames.KEY);

	/** Sets given keys ({@code $keys}: {@code {id, key}} maps), a seek of the id constraint's index each. */
	private static final String SET_KEYS = """
			UNWIND $keys AS k
			MATCH (n:Entity {id: k.id})
			SET n.%s = k.key""".formatted(EntityNames.KEY);

	/**
	 * One batch of {@link #refreshAllInBatches}: the next {@code $size} entities after {@code $after} in id order (a
	 * seek of the id constraint's index, in its order), their stale keys set.
	 */
	private static final String REFRESH_BATCH = """
			MATCH (n:Entity) WHERE n.id > $after
			WITH n ORDER BY n.id LIMIT $size
			WITH n, %s AS key
			WITH n, key, n.%s IS NULL OR n.%s <> key AS stale
			FOREACH (ignored IN CASE WHEN stale THEN [1] ELSE [] END | SET n.%s = key)
			RETURN max(n.id) AS last, count(n) AS seen, sum(CASE WHEN stale THEN 1 ELSE 0 END) AS changed"""
		.formatted(EXPRESSION, EntityNames.KEY, EntityNames.KEY, EntityNames.KEY);

	/** Entities without an id (written by another client; no seek reaches them), a batch at a time. */
	private static final String REFRESH_BATCH_WITHOUT_ID = """
			MATCH (n:Entity) WHERE n.id IS NULL
			WITH n, %s AS key
			WHERE n.%s IS NULL OR n.%s <> key
			WITH n, key LIMIT $size
			SET n.%s = key
			RETURN count(n) AS changed""".formatted(EXPRESSION, EntityNames.KEY, EntityNames.KEY, EntityNames.KEY);

	/** Stops at the first entity without a key. */
	private static final String ANY_MISSING = "RETURN EXISTS { MATCH (n:Entity) WHERE n.%s IS NULL } AS missing"
		.formatted(EntityNames.KEY);

	private final Graph graph;

	private final Transactions transactions;

	EntityNameKeys(Graph graph, Transactions transactions) {
		this.graph = graph;
		this.transactions = transactions;
	}

	/**
	 * Sets the key of every entity whose key is missing or out of date, as {@link #refreshAll} does, but in write
	 * transactions of at most {@code batch} entities each, each committed on its own, so the memory a transaction
	 * needs is bounded whatever the size of the graph (a store of millions of entities written by another client).
	 * Must not run inside a transaction. Idempotent: stopped half-way, a later call finishes it.
	 * @param batch entities per transaction
	 * @param timeout the timeout of each transaction
	 * @param progress told after each committed batch
	 * @param stop asked before each batch; {@code true} ends the refresh there (the application is stopping)
	 * @return what was done
	 */
	public BatchProgress refreshAllInBatches(int batch, Duration timeout, Consumer<BatchProgress> progress,
			BooleanSupplier stop) {
		BatchProgress.requirePositive(batch);
		BatchProgress done = BatchProgress.afterCursor(this.transactions, timeout, "",
				after -> this.graph.query(REFRESH_BATCH).bind("after", after).bind("size", batch).single(r -> r),
				BatchProgress.NONE, progress, stop);
		while (!stop.getAsBoolean()) {
			long changed = this.transactions.write(timeout, status -> this.graph.query(REFRESH_BATCH_WITHOUT_ID)
				.bind("size", batch)
				.single(r -> r.integer("changed")));
			if (changed == 0) {
				break;
			}
			done = done.plus(changed, changed);
			progress.accept(done);
		}
		return done;
	}

	/** Sets the key of every entity whose key is missing or out of date; idempotent. */
	public WriteCounts refreshAll() {
		return this.graph.query(REFRESH_ALL).run();
	}

	/**
	 * Sets the keys of the entities with these ids to these keys, computed by {@link EntityNames#keyOf} (a steward's
	 * change, which knows its entities' names and aliases and so which keys are out of date).
	 */
	public WriteCounts set(Map<String, String> keysById) {
		List<Map<String, String>> keys = keysById.entrySet()
			.stream()
			.map(e -> Map.of("id", e.getKey(), "key", e.getValue()))
			.toList();
		return this.graph.query(SET_KEYS).bind("keys", keys).run();
	}

	/** Whether some entity has no key (a store written before keys existed, or by another client). */
	public boolean anyMissing() {
		return this.graph.query(ANY_MISSING).single(row -> row.bool("missing"));
	}

}
