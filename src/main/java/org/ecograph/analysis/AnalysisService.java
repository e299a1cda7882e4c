package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.funding.FundingAggregator;
import org.ecograph.analysis.funding.FundingSummary;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.projection.AnalysisRepository;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.analysis.projection.ProjectionNotReadyException;
import org.ecograph.analysis.ranking.RankingCache;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.Figures;
import org.ecograph.model.InvalidArgumentException;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyst's operations. Paths, exposure and ranking run on the in-memory {@link ClaimProjection} of the current
 * graph version ({@link ProjectionHolder}); the entities and claims an answer names are then fetched from Neo4j by
 * id, in one read transaction. Arguments are expected already range-checked by the caller; unknown ids raise
 * {@link EntityNotFoundException}. At most {@code ecograph.analysis.max-concurrent} computations run at once.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisService {

	private final AnalysisRepository repository;

	private final EntityCatalog entityCatalog;

	private final RelationCatalog relationCatalog;

	private final ProjectionHolder projections;

	private final RankingCache rankings;

	private final AnalysisProperties properties;

	private final ProjectionNeighbourhoods neighbourhoods;

	private final Semaphore computing;

	/** The entities and claims answers name, per graph version. */
	private final DetailsCache<Entity> entityDetails = new DetailsCache<>(20_000);

	private final DetailsCache<Claim> claimDetails = new DetailsCache<>(50_000);

	AnalysisService(AnalysisRepository repository, EntityCatalog entityCatalog, RelationCatalog relationCatalog,
			ProjectionHolder projections, RankingCache rankings, AnalysisProperties properties,
			ProjectionNeighbourhoods neighbourhoods) {
		this.neighbourhoods = neighbourhoods;
		this.repository = repository;
		this.entityCatalog = entityCatalog;
		this.relationCatalog = relationCatalog;
		this.projections = projections;
		this.rankings = rankings;
		this.properties = properties;
		this.computing = new Semaphore(Math.max(1, properties.maxConcurrent()), true);
	}

	/**
	 * The {@code k} best simple paths of at most {@code maxHops} steps between two entities, over the claims that
	 * pass {@code filter} (its kinds included).
	 * @param followDirection whether steps must follow their claim's direction
	 */
	public Answer<List<InfluencePath>> influencePaths(String from, String to, int maxHops, int k, PathRanking rankBy,
			boolean followDirection, ClaimFilter filter) {
		return influencePaths(from, to, maxHops, k, rankBy, followDirection, filter, AnswerDetail.FULL);
	}

	/** The same, saying as much of the entities and claims named as {@code detail} asks. */
	public Answer<List<InfluencePath>> influencePaths(String from, String to, int maxHops, int k, PathRanking rankBy,
			boolean followDirection, ClaimFilter filter, AnswerDetail detail) {
		if (from.equals(to)) {
			throw new InvalidArgumentException("from and to are the same entity " + from + ": they must differ");
		}
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		ClaimProjection g = snapshot.projection();
		int source = node(g, from);
		int target = node(g, to);
		ProjectionFilter f = ProjectionFilter.of(filter);
		PathFinder.Result found = compute(() -> PathFinder.find(g, f, new PathFinder.Query(source, target,
				maxHops, k, rankBy, followDirection, this.properties.maxExpansions())));
		Details details = details(g, found.routes(), List.of(), detail);
		List<InfluencePath> paths = found.routes().stream().map(r -> path(g, r, details)).toList();
		List<String> warnings = warnings(snapshot);
		if (!found.complete()) {
			warnings.add("influencePaths " + from + " -> " + to + ": the search budget (ecograph.analysis.max-expansions = "
					+ this.properties.maxExpansions() + " partial paths) was reached; these are the best paths found, "
					+ "not necessarily the best that exist. Narrow the kinds or lower maxHops.");
		}
		return new Answer<>(paths, g.version(), warnings);
	}

	/**
	 * Who {@code entity} depends on (UPSTREAM) or who depends on it (DOWNSTREAM), through chains of at most
	 * {@code maxHops} claims of the filter's kinds ({@link #DEFAULT_EXPOSURE_KINDS} when it names none).
	 * @param first how many counterparts to return
	 * @param maxPaths how many routes to list per counterpart
	 */
	public Answer<List<Exposure>> exposure(String entity, ExposureDirection direction, int maxHops, int first,
			int maxPaths, ClaimFilter filter) {
		return exposure(entity, direction, maxHops, first, maxPaths, filter, AnswerDetail.FULL);
	}

	/** The same, saying as much of the entities and claims named as {@code detail} asks. */
	public Answer<List<Exposure>> exposure(String entity, ExposureDirection direction, int maxHops, int first,
			int maxPaths, ClaimFilter filter, AnswerDetail detail) {
		ClaimFilter dependency = filter.kinds() == null ? filter.withKinds(DEFAULT_EXPOSURE_KINDS) : filter;
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		ClaimProjection g = snapshot.projection();
		int node = node(g, entity);
		ProjectionFilter f = ProjectionFilter.of(dependency);
		ExposureEngine.Result result = compute(() -> ExposureEngine.compute(g, f, new ExposureEngine.Query(
				node, direction, maxHops, first, maxPaths, this.properties.maxExpansions())));
		List<ProjectedRoute> routes = result.exposures().stream().flatMap(e -> e.routes().stream()).toList();
		Details details = details(g, routes, result.exposures().stream().map(e -> e.node()).toList(), detail);
		List<Exposure> exposures = result.exposures()
			.stream()
			.map(e -> new Exposure(details.entities().get(g.entityId(e.node())), e.directShare(), e.indirectShare(),
					e.totalShare(), e.shareKnown(), e.amountUsd(),
					e.routes().stream().map(r -> path(g, r, details)).toList(), e.pathCount(), e.routesComplete()))
			.toList();
		List<String> warnings = warnings(snapshot);
		if (!result.complete()) {
			warnings.add("exposure of " + entity + ": the enumeration of chains of " + maxHops + " steps reached its "
					+ "budget (ecograph.analysis.max-expansions = " + this.properties.maxExpansions()
					+ "); the shares cover the paths enumerated only. Chains of up to 3 steps are always exact.");
		}
		return new Answer<>(exposures, g.version(), warnings);
	}

	/** The relation kinds that count as dependency when the caller names none. */
	public static final Set<RelationKind> DEFAULT_EXPOSURE_KINDS = RelationKind.exposureDefaults();

	/**
	 * The {@code first} entities of the given kinds (all when {@code null}) by weighted PageRank over every entity
	 * and every claim passing {@code filter}; computed once per graph version and selection.
	 */
	public Answer<List<RankedEntity>> ranking(Set<EntityKind> kinds, RankingWeight weightBy, int first,
			ClaimFilter filter) {
		return ranking(kinds, weightBy, first, filter, AnswerDetail.FULL);
	}

	/** The same, saying as much of the entities named as {@code detail} asks. */
	public Answer<List<RankedEntity>> ranking(Set<EntityKind> kinds, RankingWeight weightBy, int first,
			ClaimFilter filter, AnswerDetail detail) {
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		ClaimProjection g = snapshot.projection();
		RankingCache.Ranked ranked = compute(() -> this.rankings.ranked(g, ProjectionFilter.of(filter), weightBy));
		List<Integer> top = new ArrayList<>();
		for (int i = 0; i < ranked.order().length && top.size() < first; i++) {
			int v = ranked.order()[i];
			if (kinds == null || kinds.isEmpty() || kinds.contains(g.entityKind(v))) {
				top.add(v);
			}
		}
		Map<String, Entity> entities = detail == AnswerDetail.IDS ? stubs(g, top)
				: entities(g, top.stream().map(g::entityId).toList());
		List<RankedEntity> answer = top.stream()
			.map(v -> new RankedEntity(entities.get(g.entityId(v)), ranked.scores()[v]))
			.toList();
		return new Answer<>(answer, g.version(), warnings(snapshot));
	}

	/**
	 * Every entity within {@code hops} relations passing {@code relations} of the start entities, nearest first (by
	 * distance, then id; neighbours of a kind outside {@code kinds} are not entered), cut at {@code limit}, with the
	 * relations passing {@code relations} among the entities kept; from memory, by id.
	 * @param kinds entity kinds that may be entered; {@code null} for all
	 */
	public Neighbourhood neighbourhood(List<String> starts, int hops, ClaimFilter relations, Set<EntityKind> kinds,
			int limit) {
		return this.neighbourhoods.around(starts, hops, relations, kinds, limit);
	}

	/** Who funds {@code target}, how much, with what share, and whether the shares add up. */
	public FundingSummary fundingSummary(String target, ClaimFilter filter) {
		ClaimFilter funding = filter.withKinds(Set.of(RelationKind.FUNDS));
		Entity entity = this.entityCatalog.findById(target).orElseThrow(() -> new EntityNotFoundException(target));
		List<Claim> claims = this.repository.incomingFunding(target, funding);
		Map<String, Entity> funders = this.entityCatalog.findByIds(claims.stream().map(Claim::fromId).toList());
		return FundingAggregator.summarize(entity, claims, funders::get);
	}

	private <T> T compute(Supplier<T> work) {
		try {
			this.computing.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for an analysis slot", ex);
		}
		try {
			return work.get();
		}
		finally {
			this.computing.release();
		}
	}

	private static List<String> warnings(ProjectionHolder.Snapshot snapshot) {
		List<String> warnings = new ArrayList<>();
		if (snapshot.stale()) {
			warnings.add("The graph changed (a newer version than " + snapshot.projection().version()
					+ " exists) and its analysis snapshot is still being built: this answer is from version "
					+ snapshot.projection().version() + ". Ask again in a few seconds for the current graph.");
		}
		return warnings;
	}

	private static int node(ClaimProjection g, String id) {
		int node = g.node(id);
		if (node < 0) {
			throw new EntityNotFoundException(id);
		}
		return node;
	}

	/** The entities and claims an answer names; {@code full} when read from Neo4j, else ids and kinds only. */
	private record Details(Map<String, Entity> entities, Map<String, Claim> claims, boolean full) {
	}

	private Details details(ClaimProjection g, List<ProjectedRoute> routes, List<Integer> moreNodes,
			AnswerDetail detail) {
		if (detail == AnswerDetail.IDS) {
			return stubs(g, routes, moreNodes);
		}
		Set<String> entityIds = new LinkedHashSet<>();
		moreNodes.forEach(v -> entityIds.add(g.entityId(v)));
		Map<RelationKind, Set<String>> claimIds = new EnumMap<>(RelationKind.class);
		for (ProjectedRoute r : routes) {
			for (int v : r.nodes()) {
				entityIds.add(g.entityId(v));
			}
			for (int c : r.claims()) {
				claimIds.computeIfAbsent(g.kind(c), k -> new LinkedHashSet<>()).add(g.claimId(c));
			}
		}
		Map<String, Claim> claims = this.claimDetails.get(g.version(),
				claimIds.values().stream().flatMap(Set::stream).toList(), missing -> {
					Set<String> wanted = Set.copyOf(missing);
					Map<RelationKind, List<String>> byKind = new EnumMap<>(RelationKind.class);
					claimIds.forEach((kind, ids) -> {
						List<String> left = ids.stream().filter(wanted::contains).toList();
						if (!left.isEmpty()) {
							byKind.put(kind, left);
						}
					});
					return this.relationCatalog.findByIds(byKind);
				});
		return new Details(entities(g, entityIds), claims, true);
	}

	/** Entities and claims of the answer as the projection knows them: ids, kinds and the claims' ends. */
	private static Details stubs(ClaimProjection g, List<ProjectedRoute> routes, List<Integer> moreNodes) {
		List<Integer> nodes = new ArrayList<>(moreNodes);
		Map<String, Claim> claims = new HashMap<>();
		for (ProjectedRoute r : routes) {
			for (int v : r.nodes()) {
				nodes.add(v);
			}
			for (int c : r.claims()) {
				String from = g.entityId(g.src[c]);
				String to = g.entityId(g.dst[c]);
				claims.put(g.claimId(c), new Claim(g.claimId(c), g.kind(c), from, to, null, null, null, null, null,
						null, null, null, null, null, null, null, List.of(), Map.of()));
			}
		}
		return new Details(stubs(g, nodes), claims, false);
	}

	private static Map<String, Entity> stubs(ClaimProjection g, List<Integer> nodes) {
		Map<String, Entity> entities = new HashMap<>();
		for (int v : nodes) {
			entities.put(g.entityId(v), new Entity(g.entityId(v), g.entityKind(v), null, List.of(), null, Map.of()));
		}
		return entities;
	}

	/** The entities of these ids as the answer's graph version has them (cached per version). */
	private Map<String, Entity> entities(ClaimProjection g, Collection<String> ids) {
		return this.entityDetails.get(g.version(), ids, this.entityCatalog::findByIds);
	}

	private static InfluencePath path(ClaimProjection g, ProjectedRoute route, Details details) {
		List<PathStep> steps = new ArrayList<>();
		List<Entity> nodes = new ArrayList<>();
		for (int v : route.nodes()) {
			nodes.add(details.entities().get(g.entityId(v)));
		}
		for (int i = 0; i < route.hops(); i++) {
			Claim claim = details.claims().get(g.claimId(route.claims()[i]));
			if (claim == null || nodes.get(i) == null) {
				throw new ProjectionNotReadyException("The graph changed while this question was answered (claim "
						+ g.claimId(route.claims()[i]) + " is gone); ask again.");
			}
			String explanation = !details.full() ? ""
					: Figures.explain(claim, name(details.entities().get(claim.fromId()), claim.fromId()),
							name(details.entities().get(claim.toId()), claim.toId()));
			steps.add(new PathStep(claim, g.src[route.claims()[i]] == route.nodes()[i], explanation));
		}
		return new InfluencePath(route.hops(), route.strength(), nodes, steps);
	}

	private static String name(Entity entity, String id) {
		return entity == null || entity.name() == null ? id : entity.name();
	}

}
