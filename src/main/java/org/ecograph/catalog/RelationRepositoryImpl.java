package org.ecograph.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ecograph.data.ClaimPredicate;
import org.ecograph.data.Graph;
import org.ecograph.data.Row;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.NodeLabels;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Repository;

/**
 * {@link RelationRepository} on {@link Graph}: every listing reads from its cursor on through an index (an entity's
 * id, then its relationships; or each kind's claim-id index), so a page costs its own size. The claim filter is a
 * {@link ClaimPredicate#asKnownOn} on the variable {@code r} (the catalog reads a {@code knownOn} day whole);
 * relation kinds are rendered from {@link RelationKind}, never from
 * input.
 */
@Repository
class RelationRepositoryImpl implements RelationRepository {

	/** The claim filter's variable: its parameters are named {@code r_...}. */
	private static final String CLAIM = "r";

	private static final String AFTER_CURSOR = "r.id > $after";

	private static final String DIRECTION = """
			($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e)
			         OR ($direction = 'IN' AND endNode(r) = e))""";

	private final Graph graph;

	RelationRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	/** Relations from one entity, through its id index, then its relationships. */
	static String from(ClaimPredicate where) {
		return """
				MATCH (a:Entity {id: $from})-[r]->(b:Entity)
				WHERE ($to IS NULL OR b.id = $to) AND %s AND %s
				RETURN {claim: r, from: a.id, to: b.id} AS claim ORDER BY r.id LIMIT $limit"""
			.formatted(AFTER_CURSOR, where.cypher());
	}

	/** Relations into one entity. */
	static String to(ClaimPredicate where) {
		return """
				MATCH (a:Entity)-[r]->(b:Entity {id: $to})
				WHERE %s AND %s
				RETURN {claim: r, from: a.id, to: b.id} AS claim ORDER BY r.id LIMIT $limit"""
			.formatted(AFTER_CURSOR, where.cypher());
	}

	/**
	 * The relations of the whole graph: an ordered seek of each kind's claim-id index from the cursor on, merged.
	 */
	static String everywhere(Set<RelationKind> kinds, ClaimPredicate where) {
		String branches = kindsOf(kinds).stream().map(k -> """
				  MATCH (a:Entity)-[r:%s]->(b:Entity)
				  WHERE %s AND %s
				  RETURN r, a, b ORDER BY r.id LIMIT $limit""".formatted(k.name(), AFTER_CURSOR, where.cypher()))
			.collect(Collectors.joining("\n  UNION ALL\n"));
		return "CALL () {\n" + branches + "\n}\nRETURN {claim: r, from: a.id, to: b.id} AS claim ORDER BY r.id LIMIT $limit";
	}

	/** The count of the whole graph's relations: per kind, through its claim-id index. */
	static String countEverywhere(Set<RelationKind> kinds, ClaimPredicate where) {
		return kindsOf(kinds).stream()
			.map(k -> "MATCH (a:Entity)-[r:%s]->(b:Entity) WHERE %s AND %s RETURN count(r) AS total"
				.formatted(k.name(), AFTER_CURSOR, where.cypher()))
			.collect(Collectors.joining(" UNION ALL ", "CALL () { ", " } RETURN sum(total) AS total"));
	}

	/** The count of a listing: its match, without order or limit (run with the cursor at the start). */
	static String count(String listing) {
		return listing.replaceAll("(?s)RETURN \\{claim.*", "RETURN count(r) AS total");
	}

	/** The relations of many entities at once: per entity, its relationships from the cursor on. */
	static String ofEntities(ClaimPredicate where) {
		return """
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				CALL (e) {
				  MATCH (e)-[r]-(o:Entity)
				  WHERE %s
				    AND %s AND %s
				  WITH DISTINCT r ORDER BY r.id LIMIT $limit
				  RETURN collect({claim: {claim: r, from: startNode(r).id, to: endNode(r).id}}) AS page
				}
				RETURN id, page""".formatted(DIRECTION, AFTER_CURSOR, where.cypher());
	}

