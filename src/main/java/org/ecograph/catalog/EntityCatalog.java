package org.ecograph.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.GraphMapping;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entities by id, page by page, and by full-text search. */
@Service
@Transactional(readOnly = true)
public class EntityCatalog {

	static final String LISTING = "entities";

	private final Neo4jClient neo4j;

	EntityCatalog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The entity with this id, if any. */
	public Optional<Entity> findById(String id) {
		return Optional.ofNullable(findByIds(List.of(id)).get(id));
	}

	/**
	 * The entities with these ids, by the id asked for; absent ids have no entry, and the id of an entity merged into
	 * another maps to that (canonical) entity. One query whatever the number of ids.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Entity> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		// An id merged into another entity (a (:MergedId {id, into}) node) resolves to that entity, under the old id.
		return this.neo4j.query("""
				UNWIND $ids AS id
				OPTIONAL MATCH (direct:Entity {id: id})
				OPTIONAL MATCH (merged:MergedId {id: id}) WHERE direct IS NULL
				OPTIONAL MATCH (canonical:Entity {id: merged.into})
				WITH id, coalesce(direct, canonical) AS n WHERE n IS NOT NULL
				RETURN id, n""")
			.bind(List.copyOf(Set.copyOf(ids)))
			.to("ids")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("id").asString(), GraphMapping.entity(row.get("n").asNode())))
			.all()
			.stream()
			.map(entry -> (Map.Entry<String, Entity>) entry)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * A page of entities ordered by name then id.
	 * @param kinds only these kinds; {@code null} or empty for all
	 * @param nameContains only entities whose name or an alias contains this, ignoring case; {@code null} for all
	 */
	public Page<Entity> list(Set<EntityKind> kinds, String nameContains, PageRequest page) {
		List<String> after = Cursors.decode(LISTING, page.after(), 2);
		Map<String, Object> parameters = Parameters.of("labels", labels(kinds), "needle",
				nameContains == null ? null : nameContains.toLowerCase(Locale.ROOT), "afterName",
				after == null ? null : after.get(0), "afterId", after == null ? null : after.get(1), "first",
				page.first());
		return this.neo4j.query("""
				MATCH (n:Entity)
				WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
				  AND ($needle IS NULL OR toLower(n.name) CONTAINS $needle
				       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $needle))
				WITH n ORDER BY n.name, n.id
				WITH collect(n) AS ordered
				WITH ordered, size([n IN ordered WHERE $afterId IS NOT NULL
				    AND (n.name < $afterName OR (n.name = $afterName AND n.id <= $afterId))]) AS skipped
				RETURN size(ordered) AS total, skipped, ordered[skipped..skipped + $first + 1] AS page""")
			.bindAll(parameters)
			.fetchAs(Page.class)
			.mappedBy((types, row) -> Page.of(row.get("page").asList(v -> GraphMapping.entity(v.asNode())),
					page.first(), row.get("skipped").asLong(), row.get("total").asLong(), EntityCatalog::cursor))
			.one()
			.map(EntityCatalog::<Entity>cast)
			.orElseGet(Page::empty);
	}

	/**
	 * Entities whose name or aliases match the text, best first (ties by id). Exact words count most, then
	 * prefixes, then near misses.
	 * @param text what the user typed; must contain a letter or digit to find anything
	 * @param kinds only these kinds; {@code null} or empty for all
	 * @param first how many hits at most
	 */
	public List<SearchHit> search(String text, Set<EntityKind> kinds, int first) {
		String query = FullTextQuery.of(text);
		if (query.isEmpty() || first == 0) {
			return List.of();
		}
		return List.copyOf(this.neo4j.query("""
				CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
				WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
				RETURN node, score ORDER BY score DESC, node.id LIMIT $first""")
			.bindAll(Parameters.of("query", query, "labels", labels(kinds), "first", first))
			.fetchAs(SearchHit.class)
			.mappedBy((types, row) -> new SearchHit(GraphMapping.entity(row.get("node").asNode()),
					row.get("score").asDouble()))
			.all());
	}

	static String cursor(Entity entity) {
		return Cursors.encode(LISTING, entity.name(), entity.id());
	}

	static List<String> labels(Set<EntityKind> kinds) {
		return kinds == null || kinds.isEmpty() ? null : kinds.stream().map(EntityKind::label).sorted().toList();
	}

	@SuppressWarnings("unchecked")
	static <T> Page<T> cast(Page<?> page) {
		return (Page<T>) page;
	}

}
