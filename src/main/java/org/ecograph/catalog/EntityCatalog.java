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
import org.ecograph.model.EntityNames;
import org.ecograph.model.GraphMapping;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entities by id, page by page, and by full-text search. */
@Service
@Transactional(readOnly = true)
public class EntityCatalog {

	static final String LISTING = "entities";

	/** An id merged into another entity (a {@code (:MergedId {id, into})} node) resolves to it, under the old id. */
	static final String BY_IDS = """
			UNWIND $ids AS id
			OPTIONAL MATCH (direct:Entity {id: id})
			OPTIONAL MATCH (merged:MergedId {id: id}) WHERE direct IS NULL
			OPTIONAL MATCH (canonical:Entity {id: merged.into})
			WITH id, coalesce(direct, canonical) AS n WHERE n IS NOT NULL
			RETURN id, n""";

	static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
			WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
			RETURN node, score ORDER BY score DESC, node.id LIMIT $first""";

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
		return this.neo4j.query(BY_IDS)
			.bind(List.copyOf(Set.copyOf(ids)))
			.to("ids")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("id").asString(), GraphMapping.entity(row.get("n").asNode())))
			.all()
			.stream()
			.map(entry -> (Map.Entry<String, Entity>) entry)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

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

	static final String COUNT_ALL = """
			MATCH (n:Entity) WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
			RETURN count(n) AS total""";

	static final String COUNT_MATCHING = """
			MATCH (n:Entity)
			WHERE n.%s CONTAINS $needle AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
			RETURN count(n) AS total""".formatted(EntityNames.KEY);

	/**
	 * A page of entities ordered by name then id, read from the cursor on through an index (keyset paging: a page
	 * costs its own size, whatever its position).
	 * @param kinds only these kinds; {@code null} or empty for all
	 * @param nameContains only entities whose name or an alias contains this, ignoring case; {@code null} for all
	 * @param withTotal whether to count the whole listing too (one more query, over every match)
	 */
	public Page<Entity> list(Set<EntityKind> kinds, String nameContains, PageRequest page, boolean withTotal) {
		List<String> after = Cursors.decode(LISTING, page.after(), 2);
		String needle = nameContains == null ? null : EntityNames.key(nameContains);
		Map<String, Object> parameters = Parameters.of("labels", labels(kinds), "needle", needle, "afterName",
				after == null ? "" : after.get(0), "afterId", after == null ? "" : after.get(1), "limit",
				page.first() + 1);
		String listing = needle == null ? LIST_ALL : after == null ? LIST_MATCHING_FIRST : LIST_MATCHING;
		List<Entity> fetched = List.copyOf(this.neo4j.query(listing)
			.bindAll(parameters)
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> GraphMapping.entity(row.get("n").asNode()))
			.all());
		Long total = !withTotal ? null : this.neo4j.query(needle == null ? COUNT_ALL : COUNT_MATCHING)
			.bindAll(parameters)
			.fetchAs(Long.class)
			.mappedBy((types, row) -> row.get("total").asLong())
			.one()
			.orElse(0L);
		return Page.of(fetched, page.first(), after != null, total, EntityCatalog::cursor);
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
		return List.copyOf(this.neo4j.query(SEARCH)
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
