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
import org.ecograph.model.Entity;
import org.ecograph.model.GraphMapping;
import org.ecograph.model.RelationKind;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Relations (claims), page by page: of the whole graph, or of many entities at once. */
@Service
@Transactional(readOnly = true)
public class RelationCatalog {

	static final String LISTING = "relations";

	private static final String AFTER_CURSOR = "r.id > $after";

	/** Relations from one entity, through its id index, then its relationships. */
	static final String FROM = """
			MATCH (a:Entity {id: $from})-[r]->(b:Entity)
			WHERE ($to IS NULL OR b.id = $to) AND %s AND %s
			RETURN {claim: r, from: a.id, to: b.id} AS claim ORDER BY r.id LIMIT $limit"""
		.formatted(AFTER_CURSOR, ClaimFilter.CYPHER_PREDICATE);

	/** Relations into one entity. */
	static final String TO = """
			MATCH (a:Entity)-[r]->(b:Entity {id: $to})
			WHERE %s AND %s
			RETURN {claim: r, from: a.id, to: b.id} AS claim ORDER BY r.id LIMIT $limit"""
		.formatted(AFTER_CURSOR, ClaimFilter.CYPHER_PREDICATE);

	/**
	 * The relations of the whole graph: an ordered seek of each kind's claim-id index from the cursor on, merged.
	 * Kinds are rendered from {@link RelationKind}, never from input.
	 */
	static String everywhere(Set<RelationKind> kinds) {
		String branches = kindsOf(kinds).stream().map(k -> """
				  MATCH (a:Entity)-[r:%s]->(b:Entity)
				  WHERE %s AND %s
				  RETURN r, a, b ORDER BY r.id LIMIT $limit""".formatted(k.name(), AFTER_CURSOR,
				ClaimFilter.CYPHER_PREDICATE)).collect(Collectors.joining("\n  UNION ALL\n"));
		return "CALL () {\n" + branches + "\n}\nRETURN {claim: r, from: a.id, to: b.id} AS claim ORDER BY r.id LIMIT $limit";
	}

	/** The count of a listing: its match, without order or limit (run with the cursor at the start). */
	static String count(String listing) {
		return listing.replaceAll("(?s)RETURN \\{claim.*", "RETURN count(r) AS total");
	}

