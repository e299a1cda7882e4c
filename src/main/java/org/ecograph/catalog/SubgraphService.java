package org.ecograph.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.GraphMapping;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cuts a neighbourhood out of the graph, breadth first: one query per hop (never one per node), then one for the
 * nodes and one for the edges among them, all in one read transaction.
 */
@Service
@Transactional(readOnly = true)
public class SubgraphService {

	private final Neo4jClient neo4j;

	private final EntityCatalog entities;

	SubgraphService(Neo4jClient neo4j, EntityCatalog entities) {
		this.neo4j = neo4j;
		this.entities = entities;
	}

	/**
	 * Every entity within {@code hops} allowed relations of the start entities, nearest first (by distance, then
	 * id), cut at the limit, with the allowed relations among them.
	 * @throws UnknownEntitiesException naming the start ids that no entity has
	 */
	public Subgraph subgraph(SubgraphRequest request) {
		List<String> starts = List.copyOf(new LinkedHashSet<>(request.ids()));
		Map<String, Entity> found = this.entities.findByIds(starts);
		List<String> missing = starts.stream().filter(id -> !found.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			throw new UnknownEntitiesException(missing);
		}
		LinkedHashSet<String> reached = new LinkedHashSet<>(starts.stream().sorted().toList());
		List<String> frontier = List.copyOf(reached);
		for (int hop = 0; hop < request.hops() && !frontier.isEmpty() && reached.size() <= request.limit(); hop++) {
			List<String> next = neighbours(frontier, request).stream().filter(id -> !reached.contains(id)).toList();
			reached.addAll(next);
			frontier = next;
		}
		boolean truncated = reached.size() > request.limit();
		List<String> kept = reached.stream().limit(request.limit()).toList();
		Map<String, Entity> nodes = this.entities.findByIds(kept);
		return new Subgraph(kept.stream().map(nodes::get).map(GraphNode::of).toList(), edges(kept, request.relations()),
				truncated);
	}

	/** The ids one allowed relation away from the frontier, sorted. */
	private List<String> neighbours(List<String> frontier, SubgraphRequest request) {
		return List.copyOf(this.neo4j.query("""
				UNWIND $frontier AS id
				MATCH (n:Entity {id: id})-[r]-(m:Entity)
				WHERE %s AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
				RETURN DISTINCT m.id AS id ORDER BY id""".formatted(ClaimFilter.CYPHER_PREDICATE))
			.bindAll(Parameters.with(request.relations().parameters(), "frontier", frontier, "labels",
					EntityCatalog.labels(request.entityKinds())))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
	}

	private List<GraphEdge> edges(List<String> ids, ClaimFilter filter) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return new ArrayList<>(this.neo4j.query("""
				MATCH (a:Entity)-[r]->(b:Entity)
				WHERE a.id IN $ids AND b.id IN $ids AND %s
				RETURN {claim: r, from: a.id, to: b.id} AS claim ORDER BY r.id""".formatted(ClaimFilter.CYPHER_PREDICATE))
			.bindAll(Parameters.with(filter.parameters(), "ids", ids))
			.fetchAs(GraphEdge.class)
			.mappedBy((types, row) -> GraphEdge.of(GraphMapping.claim(row.get("claim"))))
			.all());
	}

}
