package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionNotReadyException;
import org.ecograph.analysis.projection.ProjectionOnDay;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.KnowledgeHistory;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.data.Transactions;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.Figures;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Component;

/**
 * The entities and claims an answer names, and its routes as {@link InfluencePath}s. What the projection holds
 * (ids, kinds, claims' ends, entities' names and aliases) is taken from the snapshot the answer was computed on
 * ({@link AnswerDetail#IDS}, {@link AnswerDetail#NAMES}); the rest is read from Neo4j by id through the catalog,
 * after the computation, in one short read transaction (so it comes from one snapshot of the database), and kept per
 * graph version ({@link DetailsCache}: the central entities and hubs recur in answer after answer, and an answer
 * whose details are all cached opens no transaction).
 */
@Component
class AnswerDetails {

	private final EntityCatalog entityCatalog;

	private final RelationCatalog relationCatalog;

	private final Transactions transactions;

	private final KnowledgeHistory history;

	private final DetailsCache<Entity> entities = new DetailsCache<>(20_000);

	private final DetailsCache<Claim> claims = new DetailsCache<>(50_000);

	AnswerDetails(EntityCatalog entityCatalog, RelationCatalog relationCatalog, Transactions transactions,
			KnowledgeHistory history) {
		this.history = history;
		this.entityCatalog = entityCatalog;
		this.relationCatalog = relationCatalog;
		this.transactions = transactions;
	}

	/** The counts of the two details caches. */
	List<CacheCounts> cacheCounts() {
		return List.of(this.entities.counts("analysis.entities"), this.claims.counts("analysis.claims"));
	}

	/**
	 * What the routes and the further nodes of an answer on {@code g} name, as much as {@code detail} asks: entities
	 * from {@code g} itself (the snapshot the answer was computed on) unless {@code detail} reads them or {@code g}
	 * holds no names, else from Neo4j; claims from Neo4j only when {@code detail} reads them. What is read is read in
	 * one transaction, one query for the entities and one per kind of claim, or none when the cache holds it all.
	 */
	Named of(ClaimProjection g, List<ProjectedRoute> routes, int[] moreNodes, AnswerDetail detail) {
		if (detail == AnswerDetail.IDS) {
			return stubs(g, routes, moreNodes, false);
		}
		boolean readsClaims = detail.readsClaims();
		boolean readsEntities = detail.readsEntities() || !g.namesKnown();
		if (!readsClaims && !readsEntities) {
			return stubs(g, routes, moreNodes, true);
		}
		Set<String> entityIds = new LinkedHashSet<>();
		Map<RelationKind, Set<String>> claimIds = new EnumMap<>(RelationKind.class);
		if (readsEntities) {
			for (int v : moreNodes) {
				entityIds.add(g.entityId(v));
			}
			routes.forEach(r -> Arrays.stream(r.nodes()).forEach(v -> entityIds.add(g.entityId(v))));
			if (g instanceof OverlaidProjection o && o.addedEntityCount() > 0) {
				// hypothetical entities are not in the database: asOverlaid describes them
				entityIds.removeIf(id -> o.addedEntity(o.node(id)));
			}
		}
		if (readsClaims) {
			for (ProjectedRoute r : routes) {
				for (int c : r.claims()) {
					if (!(g instanceof OverlaidProjection o && o.added(c))) {
						claimIds.computeIfAbsent(g.kind(c), k -> new LinkedHashSet<>()).add(g.claimId(c));
					}
				}
			}
		}
		List<String> allClaimIds = claimIds.values().stream().flatMap(Set::stream).toList();
		Map<String, Entity> inMemory = readsEntities ? null : named(g, routes, moreNodes);
		Map<String, Claim> stubClaims = readsClaims ? null : stubClaims(g, routes);
		java.time.LocalDate day = ProjectionOnDay.dayOf(g);
		Supplier<Named> read = () -> {
			Map<String, Claim> claims = stubClaims != null ? stubClaims
					: this.claims.get(g.version(), allClaimIds, missing -> claimsOfKinds(claimIds, missing));
			if (day != null && stubClaims == null) {
				claims = onDay(claims, day);
			}
			Map<String, Entity> entities = inMemory != null ? inMemory
					: day != null ? this.entityCatalog.findByIdsOn(entityIds, day)
							: this.entities.get(g.version(), entityIds, this.entityCatalog::findByIds);
			return new Named(g, entities, claims, readsClaims);
		};
		// a past day's claims and entities are read for it (the caches keep them as they are now)
		boolean cached = day == null && this.claims.holdsAll(g.version(), allClaimIds)
				&& this.entities.holdsAll(g.version(), entityIds);
		Named named = cached ? read.get() : this.transactions.read(read);
		return g instanceof OverlaidProjection overlay ? asOverlaid(overlay, named, routes, moreNodes) : named;
	}

	/**
	 * The claims as a scenario sees them ({@link OverlaidProjection#describe}): its hypothetical claims made up, its
	 * capped ones with their figures replaced, its hypothetical entities as given; in a copy, so the cache keeps the
	 * claims and entities as stored.
	 */
	private static Named asOverlaid(OverlaidProjection g, Named named, List<ProjectedRoute> routes, int[] moreNodes) {
		Map<String, Entity> entities = named.entities();
		if (g.addedEntityCount() > 0) {
			Map<String, Entity> withAdded = new HashMap<>(entities);
			java.util.function.IntConsumer describe = v -> {
				if (g.addedEntity(v)) {
					withAdded.put(g.entityId(v), g.describeEntity(v));
				}
			};
			Arrays.stream(moreNodes).forEach(describe);
			routes.forEach(r -> Arrays.stream(r.nodes()).forEach(describe));
			entities = withAdded;
		}
		Map<String, Claim> claims = new HashMap<>(named.claims());
		for (ProjectedRoute r : routes) {
			for (int c : r.claims()) {
				if (g.added(c) || g.patched(c)) {
					claims.put(g.claimId(c), g.describe(c, claims.get(g.claimId(c))));
				}
			}
		}
		return new Named(g, entities, claims, named.full());
	}

