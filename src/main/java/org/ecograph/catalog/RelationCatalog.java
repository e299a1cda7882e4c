package org.ecograph.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.GraphMapping;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Relations (claims), page by page: of the whole graph, or of many entities at once. */
@Service
@Transactional(readOnly = true)
public class RelationCatalog {

	static final String LISTING = "relations";

	// The page is cut from the ordered, filtered list so that one query yields items, total and position.
	private static final String PAGE = """
			WITH %1$s ordered, size([x IN ordered WHERE $after IS NOT NULL AND x.claim.id <= $after]) AS skipped
			RETURN %1$s size(ordered) AS total, skipped, ordered[skipped..skipped + $first + 1] AS page""";

	private final Neo4jClient neo4j;

	private final EntityCatalog entities;

	RelationCatalog(Neo4jClient neo4j, EntityCatalog entities) {
		this.neo4j = neo4j;
		this.entities = entities;
	}

	/**
	 * A page of the relations of the graph, ordered by relation id.
	 * @param fromId only relations starting at this entity; {@code null} for any
	 * @param toId only relations ending at this entity; {@code null} for any
	 * @throws UnknownEntitiesException when {@code fromId} or {@code toId} names no entity
	 */
	public Page<Claim> list(String fromId, String toId, ClaimFilter filter, PageRequest page) {
		String after = after(page);
		requireExisting(fromId, toId);
		Map<String, Object> parameters = Parameters.with(filter.parameters(), "from", fromId, "to", toId, "after",
				after, "first", page.first());
		return this.neo4j.query("""
				MATCH (a:Entity)-[r]->(b:Entity)
				WHERE ($from IS NULL OR a.id = $from) AND ($to IS NULL OR b.id = $to) AND %s
				WITH r, a, b ORDER BY r.id
				WITH collect({claim: r, from: a.id, to: b.id}) AS ordered
				%s""".formatted(ClaimFilter.CYPHER_PREDICATE, PAGE.formatted("")))
			.bindAll(parameters)
			.fetchAs(Page.class)
			.mappedBy((types, row) -> page(row, page.first()))
			.one()
			.map(EntityCatalog::<Claim>cast)
			.orElseGet(Page::empty);
	}

	/**
	 * A page of relations for each of the given entities, in one query whatever their number. Every entity gets the
	 * same filter and page request; the cursor of one entity's page is valid for any entity's page.
	 * @return a page for every id asked for (empty for unknown ids and entities without matching relations)
	 */
	public Map<String, Page<Claim>> relationsOf(Collection<String> entityIds, Direction direction, ClaimFilter filter,
			PageRequest page) {
		String after = after(page);
		Map<String, Page<Claim>> pages = new HashMap<>();
		entityIds.forEach(id -> pages.put(id, Page.empty()));
		Map<String, Object> parameters = Parameters.with(filter.parameters(), "ids", List.copyOf(Set.copyOf(entityIds)),
				"direction", direction.name(), "after", after, "first", page.first());
		this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})-[r]-(o:Entity)
				WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e)
				       OR ($direction = 'IN' AND endNode(r) = e))
				  AND %s
				WITH DISTINCT id, r ORDER BY r.id
				WITH id, collect({claim: r, from: startNode(r).id, to: endNode(r).id}) AS ordered
				%s""".formatted(ClaimFilter.CYPHER_PREDICATE, PAGE.formatted("id,")))
			.bindAll(parameters)
			.fetchAs(EntityPage.class)
			.mappedBy((types, row) -> new EntityPage(row.get("id").asString(), page(row, page.first())))
			.all()
			.forEach(found -> pages.put(found.entityId(), found.page()));
		return pages;
	}

	private record EntityPage(String entityId, Page<Claim> page) {
	}

	private void requireExisting(String... ids) {
		List<String> named = Arrays.stream(ids).filter(Objects::nonNull).distinct().toList();
		Set<String> found = this.entities.findByIds(named).keySet();
		List<String> missing = named.stream().filter(id -> !found.contains(id)).toList();
		if (!missing.isEmpty()) {
			throw new UnknownEntitiesException(missing);
		}
	}

	private static String after(PageRequest page) {
		List<String> key = Cursors.decode(LISTING, page.after(), 1);
		return key == null ? null : key.get(0);
	}

	private static Page<Claim> page(Record row, int first) {
		return Page.of(row.get("page").asList(GraphMapping::claim), first, row.get("skipped").asLong(),
				row.get("total").asLong(), claim -> Cursors.encode(LISTING, claim.id()));
	}

}
