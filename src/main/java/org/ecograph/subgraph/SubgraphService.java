package org.ecograph.subgraph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.ecograph.analysis.AnalysisService;
import org.ecograph.analysis.Neighbourhood;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.catalog.UnknownEntitiesException;
import org.ecograph.data.Transactions;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.springframework.stereotype.Service;

/**
 * Cuts a neighbourhood out of the graph: the breadth-first walk runs on the analysis projection in memory
 * ({@link AnalysisService#neighbourhood}, which may wait for a fresh snapshot), with no transaction open. The
 * projection holds each node's id, name and kind and each edge's id, ends and kind, so a subgraph that asks for no
 * {@code properties} reads nothing from Neo4j. The properties asked for are fetched by id in one read transaction:
 * one query for the entities, one per relation kind for the relations. A node fetched is the database's; an edge
 * fetched keeps the ends the projection gives it, the canonical entities (a relation of an entity merged into another
 * is stored on the duplicate), so that every edge ends at nodes of the subgraph.
 */
@Service
public class SubgraphService {

	private final Transactions transactions;

	private final AnalysisService analysis;

	private final EntityCatalog entities;

	private final RelationCatalog relations;

	SubgraphService(Transactions transactions, AnalysisService analysis, EntityCatalog entities,
			RelationCatalog relations) {
		this.transactions = transactions;
		this.analysis = analysis;
		this.entities = entities;
		this.relations = relations;
	}

	/**
	 * Every entity within {@code hops} allowed relations of the start entities, nearest first (by distance, then
	 * id), cut at the limit, with the allowed relations among them, every node and edge with its properties.
	 * @throws UnknownEntitiesException naming the start ids that no entity has
	 */
	public Subgraph subgraph(SubgraphRequest request) {
		return subgraph(request, Properties.BOTH);
	}

	/**
	 * The same, with the nodes' and the edges' properties only when asked for: a node or edge without them has
	 * {@code null} properties, and what it has (id, label, kind; id, source, target, kind) comes from memory.
	 * @throws UnknownEntitiesException naming the start ids that no entity has
	 */
	public Subgraph subgraph(SubgraphRequest request, Properties properties) {
		List<String> starts = List.copyOf(new LinkedHashSet<>(request.ids()));
		Neighbourhood near = this.analysis.neighbourhood(starts, request.hops(), request.relations(),
				request.entityKinds(), request.limit());
		if (!near.unknown().isEmpty()) {
			throw new UnknownEntitiesException(near.unknown());
		}
		boolean fetchNodes = properties.nodes() || !near.namesKnown();
		boolean fetchEdges = properties.edges();
		Details details = !fetchNodes && !fetchEdges ? new Details(Map.of(), Map.of())
				: this.transactions.read(() -> new Details(
						fetchNodes ? this.entities.findByIds(near.entityIds()) : Map.of(),
						fetchEdges ? this.relations.findByIds(near.kinds()) : Map.of()));
		List<GraphNode> nodes = new ArrayList<>();
		for (Neighbourhood.Node node : near.nodes()) {
			// an entity the walk's snapshot holds and the database no longer does keeps what memory holds of it
			Entity stored = details.entities().get(node.id());
			nodes.add(stored != null ? GraphNode.of(stored) : GraphNode.of(node));
		}
		List<GraphEdge> edges = new ArrayList<>();
		for (Neighbourhood.Link link : near.links()) {
			if (!fetchEdges) {
				edges.add(GraphEdge.of(link));
				continue;
			}
			Claim stored = details.claims().get(link.id());
			if (stored != null) {
				edges.add(GraphEdge.of(link, stored));
			}
		}
		return new Subgraph(nodes, edges, near.truncated());
	}

	/**
	 * Which properties a subgraph's answer needs: the nodes' ({@link GraphNode#properties}), the edges'
	 * ({@link GraphEdge#properties}); each costs a read of the database.
	 */
	public record Properties(boolean nodes, boolean edges) {

		/** Both: what an export writes. */
		public static final Properties BOTH = new Properties(true, true);

	}

	/** The entities and relations kept, by id, as one read transaction saw them. */
	private record Details(Map<String, Entity> entities, Map<String, Claim> claims) {
	}

}