	/**
	 * The claims (as they are now) as they stood at the end of {@code day}: their figures of that day, not retracted
	 * when retracted since ({@link KnowledgeHistory#standingOn}); in a copy, so the cache keeps them as stored.
	 */
	private Map<String, Claim> onDay(Map<String, Claim> claims, java.time.LocalDate day) {
		Map<String, Claim> then = new HashMap<>();
		this.history.standingOn(claims.values(), day).forEach(c -> then.put(c.id(), c));
		return then;
	}

	/** The claims of {@code ids} that are {@code wanted}, read with their kinds known (one query per kind). */
	private Map<String, Claim> claimsOfKinds(Map<RelationKind, Set<String>> ids, List<String> wanted) {
		Set<String> missing = Set.copyOf(wanted);
		Map<RelationKind, List<String>> byKind = new EnumMap<>(RelationKind.class);
		ids.forEach((kind, ofKind) -> {
			List<String> left = ofKind.stream().filter(missing::contains).toList();
			if (!left.isEmpty()) {
				byKind.put(kind, left);
			}
		});
		return this.relationCatalog.findByIds(byKind);
	}

	/**
	 * Entities and claims of the answer as the projection knows them: ids, kinds (with names and aliases when
	 * {@code withNames}) and the claims' ends.
	 */
	private static Named stubs(ClaimProjection g, List<ProjectedRoute> routes, int[] moreNodes, boolean withNames) {
		Map<String, Entity> entities = new HashMap<>();
		for (int v : moreNodes) {
			entities.put(g.entityId(v), withNames ? named(g, v) : stub(g, v));
		}
		for (ProjectedRoute r : routes) {
			for (int v : r.nodes()) {
				entities.put(g.entityId(v), withNames ? named(g, v) : stub(g, v));
			}
		}
		return new Named(g, entities, stubClaims(g, routes), false);
	}

	/** The claims of the routes as the projection knows them: ids, kinds and ends. */
	private static Map<String, Claim> stubClaims(ClaimProjection g, List<ProjectedRoute> routes) {
		Map<String, Claim> claims = new HashMap<>();
		for (ProjectedRoute r : routes) {
			for (int c : r.claims()) {
				claims.put(g.claimId(c), new Claim(g.claimId(c), g.kind(c), g.entityId(g.src(c)), g.entityId(g.dst(c)),
						null, null, null, null, null, null, null, null, null, null, null, null, List.of(), Map.of()));
			}
		}
		return claims;
	}

	/** The entities of the routes and the further nodes, with their names and aliases, from {@code g}. */
	private static Map<String, Entity> named(ClaimProjection g, List<ProjectedRoute> routes, int[] moreNodes) {
		Map<String, Entity> entities = new HashMap<>();
		for (int v : moreNodes) {
			entities.computeIfAbsent(g.entityId(v), id -> named(g, v));
		}
		for (ProjectedRoute r : routes) {
			for (int v : r.nodes()) {
				entities.computeIfAbsent(g.entityId(v), id -> named(g, v));
			}
		}
		return entities;
	}

	private static Entity stub(ClaimProjection g, int v) {
		return new Entity(g.entityId(v), g.entityKind(v), null, List.of(), null, Map.of());
	}

	/** Entity {@code v} as the projection holds it, as {@code EntitiesInMemory} answers it: no description, no properties. */
	private static Entity named(ClaimProjection g, int v) {
		return new Entity(g.entityId(v), g.entityKind(v), g.entityName(v), g.entityAliases(v), null, Map.of());
	}

	/**
	 * The entities and claims an answer on {@code g} names, by id.
	 *
	 * @param full whether they were read from Neo4j (else ids, kinds and ends only)
	 */
	record Named(ClaimProjection g, Map<String, Entity> entities, Map<String, Claim> claims, boolean full) {

		Entity entity(int node) {
			return this.entities.get(this.g.entityId(node));
		}

		/**
		 * The route with its entities and claims, each step explained when the details were read.
		 * @throws ProjectionNotReadyException when a claim or entity it names is gone (the graph changed under the
		 * question)
		 */
		InfluencePath path(ProjectedRoute route) {
			List<PathStep> steps = new ArrayList<>();
			List<Entity> nodes = new ArrayList<>();
			for (int v : route.nodes()) {
				nodes.add(entity(v));
			}
			for (int i = 0; i < route.hops(); i++) {
				int c = route.claims()[i];
				Claim claim = this.claims.get(this.g.claimId(c));
				if (claim == null || nodes.get(i) == null) {
					throw ProjectionNotReadyException.claimGone(this.g.claimId(c));
				}
				String explanation = !this.full ? ""
						: Figures.explain(claim, name(this.entities.get(claim.fromId()), claim.fromId()),
								name(this.entities.get(claim.toId()), claim.toId()));
				steps.add(new PathStep(claim, this.g.src(c) == route.nodes()[i], explanation));
			}
			return new InfluencePath(route.hops(), route.strength(), nodes, steps);
		}

		private static String name(Entity entity, String id) {
			return entity == null || entity.name() == null ? id : entity.name();
		}

	}

}
