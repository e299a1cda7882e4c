package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.BadRequestException;
import org.ecograph.api.Limits;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.Page;
import org.ecograph.catalog.PageRequest;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.catalog.SearchHit;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;
import org.ecograph.subgraph.Subgraph;
import org.ecograph.subgraph.SubgraphRequest;
import org.ecograph.subgraph.SubgraphService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The catalog's root fields: validate the arguments, then ask the catalog. */
@Controller
public class CatalogController {

	/** The longest search text accepted. */
	static final int MAX_SEARCH_LENGTH = 200;

	// The schema's defaults, for clients that pass an explicit null.
	static final int DEFAULT_SEARCH_FIRST = 10;

	static final int DEFAULT_HOPS = 1;

	static final int DEFAULT_LIMIT = 500;

	private final EntityCatalog entities;

	private final RelationCatalog relations;

	private final SubgraphService subgraphs;

	private final ApiLimits limits;

	CatalogController(EntityCatalog entities, RelationCatalog relations, SubgraphService subgraphs,
			ApiLimits limits) {
		this.entities = entities;
		this.relations = relations;
		this.subgraphs = subgraphs;
		this.limits = limits;
	}

	@QueryMapping
	Entity entity(@Argument String id) {
		Limits.checkEntityId("id", id);
		return this.entities.findById(id).orElse(null);
	}

	@QueryMapping
	Page<Entity> entities(@Argument List<EntityKind> kinds, @Argument String nameContains, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		return this.entities.list(Arguments.set(kinds), nameContains, page(first, after),
				selection.contains("totalCount"));
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<EntityKind> kinds, @Argument Integer first) {
		if (text.isBlank()) {
			throw new BadRequestException("text must not be blank: give 1.." + MAX_SEARCH_LENGTH + " characters");
		}
		Limits.check("text length", text.length(), 1, MAX_SEARCH_LENGTH);
		int size = first == null ? DEFAULT_SEARCH_FIRST : first;
		Limits.check("first", size, 0, this.limits.maxFirst());
		return this.entities.search(text, Arguments.set(kinds), size);
	}

	@QueryMapping
	Page<Claim> relations(@Argument List<RelationKind> kinds, @Argument String from, @Argument String to,
			@Argument List<ClaimStatus> status, @Argument Double minConfidence, @Argument LocalDate asOf,
			@Argument Integer first, @Argument String after, @Argument Boolean includeInferred,
			@Argument Boolean includeRetracted, DataFetchingFieldSelectionSet selection) {
		Limits.checkEntityId("from", from);
		Limits.checkEntityId("to", to);
		ClaimFilter filter = Arguments.withRetracted(
				Arguments.claimFilter(kinds, status, minConfidence, asOf, includeInferred), includeRetracted);
		return this.relations.list(from, to, filter, page(first, after), selection.contains("totalCount"));
	}

	@QueryMapping
	Subgraph subgraph(@Argument List<String> ids, @Argument Integer hops, @Argument List<RelationKind> kinds,
			@Argument List<EntityKind> entityKinds, @Argument List<ClaimStatus> status,
			@Argument Double minConfidence, @Argument LocalDate asOf, @Argument Integer limit,
			@Argument Boolean includeInferred) {
		SubgraphRequest request = subgraphRequest(ids, hops, kinds, entityKinds, status, minConfidence, asOf, limit,
				this.limits);
		return this.subgraphs.subgraph(new SubgraphRequest(request.ids(), request.hops(),
				Arguments.withInferred(request.relations(), includeInferred), request.entityKinds(), request.limit()));
	}

	/**
	 * The request of the {@code subgraph} arguments, each checked against {@code limits} ({@code null} hops and
	 * limit take the schema's defaults); the exports use it too, so both answer the same requests alike.
	 * @throws BadRequestException naming the argument, its value and what is allowed
	 */
	public static SubgraphRequest subgraphRequest(List<String> ids, Integer hops, List<RelationKind> kinds,
			List<EntityKind> entityKinds, List<ClaimStatus> status, Double minConfidence, LocalDate asOf,
			Integer limit, ApiLimits limits) {
		Limits.check("ids count", ids.size(), 1, limits.maxSubgraphLimit());
		ids.forEach(id -> Limits.checkEntityId("ids", id));
		int depth = hops == null ? DEFAULT_HOPS : hops;
		int size = limit == null ? DEFAULT_LIMIT : limit;
		Limits.check("hops", depth, 0, limits.maxSubgraphHops());
		Limits.check("limit", size, 1, limits.maxSubgraphLimit());
		ClaimFilter filter = Arguments.claimFilter(kinds, status, minConfidence, asOf);
		return new SubgraphRequest(ids, depth, filter, Arguments.set(entityKinds), size);
	}

	private PageRequest page(Integer first, String after) {
		return Arguments.page(first, after, this.limits);
	}

}
