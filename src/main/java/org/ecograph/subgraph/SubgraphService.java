package org.ecograph.subgraph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * ({@link AnalysisService#neighbourhood}, which may wait for a fresh snapshot), with no transaction open; then the
 * entities and relations kept are fetched by id, one query for the entities and one per relation kind, in one read
 * transaction.
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
	 * id), cut at the limit, with the allowed relations among them.
	 * @throws UnknownEntitiesException naming the start ids that no entity has
	 */
	public Subgraph subgraph(SubgraphRequest request) {
		List<String> starts = List.copyOf(new LinkedHashSet<>(request.ids()));
		Neighbourhood near = this.analysis.neighbourhood(starts, request.hops(), request.relations(),
				request.entityKinds(), request.limit());
		if (!near.unknown().isEmpty()) {
			throw new UnknownEntitiesException(near.unknown());
		}
		Details details = this.transactions.read(() -> new Details(this.entities.findByIds(near.entityIds()),
				this.relations.findByIds(near.kinds())));
		return new Subgraph(near.entityIds().stream().map(details.entities()::get).map(GraphNode::of).toList(),
				near.claimIds().stream().map(details.claims()::get).filter(Objects::nonNull).map(GraphEdge::of).toList(),
				near.truncated());
	}

	/** The entities and relations kept, by id, as one read transaction saw them. */
	private record Details(Map<String, Entity> entities, Map<String, Claim> claims) {
	}

}
