package org.ecograph.api.graphql;

import java.util.List;
import java.util.Set;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.ClaimFilterArguments;
import org.ecograph.api.Limits;
import org.ecograph.api.SubgraphArguments;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.EntityListing;
import org.ecograph.catalog.Page;
import org.ecograph.catalog.PageRequest;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.catalog.SearchHit;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Ids;
import org.ecograph.subgraph.Subgraph;
import org.ecograph.subgraph.SubgraphService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The catalog's root fields: the argument records check the arguments, the catalog answers. */
@Controller
class CatalogController {

	private final EntityCatalog entities;

	private final RelationCatalog relations;

	private final SubgraphService subgraphs;

	private final ApiLimits limits;

	private final EntityLookup lookup;

	CatalogController(EntityCatalog entities, RelationCatalog relations, SubgraphService subgraphs,
			ApiLimits limits, EntityLookup lookup) {
		this.entities = entities;
		this.relations = relations;
		this.subgraphs = subgraphs;
		this.limits = limits;
		this.lookup = lookup;
	}

	@QueryMapping
	Entity entity(@Argument String id, DataFetchingEnvironment env) {
		Limits.checkEntityId("id", id);
		return this.lookup.find(id, env);
	}

	@QueryMapping
	Claim relation(@Argument String id) {
		Ids.require(Ids.Shape.CLAIM, "id", id);
		return this.relations.findById(id).orElse(null);
	}

	@QueryMapping
	Page<Entity> entities(@Argument List<EntityKind> kinds, @Argument String nameContains,
			@Arguments PageArguments page, DataFetchingFieldSelectionSet selection, DataFetchingEnvironment env) {
		Set<EntityKind> kindSet = kinds == null ? null : Set.copyOf(kinds);
		PageRequest request = page.request(this.limits);
		boolean withTotal = EntityLookup.selects(env, selection, "totalCount");
		EntityListing memory = this.lookup.listing(env);
		Page<Entity> fromMemory = memory == null ? null : memory.page(kindSet, nameContains, request, withTotal);
		return fromMemory != null ? fromMemory : this.entities.list(kindSet, nameContains, request, withTotal);
	}

	@QueryMapping
	List<SearchHit> search(@Arguments SearchArguments search) {
		return this.entities.search(search.text(), search.kindSet(), search.size(this.limits));
	}

	@QueryMapping
	DataFetcherResult<Page<Claim>> relations(@Arguments RelationsArguments relations,
			@Arguments ClaimFilterArguments filter, @Arguments PageArguments page,
			DataFetchingFieldSelectionSet selection, DataFetchingEnvironment env) {
		return KnownOnContext.result(this.relations.list(relations.from(), relations.to(), filter.of(relations.kinds()),
				page.request(this.limits), selection.contains("totalCount")), filter.knownOn(), env);
	}

	@QueryMapping
	Subgraph subgraph(@Arguments SubgraphArguments subgraph, DataFetchingFieldSelectionSet selection,
			DataFetchingEnvironment env) {
		return this.subgraphs.subgraph(subgraph.request(this.limits),
				new SubgraphService.Properties(EntityLookup.selects(env, selection, "nodes", "properties"),
						EntityLookup.selects(env, selection, "edges", "properties")));
	}

}