	/** The relations of many entities at once: per entity, its relationships from the cursor on. */
	static final String OF_ENTITIES = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			CALL (e) {
			  MATCH (e)-[r]-(o:Entity)
			  WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e)
			         OR ($direction = 'IN' AND endNode(r) = e))
			    AND %s AND %s
			  WITH DISTINCT r ORDER BY r.id LIMIT $limit
			  RETURN collect({claim: r, from: startNode(r).id, to: endNode(r).id}) AS page
			}
			RETURN id, page""".formatted(AFTER_CURSOR, ClaimFilter.CYPHER_PREDICATE);

	/**
	 * {@link #OF_ENTITIES} with the ends of every relation: each entity once, and per relation its other end, so a
	 * page and the entities it leads to cost one query.
	 */
	static final String OF_ENTITIES_WITH_ENDS = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			CALL (e) {
			  MATCH (e)-[r]-(o:Entity)
			  WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e)
			         OR ($direction = 'IN' AND endNode(r) = e))
			    AND %s AND %s
			  WITH DISTINCT r, o ORDER BY r.id LIMIT $limit
			  RETURN collect({claim: r, from: startNode(r).id, to: endNode(r).id, other: o}) AS page
			}
			RETURN id, e AS entity, page""".formatted(AFTER_CURSOR, ClaimFilter.CYPHER_PREDICATE);

	static final String COUNT_OF_ENTITIES = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			CALL (e) {
			  MATCH (e)-[r]-(o:Entity)
			  WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e)
			         OR ($direction = 'IN' AND endNode(r) = e))
			    AND %s
			  RETURN count(DISTINCT r) AS total
			}
			RETURN id, total""".formatted(ClaimFilter.CYPHER_PREDICATE);

	private final Neo4jClient neo4j;

	private final EntityCatalog entities;

	RelationCatalog(Neo4jClient neo4j, EntityCatalog entities) {
		this.neo4j = neo4j;
		this.entities = entities;
	}

	/** One branch per relation kind, so each seeks the kind's claim-id index. */
	static final Map<RelationKind, String> BY_ID = java.util.Arrays.stream(RelationKind.values())
		.collect(Collectors.toMap(java.util.function.Function.identity(), k -> """
				UNWIND $ids AS id
				MATCH (a:Entity)-[r:%s {id: id}]->(b:Entity)
				RETURN {claim: r, from: a.id, to: b.id} AS claim""".formatted(k.name())));

	/** The relations with these ids, known to be of these kinds, by id; unknown ids are absent. */
	public Map<String, Claim> findByIds(Map<RelationKind, ? extends Collection<String>> idsByKind) {
		Map<String, Claim> claims = new HashMap<>();
		idsByKind.forEach((kind, ids) -> this.neo4j.query(BY_ID.get(kind))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Claim.class)
			.mappedBy((types, row) -> GraphMapping.claim(row.get("claim")))
			.all()
			.forEach(c -> claims.put(c.id(), c)));
		return claims;
	}

	/**
	 * A page of the relations of the graph, ordered by relation id, read from the cursor on through indexes.
	 * @param fromId only relations starting at this entity; {@code null} for any
	 * @param toId only relations ending at this entity; {@code null} for any
	 * @param withTotal whether to count the whole listing too (one more query over every match)
	 * @throws UnknownEntitiesException when {@code fromId} or {@code toId} names no entity
	 */
	public Page<Claim> list(String fromId, String toId, ClaimFilter filter, PageRequest page, boolean withTotal) {
		String after = after(page);
		requireExisting(fromId, toId);
		Map<String, Object> parameters = Parameters.with(filter.parameters(), "from", fromId, "to", toId, "after",
				after == null ? "" : after, "limit", page.first() + 1);
		String query = fromId != null ? FROM : toId != null ? TO : everywhere(filter.kinds());
		List<Claim> fetched = List.copyOf(this.neo4j.query(query)
			.bindAll(parameters)
			.fetchAs(Claim.class)
			.mappedBy((types, row) -> GraphMapping.claim(row.get("claim")))
			.all());
		Long total = null;
		if (withTotal) {
			String counting = fromId != null || toId != null ? count(query)
					: kindsOf(filter.kinds()).stream()
						.map(k -> count("MATCH (a:Entity)-[r:%s]->(b:Entity) WHERE %s AND %s RETURN {claim"
							.formatted(k.name(), AFTER_CURSOR, ClaimFilter.CYPHER_PREDICATE)))
						.collect(Collectors.joining(" UNION ALL ", "CALL () { ", " } RETURN sum(total) AS total"));
			total = this.neo4j.query(counting).bindAll(Parameters.with(parameters, "after", "")).fetchAs(Long.class)
				.mappedBy((types, row) -> row.get("total").asLong()).one().orElse(0L);
		}
		return Page.of(fetched, page.first(), after != null, total, RelationCatalog::cursor);
	}

	/**
	 * A page of relations for each of the given entities, in one query whatever their number (two with totals).
	 * Every entity gets the same filter and page request; the cursor of one entity's page is valid for any entity's
	 * page.
	 * @return a page for every id asked for (empty for unknown ids and entities without matching relations)
	 */
	public Map<String, Page<Claim>> relationsOf(Collection<String> entityIds, Direction direction, ClaimFilter filter,
			PageRequest page, boolean withTotal) {
		return relationsOf(entityIds, direction, filter, page, withTotal, false).pages();
	}

	/**
	 * {@link #relationsOf(Collection, Direction, ClaimFilter, PageRequest, boolean)}, and when {@code withEnds} the
	 * entities at both ends of every relation returned, fetched by the same query.
	 */
	public EntityRelations relationsOf(Collection<String> entityIds, Direction direction, ClaimFilter filter,
			PageRequest page, boolean withTotal, boolean withEnds) {
		String after = after(page);
		Map<String, Object> parameters = Parameters.with(filter.parameters(), "ids", List.copyOf(Set.copyOf(entityIds)),
				"direction", direction.name(), "after", after == null ? "" : after, "limit", page.first() + 1);
		Map<String, Long> totals = new HashMap<>();
		if (withTotal) {
			this.neo4j.query(COUNT_OF_ENTITIES).bindAll(parameters).fetch().all()
				.forEach(row -> totals.put((String) row.get("id"), ((Number) row.get("total")).longValue()));
		}
		Map<String, Page<Claim>> pages = new HashMap<>();
		entityIds.forEach(id -> pages.put(id, withTotal ? Page.empty() : Page.<Claim>empty().withoutTotal()));
		Map<String, Entity> ends = new HashMap<>();
		this.neo4j.query(withEnds ? OF_ENTITIES_WITH_ENDS : OF_ENTITIES)
			.bindAll(parameters)
			.fetchAs(EntityPage.class)
			.mappedBy((types, row) -> {
				String id = row.get("id").asString();
				if (withEnds) {
					Entity entity = GraphMapping.entity(row.get("entity").asNode());
					ends.put(entity.id(), entity);
				}
				List<Claim> claims = row.get("page").asList(value -> {
					if (withEnds) {
						Entity other = GraphMapping.entity(value.get("other").asNode());
						ends.putIfAbsent(other.id(), other);
					}
					return GraphMapping.claim(value);
				});
				return new EntityPage(id, Page.of(claims, page.first(), after != null,
						withTotal ? totals.getOrDefault(id, 0L) : null, RelationCatalog::cursor));
			})
			.all()
			.forEach(found -> pages.put(found.entityId(), found.page()));
		return new EntityRelations(pages, ends);
	}

	/**
	 * Pages of relations by entity id, with the entities at their ends.
	 *
	 * @param pages a page for every entity id asked for
	 * @param ends the entities at both ends of the relations in the pages, by id; empty unless asked for
	 */
	public record EntityRelations(Map<String, Page<Claim>> pages, Map<String, Entity> ends) {
	}

	private static List<RelationKind> kindsOf(Set<RelationKind> kinds) {
		return kinds == null ? List.of(RelationKind.values()) : kinds.stream().sorted().toList();
	}

	private static String cursor(Claim claim) {
		return Cursors.encode(LISTING, claim.id());
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

}
