package org.ecograph.data;

import java.util.Collection;
import java.util.List;

import org.ecograph.model.EntityNames;
import org.springframework.stereotype.Component;

/**
 * Keeps {@value EntityNames#KEY}, the lower-cased search key of an entity's name and aliases
 * ({@link EntityNames}), current in the database, in the caller's write transaction.
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

	private static final String REFRESH_IDS = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			WITH n, %s AS key
			WHERE n.%s IS NULL OR n.%s <> key
			SET n.%s = key""".formatted(EXPRESSION, EntityNames.KEY, EntityNames.KEY, EntityNames.KEY);

	private static final String ANY_MISSING = "MATCH (n:Entity) WHERE n.%s IS NULL RETURN count(n) > 0 AS missing"
		.formatted(EntityNames.KEY);

	private final Graph graph;

	EntityNameKeys(Graph graph) {
		this.graph = graph;
	}

	/** Sets the key of every entity whose key is missing or out of date; idempotent. */
	public WriteCounts refreshAll() {
		return this.graph.query(REFRESH_ALL).run();
	}

	/** The same for the entities with these ids (a steward's change). */
	public WriteCounts refresh(Collection<String> ids) {
		return this.graph.query(REFRESH_IDS).bind("ids", List.copyOf(ids)).run();
	}

	/** Whether some entity has no key (a store written before keys existed, or by another client). */
	public boolean anyMissing() {
		return this.graph.query(ANY_MISSING).single(row -> row.bool("missing"));
	}

}
