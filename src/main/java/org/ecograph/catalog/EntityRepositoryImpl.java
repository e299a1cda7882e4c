package org.ecograph.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ecograph.data.Graph;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.EntityNames;
import org.springframework.stereotype.Repository;

/**
 * {@link EntityRepository} on {@link Graph}: every query a seek of an index or a read of a count store, so a page
 * costs its own size.
 */
@Repository
class EntityRepositoryImpl implements EntityRepository {

	/**
	 * An id that resolves to another entity (a {@code (:MergedId {id, into})} node: the id is judged the same as the
	 * canonical {@code into}, or was merged into it before judgements) answers with that entity, under the id asked
	 * for; its own node, when it still has one, is not returned.
	 */
	static final String BY_IDS = """
			UNWIND $ids AS id
			OPTIONAL MATCH (merged:MergedId {id: id})
			OPTIONAL MATCH (canonical:Entity {id: merged.into})
			OPTIONAL MATCH (direct:Entity {id: id}) WHERE canonical IS NULL
			WITH id, coalesce(canonical, direct) AS n WHERE n IS NOT NULL
			RETURN id, n""";

	/** The entity nodes themselves: a seek of the id index per id. */
	static final String STORED_BY_IDS = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN id, n""";

	static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
			WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
			RETURN node, score ORDER BY score DESC, node.id LIMIT $first""";

	/** The listing without a name filter: an ordered seek of the name's range index from the cursor on. */
	static final String LIST_ALL = """
			MATCH (n:Entity)
			WHERE n.name >= $afterName AND NOT (n.name = $afterName AND n.id <= $afterId)
			  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
			RETURN n ORDER BY n.name, n.id LIMIT $limit""";

	/** The listing with a name filter: a seek of the text index on the lower-cased names and aliases. */
	static final String LIST_MATCHING = """
			MATCH (n:Entity)
			WHERE n.%s CONTAINS $needle
			  AND (n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
			  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
			RETURN n ORDER BY n.name, n.id LIMIT $limit""".formatted(EntityNames.KEY);

	/** The first page with a name filter: {@link #LIST_MATCHING} without the cursor (a simpler plan, no union). */
	static final String LIST_MATCHING_FIRST = """
			MATCH (n:Entity)
			WHERE n.%s CONTAINS $needle
			  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
			RETURN n ORDER BY n.name, n.id LIMIT $limit""".formatted(EntityNames.KEY);

	/** Every entity: read from the label's count store, not counted node by node. */
	static final String COUNT_ALL = "MATCH (n:Entity) RETURN count(n) AS total";

	/**
	 * The entities of some kinds: each kind label's count store, added up. Exact on a valid graph, where every node
	 * of a kind label is an entity with that one kind label (the loader's rule ENTITY_KIND). Labels are rendered from
	 * {@link EntityKind}, never from input.
	 */
	static String countOfKinds(Set<EntityKind> kinds) {
		return kinds.stream()
			.map(EntityKind::label)
			.sorted()
			.map(label -> "  MATCH (n:" + label + ") RETURN count(n) AS total")
			.collect(Collectors.joining("\n  UNION ALL\n", "CALL () {\n", "\n}\nRETURN sum(total) AS total"));
	}

	static final String COUNT_MATCHING = """
			MATCH (n:Entity)
			WHERE n.%s CONTAINS $needle AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
			RETURN count(n) AS total""".formatted(EntityNames.KEY);

	private final Graph graph;

	EntityRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	@Override
	public Map<String, Entity> findByIds(Collection<String> ids) {
		Map<String, Entity> found = new LinkedHashMap<>();
		this.graph.query(BY_IDS)
			.bind("ids", List.copyOf(Set.copyOf(ids)))
			.list(row -> Map.entry(row.string("id"), row.entity("n")))
			.forEach(entry -> found.putIfAbsent(entry.getKey(), entry.getValue()));
		return found;
	}

	@Override
	public Map<String, Entity> findStored(Collection<String> ids) {
		Map<String, Entity> found = new LinkedHashMap<>();
		this.graph.query(STORED_BY_IDS)
			.bind("ids", List.copyOf(Set.copyOf(ids)))
			.list(row -> Map.entry(row.string("id"), row.entity("n")))
			.forEach(entry -> found.putIfAbsent(entry.getKey(), entry.getValue()));
		return found;
	}

	/** The labels of these kinds, sorted; {@code null} (no filter) for none. */
	static List<String> labels(Set<EntityKind> kinds) {
		return kinds == null || kinds.isEmpty() ? null : kinds.stream().map(EntityKind::label).sorted().toList();
	}

	@Override
	public List<Entity> list(Set<EntityKind> kinds, String needle, List<String> after, int limit) {
		String listing = needle == null ? LIST_ALL : after == null ? LIST_MATCHING_FIRST : LIST_MATCHING;
		return this.graph.query(listing)
			.bindAll(Parameters.of("labels", labels(kinds), "needle", needle, "afterName", after == null ? "" : after.get(0),
					"afterId", after == null ? "" : after.get(1), "limit", limit))
			.list(row -> row.entity("n"));
	}

	@Override
	public long count(Set<EntityKind> kinds, String needle) {
		String counting = needle != null ? COUNT_MATCHING : labels(kinds) == null ? COUNT_ALL : countOfKinds(kinds);
		return this.graph.query(counting)
			.bindAll(Parameters.of("labels", labels(kinds), "needle", needle))
			.one(row -> row.integer("total", 0))
			.orElse(0L);
	}

	@Override
	public List<SearchHit> search(String luceneQuery, Set<EntityKind> kinds, int first) {
		return this.graph.query(SEARCH)
			.bindAll(Parameters.of("query", luceneQuery, "labels", labels(kinds), "first", first))
			.list(row -> new SearchHit(row.entity("node"), row.decimal("score")));
	}

}