	/**
	 * {@link #ofEntities} with the ends of every relation: each entity once, and per relation its other end, so a
	 * page and the entities it leads to cost one query. An end that is a duplicate merged into another entity (its
	 * relations stay on its node) comes back null: a lookup of its id answers the canonical entity, so the caller asks
	 * that instead of answering the duplicate's node.
	 */
	static String ofEntitiesWithEnds(ClaimPredicate where) {
		return """
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				CALL (e) {
				  MATCH (e)-[r]-(o:Entity)
				  WHERE %s
				    AND %s AND %s
				  WITH DISTINCT r, o ORDER BY r.id LIMIT $limit
				  RETURN collect({claim: {claim: r, from: startNode(r).id, to: endNode(r).id},
				    other: CASE WHEN EXISTS { MATCH (m:%s {id: o.id}) WHERE m.into IS NOT NULL } THEN null ELSE o END})
				    AS page
				}
				RETURN id, e AS entity, page"""
			.formatted(DIRECTION, AFTER_CURSOR, where.cypher(), NodeLabels.MERGED_ID);
	}

	static String countOfEntities(ClaimPredicate where) {
		return """
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				CALL (e) {
				  MATCH (e)-[r]-(o:Entity)
				  WHERE %s
				    AND %s
				  RETURN count(DISTINCT r) AS total
				}
				RETURN id, total""".formatted(DIRECTION, where.cypher());
	}

	@Override
	public List<Claim> list(String fromId, String toId, ClaimFilter filter, String after, int limit) {
		ClaimPredicate where = ClaimPredicate.asKnownOn(CLAIM, filter);
		String query = fromId != null ? from(where) : toId != null ? to(where) : everywhere(filter.kinds(), where);
		return this.graph.query(query)
			.bindAll(where.parameters())
			.bindAll(Parameters.of("from", fromId, "to", toId, "after", after, "limit", limit))
			.list(row -> row.claim("claim"));
	}

	@Override
	public long count(String fromId, String toId, ClaimFilter filter) {
		ClaimPredicate where = ClaimPredicate.asKnownOn(CLAIM, filter);
		String query = fromId != null ? count(from(where)) : toId != null ? count(to(where))
				: countEverywhere(filter.kinds(), where);
		return this.graph.query(query)
			.bindAll(where.parameters())
			.bindAll(Parameters.of("from", fromId, "to", toId, "after", ""))
			.one(row -> row.integer("total", 0))
			.orElse(0L);
	}

	@Override
	public List<RelationsOfEntity> relationsOf(List<String> entityIds, Direction direction, ClaimFilter filter,
			String after, int limit, boolean withEnds) {
		ClaimPredicate where = ClaimPredicate.asKnownOn(CLAIM, filter);
		return this.graph.query(withEnds ? ofEntitiesWithEnds(where) : ofEntities(where))
			.bindAll(where.parameters())
			.bindAll(Parameters.of("ids", entityIds, "direction", direction.name(), "after", after, "limit", limit))
			.list(row -> {
				List<Row> page = row.rows("page");
				return new RelationsOfEntity(row.string("id"), withEnds ? row.entity("entity") : null,
						page.stream().map(item -> item.claim("claim")).toList(),
						withEnds ? page.stream().filter(item -> !item.isNull("other")).map(item -> item.entity("other"))
							.toList() : List.of());
			});
	}

	@Override
	public Map<String, Long> countRelationsOf(List<String> entityIds, Direction direction, ClaimFilter filter) {
		ClaimPredicate where = ClaimPredicate.asKnownOn(CLAIM, filter);
		Map<String, Long> totals = new HashMap<>();
		this.graph.query(countOfEntities(where))
			.bindAll(where.parameters())
			.bindAll(Parameters.of("ids", entityIds, "direction", direction.name()))
			.list(row -> Map.entry(row.string("id"), row.integer("total", 0)))
			.forEach(total -> totals.put(total.getKey(), total.getValue()));
		return totals;
	}

	private static List<RelationKind> kindsOf(Set<RelationKind> kinds) {
		return kinds == null ? List.of(RelationKind.values()) : kinds.stream().sorted().toList();
	}

}
