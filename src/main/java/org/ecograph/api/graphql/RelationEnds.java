package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.ecograph.api.graphql.DataLoaders.EntityOnDay;
import org.ecograph.api.graphql.DataLoaders.EntityThen;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * A relation's ends ({@code Relation.from}, {@code Relation.to}): today's entity of the end's id, from memory when the
 * selection asks only what memory answers ({@link EntityLookup}), else through the entity loader (which the page
 * primed when it read the ends with it); below a listing known on a day ({@link KnownOnContext}), that day's, through
 * its loader. Wired as trivial data fetchers: a page has up to a hundred relations, two ends each, and an annotated
 * controller method per end (its argument resolution, context propagation and observation) cost a relation page a
 * third of its CPU; the lookups themselves cost little, and the loaders' batches are observed as the queries they send.
 */
@Component
class RelationEnds implements RuntimeWiringConfigurer {

	private final ObjectProvider<EntityLookup> lookups;

	RelationEnds(ObjectProvider<EntityLookup> lookups) {
		this.lookups = lookups;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		EntityLookup lookup = this.lookups.getIfAvailable();
		if (lookup == null) {
			// a GraphQL slice without the catalog (a test of the schema's other fields): no relation to end
			return;
		}
		wiring.type("Relation", builder -> builder.dataFetcher("from", new End(lookup, Claim::fromId))
			.dataFetcher("to", new End(lookup, Claim::toId)));
	}

	/** One end of the relation a field is fetched on. */
	private static final class End implements TrivialDataFetcher<CompletableFuture<Entity>> {

		private final EntityLookup lookup;

		private final Function<Claim, String> id;

		End(EntityLookup lookup, Function<Claim, String> id) {
			this.lookup = lookup;
			this.id = id;
		}

		@Override
		public CompletableFuture<Entity> get(DataFetchingEnvironment env) {
			String id = this.id.apply(env.getSource());
			LocalDate knownOn = env.getLocalContext() instanceof GraphQLContext context
					? context.get(KnownOnContext.NAME) : null;
			if (knownOn != null) {
				DataLoader<EntityOnDay, EntityThen> entitiesOn = env.getDataLoader(EntityThen.class.getName());
				return entitiesOn.load(new EntityOnDay(id, knownOn))
					.thenApply(then -> then == null ? null : then.entity());
			}
			Entity remembered = this.lookup.fromMemory(id, env);
			if (remembered != null) {
				return CompletableFuture.completedFuture(remembered);
			}
			DataLoader<String, Entity> entities = env.getDataLoader(Entity.class.getName());
			return entities.load(id);
		}

	}

}
