package org.ecograph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.Page;
import org.ecograph.catalog.PageRequest;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.catalog.SearchHit;
import org.ecograph.catalog.Subgraph;
import org.ecograph.catalog.SubgraphRequest;
import org.ecograph.catalog.SubgraphService;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The catalog's root fields: validate the arguments, then ask the catalog. */
@Controller
class CatalogController {

	/** The longest search text accepted. */
	static final int MAX_SEARCH_LENGTH = 200;

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
	Page<Entity> entities(@Argument List<EntityKind> kinds, @Argument String nameContains, @Argument int first,
			@Argument String after) {
		return this.entities.list(set(kinds), nameContains, page(first, after));
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<EntityKind> kinds, @Argument int first) {
		if (text.isBlank()) {
			throw new BadRequestException("text must not be blank: give 1.." + MAX_SEARCH_LENGTH + " characters");
		}
		Limits.check("text length", text.length(), 1, MAX_SEARCH_LENGTH);
		Limits.check("first", first, 0, this.limits.maxFirst());
		return this.entities.search(text, set(kinds), first);
	}

	@QueryMapping
	Page<Claim> relations(@Argument List<RelationKind> kinds, @Argument String from, @Argument String to,
			@Argument List<ClaimStatus> status, @Argument Double minConfidence, @Argument LocalDate asOf,
			@Argument int first, @Argument String after) {
		Limits.checkEntityId("from", from);
		Limits.checkEntityId("to", to);
		ClaimFilter filter = filter(kinds, status, minConfidence, asOf);
		return this.relations.list(from, to, filter, page(first, after));
	}

	@QueryMapping
	Subgraph subgraph(@Argument List<String> ids, @Argument int hops, @Argument List<RelationKind> kinds,
			@Argument List<EntityKind> entityKinds, @Argument List<ClaimStatus> status,
			@Argument Double minConfidence, @Argument LocalDate asOf, @Argument int limit) {
		Limits.check("ids count", ids.size(), 1, this.limits.maxSubgraphLimit());
		ids.forEach(id -> Limits.checkEntityId("ids", id));
		Limits.check("hops", hops, 0, this.limits.maxSubgraphHops());
		Limits.check("limit", limit, 1, this.limits.maxSubgraphLimit());
		ClaimFilter filter = filter(kinds, status, minConfidence, asOf);
		return this.subgraphs.subgraph(new SubgraphRequest(ids, hops, filter, set(entityKinds), limit));
	}

	private PageRequest page(int first, String after) {
		Limits.check("first", first, 0, this.limits.maxFirst());
		return new PageRequest(first, after);
	}

	static ClaimFilter filter(List<RelationKind> kinds, List<ClaimStatus> status, Double minConfidence,
			LocalDate asOf) {
		Limits.checkFraction("minConfidence", minConfidence);
		return ClaimFilter.of(kinds, status, minConfidence, asOf);
	}

	static <T> Set<T> set(List<T> items) {
		return items == null ? null : Set.copyOf(items);
	}

}
