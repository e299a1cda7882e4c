package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.ecograph.api.ApiLimits;
import org.ecograph.catalog.Direction;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.Page;
import org.ecograph.catalog.PageRequest;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.catalog.SourceCatalog;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.RelationKind;
import org.ecograph.model.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The fields that lead from one record to others: an entity's relations, a relation's ends and sources. All are
 * batch-loaded through data loaders, so a list of any length costs a fixed number of database queries. They apply
 * to every {@code Entity} and {@code Relation} value, whichever operation returned it.
 */
@Controller
class EntityFieldsController {

	private final ApiLimits limits;

	EntityFieldsController(BatchLoaderRegistry registry, EntityCatalog entities, RelationCatalog relations,
			SourceCatalog sources, ApiLimits limits) {
		this.limits = limits;
		registry.forTypePair(String.class, Entity.class)
			.withName("entityById")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> entities.findByIds(ids)));
		registry.forTypePair(String.class, Source.class)
			.withName("sourceById")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> sources.findByIds(ids)));
		registry.<RelationsKey, RelationsPage>forName("entityRelations")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> relationsOf(relations, keys)));
	}

	@SchemaMapping(typeName = "Entity", field = "relations")
	CompletableFuture<Page<Claim>> relations(Entity entity, @Argument Direction direction,
			@Argument List<RelationKind> kinds, @Argument List<ClaimStatus> status, @Argument Double minConfidence,
			@Argument LocalDate asOf, @Argument Integer first, @Argument String after,
			@Argument Boolean includeInferred, @Argument Boolean includeRetracted,
			DataLoader<RelationsKey, RelationsPage> entityRelations, DataLoader<String, Entity> entityById,
			DataFetchingFieldSelectionSet selection) {
		PageRequest page = Arguments.page(first, after, this.limits);
		ClaimFilter filter = Arguments.withRetracted(
				Arguments.claimFilter(kinds, status, minConfidence, asOf, includeInferred), includeRetracted);
		Direction side = direction == null ? Direction.BOTH : direction;
		boolean withEnds = selection.contains("edges/node/from") || selection.contains("edges/node/to");
		return entityRelations
			.load(new RelationsKey(entity.id(),
					new RelationsQuery(side, filter, page, selection.contains("totalCount"), withEnds)))
			.thenApply(found -> {
				// The ends came with the page: the relations' from and to fields find them without a query.
				found.ends().forEach(entityById::prime);
				return found.page();
			});
	}

	@SchemaMapping(typeName = "Relation", field = "from")
	CompletableFuture<Entity> from(Claim claim, DataLoader<String, Entity> entityById) {
		return entityById.load(claim.fromId());
	}

	@SchemaMapping(typeName = "Relation", field = "to")
	CompletableFuture<Entity> to(Claim claim, DataLoader<String, Entity> entityById) {
		return entityById.load(claim.toId());
	}

	@SchemaMapping(typeName = "Relation", field = "sources")
	CompletableFuture<List<Source>> sources(Claim claim, DataLoader<String, Source> sourceById) {
		return sourceById.loadMany(claim.sourceIds())
			.thenApply(found -> new ArrayList<>(found.stream().filter(java.util.Objects::nonNull).toList()));
	}

	/** One query per distinct set of arguments (usually one), whatever the number of entities. */
	private static Map<RelationsKey, RelationsPage> relationsOf(RelationCatalog relations, Set<RelationsKey> keys) {
		Map<RelationsQuery, List<String>> byQuery = new LinkedHashMap<>();
		keys.forEach(key -> byQuery.computeIfAbsent(key.query(), q -> new ArrayList<>()).add(key.entityId()));
		Map<RelationsKey, RelationsPage> pages = new HashMap<>();
		byQuery.forEach((query, ids) -> {
			RelationCatalog.EntityRelations found = relations.relationsOf(ids, query.direction(), query.filter(),
					query.page(), query.withTotal(), query.withEnds());
			found.pages().forEach((id, page) -> pages.put(new RelationsKey(id, query),
					new RelationsPage(page, endsOf(page, found.ends()))));
		});
		return pages;
	}

	private static Map<String, Entity> endsOf(Page<Claim> page, Map<String, Entity> ends) {
		if (ends.isEmpty()) {
			return Map.of();
		}
		Map<String, Entity> mine = new HashMap<>();
		page.edges().forEach(edge -> {
			mine.computeIfAbsent(edge.node().fromId(), ends::get);
			mine.computeIfAbsent(edge.node().toId(), ends::get);
		});
		return mine;
	}

	/** The arguments of one {@code relations} selection; {@code withEnds} when it selects the relations' ends. */
	record RelationsQuery(Direction direction, ClaimFilter filter, PageRequest page, boolean withTotal,
			boolean withEnds) {
	}

	/** A page of one entity's relations, with the entities at their ends when they were asked for. */
	record RelationsPage(Page<Claim> page, Map<String, Entity> ends) {
	}

	/** A {@code relations} selection on one entity. */
	record RelationsKey(String entityId, RelationsQuery query) {
	}

}
