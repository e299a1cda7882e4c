package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.ClaimFilterArguments;
import org.ecograph.api.graphql.DataLoaders.RelationsKey;
import org.ecograph.api.graphql.DataLoaders.RelationsPage;
import org.ecograph.api.graphql.DataLoaders.RelationsQuery;
import org.ecograph.catalog.Direction;
import org.ecograph.catalog.Page;
import org.ecograph.catalog.RelationListing;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.RelationKind;
import org.ecograph.model.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields that lead from one record to others: an entity's relations (from memory when they ask only what memory
 * holds, {@link EntityLookup#relationListing}) and a relation's sources, batch-loaded through the {@link DataLoaders},
 * so a list of any length costs a fixed number of database queries; a relation's ends are {@link RelationEnds}'. They
 * apply to every {@code Entity} and {@code Relation} value, whichever operation returned it.
 */
@Controller
class EntityFieldsController {

	private final ApiLimits limits;

	private final EntityLookup lookup;

	EntityFieldsController(ApiLimits limits, EntityLookup lookup) {
		this.limits = limits;
		this.lookup = lookup;
	}

	@SchemaMapping(typeName = "Entity", field = "relations")
	CompletableFuture<DataFetcherResult<Page<Claim>>> relations(Entity entity, @Argument Direction direction,
			@Argument List<RelationKind> kinds, @Arguments ClaimFilterArguments filter, @Arguments PageArguments page,
			DataFetchingFieldSelectionSet selection, DataLoader<RelationsKey, RelationsPage> pages,
			DataLoader<String, Entity> entities, DataFetchingEnvironment env) {
		RelationsQuery query = new RelationsQuery(direction == null ? Direction.BOTH : direction, filter.of(kinds),
				page.request(this.limits), EntityLookup.selects(env, selection, "totalCount"),
				fetchedEnd(selection, env, "from") || fetchedEnd(selection, env, "to"));
		RelationListing memory = this.lookup.relationListing(env);
		Page<Claim> remembered = memory == null ? null
				: memory.page(entity.id(), query.direction(), query.filter(), query.page(), query.withTotal());
		if (remembered != null) {
			return CompletableFuture.completedFuture(KnownOnContext.result(remembered, filter.knownOn(), env));
		}
		return pages.load(new RelationsKey(entity.id(), query)).thenApply(found -> {
			// The ends came with the page: the relations' from and to fields find them without a query.
			found.ends().forEach(entities::prime);
			return KnownOnContext.result(found.page(), filter.knownOn(), env);
		});
	}

	/**
	 * Whether a relation end ({@code from} or {@code to}) must be read from the database with the page: it is selected
	 * and asks more than memory answers ({@link EntityLookup}); when a fragment hides the selection, whenever it is
	 * selected.
	 */
	private static boolean fetchedEnd(DataFetchingFieldSelectionSet selection, DataFetchingEnvironment env,
			String end) {
		List<Field> ends = EntityLookup.below(env.getMergedField().getFields(), "edges", "node", end);
		if (ends == null) {
			return selection.contains("edges/node/" + end);
		}
		return !ends.isEmpty() && !EntityLookup.inMemory(ends);
	}

	@SchemaMapping(typeName = "Relation", field = "sources")
	CompletableFuture<List<Source>> sources(Claim claim, DataLoader<String, Source> sources) {
		return sources.loadMany(claim.sourceIds())
			.thenApply(found -> new ArrayList<>(found.stream().filter(Objects::nonNull).toList()));
	}

	/**
	 * The day of the claim's {@code recordedAt}, a date or a date-time (its own zone's day, as {@code knownOn} reads
	 * it); null for a claim recorded before the record was kept.
	 */
	@SchemaMapping(typeName = "Relation", field = "recordedOn")
	LocalDate recordedOn(Claim claim) {
		Object recorded = claim.properties().get(ClaimFilter.RECORDED_AT);
		if (recorded instanceof LocalDate day) {
			return day;
		}
		if (recorded instanceof ZonedDateTime time) {
			return time.toLocalDate();
		}
		if (recorded instanceof OffsetDateTime time) {
			return time.toLocalDate();
		}
		return recorded instanceof LocalDateTime time ? time.toLocalDate() : null;
	}

}
