package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.funding.FundingSummaries;
import org.ecograph.analysis.funding.FundingSummary;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.DayProjections;
import org.ecograph.analysis.projection.NeighbourhoodWalk;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.analysis.projection.VersionAnswers;
import org.ecograph.analysis.ranking.RankingCache;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.EntityKind;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.InvalidArgumentException;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Service;

/**
 * The analyst's operations. Paths, exposure and ranking run on the in-memory {@link ClaimProjection} of the current
 * graph version ({@link ProjectionHolder}); the entities and claims an answer names are then taken from that snapshot
 * (ids, kinds, names, aliases, ends) or, for the fields it does not hold, fetched from Neo4j by id, as much as the
 * {@link AnswerDetail} asks ({@link AnswerDetails}). Arguments are expected already range-checked by the caller; unknown ids raise
 * {@link EntityNotFoundException}. At most {@code ecograph.analysis.max-concurrent} computations run at once.
 * <p>
 * Not transactional: a transaction wraps database work only, never the wait for a snapshot (up to
 * {@code ecograph.analysis.refresh-wait}), the wait for a computation slot or the computation. Reading the graph
 * version, fetching an answer's details and reading a funding summary are each one short read transaction.
 */
@Service
public class AnalysisService {

	/** The relation kinds that count as dependency when the caller names none. */
	public static final Set<RelationKind> DEFAULT_EXPOSURE_KINDS = RelationKind.exposureDefaults();

	private final ProjectionHolder projections;

	private final RankingCache rankings;

	private final AnswerDetails details;

	private final FundingSummaries funding;

	private final AnalysisProperties properties;

	private final Semaphore computing;

	private final DayProjections days;

	/** The exposure and path answers of the current snapshot, by the whole question ({@link VersionAnswers}). */
	private final VersionAnswers answers;

	AnalysisService(ProjectionHolder projections, RankingCache rankings, AnswerDetails details,
			FundingSummaries funding, AnalysisProperties properties, DayProjections days) {
		this.projections = projections;
		this.days = days;
		this.rankings = rankings;
		this.details = details;
		this.funding = funding;
		this.properties = properties;
		this.computing = new Semaphore(Math.max(1, properties.maxConcurrent()), true);
		this.answers = new VersionAnswers(properties.answerCache());
	}

	/** What the analysis' caches (answer details, rankings) served since start, for an operator's metrics. */
	public List<CacheCounts> cacheCounts() {
		List<CacheCounts> counts = new ArrayList<>(this.details.cacheCounts());
		counts.add(new CacheCounts("analysis.rankings", this.rankings.hits(), this.rankings.misses(),
				this.rankings.size()));
		counts.add(new CacheCounts("analysis.days", this.days.hits(), this.days.misses(), this.days.size()));
		counts.add(new CacheCounts("analysis.answers", this.answers.hits(), this.answers.misses(),
				this.answers.size()));
		return counts;
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
		return influencePaths(snapshot, on(snapshot, filter), from, to, maxHops, k, rankBy, followDirection, filter,
				detail);
	}

	/** The same on {@code g}: the snapshot's projection, or a scenario's overlay of it. */
	Answer<List<InfluencePath>> influencePaths(ProjectionHolder.Snapshot snapshot, ClaimProjection g, String from,
			String to, int maxHops, int k, PathRanking rankBy, boolean followDirection, ClaimFilter filter,
			AnswerDetail detail) {
		PathFinder.Query query = pathQuery(g, from, to, maxHops, k, rankBy, followDirection);
		return influencePaths(snapshot, g, from, to, paths(g, ProjectionFilter.of(filter), query), detail);
	}

	/** The question of {@link #influencePaths} on node indexes, with the configured budget. */
	PathFinder.Query pathQuery(ClaimProjection g, String from, String to, int maxHops, int k, PathRanking rankBy,
			boolean followDirection) {
		return new PathFinder.Query(node(g, from), node(g, to), maxHops, k, rankBy, followDirection,
				this.properties.maxExpansions());
	}

	/** The paths of {@code query} on {@code g}: on a snapshot, the answer kept for the same question if any. */
	PathFinder.Result paths(ClaimProjection g, ProjectionFilter filter, PathFinder.Query query) {
		return this.answers.get(g, List.of("paths", filter, query),
				() -> compute(() -> PathFinder.find(g, filter, query)));
	}

	/** The answer of paths found on {@code g}, with their details. */
	Answer<List<InfluencePath>> influencePaths(ProjectionHolder.Snapshot snapshot, ClaimProjection g, String from,
			String to, PathFinder.Result found, AnswerDetail detail) {
		AnswerDetails.Named named = this.details.of(g, found.routes(), new int[0], detail);
		List<InfluencePath> paths = found.routes().stream().map(named::path).toList();
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
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		return exposure(snapshot, on(snapshot, filter), entity, direction, maxHops, first, maxPaths, filter, detail);
	}

	/**
	 * The same, listing routes ({@link Exposure#paths}) only for the counterparts {@code routesFor} accepts, by id and
	 * total share ({@code null}: none known); the others' come back empty (and {@code pathsComplete}). For a caller
	 * that reads a few counterparts' routes: the listing is most of an answer's cost.
	 */
	public Answer<List<Exposure>> exposure(String entity, ExposureDirection direction, int maxHops, int first,
			int maxPaths, ClaimFilter filter, AnswerDetail detail, BiPredicate<String, Double> routesFor) {
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		ClaimProjection g = on(snapshot, filter);
		return exposure(snapshot, g, entity, direction, maxHops, first, maxPaths, filter, detail,
				(node, share) -> routesFor.test(g.entityId(node), share));
	}

	/** The same on {@code g}: the snapshot's projection, or a scenario's overlay of it. */
	Answer<List<Exposure>> exposure(ProjectionHolder.Snapshot snapshot, ClaimProjection g, String entity,
			ExposureDirection direction, int maxHops, int first, int maxPaths, ClaimFilter filter,
			AnswerDetail detail) {
		return exposure(snapshot, g, entity, direction, maxHops, first, maxPaths, filter, detail,
				ExposureEngine.RoutesFor.ALL);
	}

	private Answer<List<Exposure>> exposure(ProjectionHolder.Snapshot snapshot, ClaimProjection g, String entity,
			ExposureDirection direction, int maxHops, int first, int maxPaths, ClaimFilter filter,
			AnswerDetail detail, ExposureEngine.RoutesFor routesFor) {
		ExposureEngine.Query query = exposureQuery(g, entity, direction, maxHops, first, maxPaths);
		ProjectionFilter walked = ProjectionFilter.of(dependency(filter));
		ExposureEngine.Result result = routesFor == ExposureEngine.RoutesFor.ALL ? exposure(g, walked, query)
				: compute(() -> ExposureEngine.compute(g, walked, query, routesFor));
		return exposure(snapshot, g, entity, maxHops, result, detail);
	}

	/** The question of {@link #exposure} on node indexes, with the configured budget. */
	ExposureEngine.Query exposureQuery(ClaimProjection g, String entity, ExposureDirection direction, int maxHops,
			int first, int maxPaths) {
		return new ExposureEngine.Query(node(g, entity), direction, maxHops, first, maxPaths,
				this.properties.maxExpansions());
	}

	/**
	 * The exposure of {@code query} on {@code g} walking the claims {@code walked} passes (the dependency filter),
	 * every route listed: on a snapshot, the answer kept for the same question if any.
	 */
	ExposureEngine.Result exposure(ClaimProjection g, ProjectionFilter walked, ExposureEngine.Query query) {
		return this.answers.get(g, List.of("exposure", walked, query),
				() -> compute(() -> ExposureEngine.compute(g, walked, query)));
	}

	/** The answer kept for the question of {@link #exposure(ClaimProjection, ProjectionFilter, ExposureEngine.Query)}, {@code null} when none is. */
	ExposureEngine.Result keptExposure(ClaimProjection g, ProjectionFilter walked, ExposureEngine.Query query) {
		return this.answers.kept(g, List.of("exposure", walked, query));
	}

	/**
	 * The exposure of {@code query} on {@code g} and on {@code overlay}, an overlay of it, in one walk
	 * ({@link ExposureEngine#computeJoint}), each equal to the answer asked alone; the answer on {@code g} is kept as
	 * {@link #exposure(ClaimProjection, ProjectionFilter, ExposureEngine.Query)} keeps it.
	 */
	ExposureEngine.Result[] exposureWithOverlay(ClaimProjection g, OverlaidProjection overlay, ProjectionFilter walked,
			ExposureEngine.Query query) {
		ExposureEngine.Result[] both = compute(() -> ExposureEngine.computeJoint(g, overlay, walked, query));
		this.answers.keep(g, List.of("exposure", walked, query), both[0]);
		return both;
	}

	/** The answer of an exposure computed on {@code g}, with its details. */
	Answer<List<Exposure>> exposure(ProjectionHolder.Snapshot snapshot, ClaimProjection g, String entity,
			int maxHops, ExposureEngine.Result result, AnswerDetail detail) {
		List<ProjectedRoute> routes = result.exposures().stream().flatMap(e -> e.routes().stream()).toList();
		int[] counterparts = result.exposures().stream().mapToInt(ExposureEngine.Exposed::node).toArray();
		AnswerDetails.Named named = this.details.of(g, routes, counterparts, detail);
		List<Exposure> exposures = result.exposures()
			.stream()
			.map(e -> new Exposure(named.entity(e.node()), e.directShare(), e.indirectShare(), e.totalShare(),
					e.shareKnown(), e.amountUsd(), e.routes().stream().map(named::path).toList(), e.pathCount(),
					e.routesComplete()))
			.toList();
		List<String> warnings = warnings(snapshot);
		if (!result.complete()) {
			warnings.add("exposure of " + entity + ": the enumeration of chains of " + maxHops + " steps reached its "
					+ "budget (ecograph.analysis.max-expansions = " + this.properties.maxExpansions()
					+ "); the shares cover the paths enumerated only. Chains of up to 3 steps are always exact.");
		}
		return new Answer<>(exposures, g.version(), warnings);
	}

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
		return ranking(kinds, weightBy, first, filter, detail, false);
	}

	/**
	 * The same; {@code exact} asks for scores computed on the answer's own graph version, never an older ranking
	 * served within {@code ecograph.analysis.ranking-interval} (a saved question, which is asked once per version).
	 */
	public Answer<List<RankedEntity>> ranking(Set<EntityKind> kinds, RankingWeight weightBy, int first,
			ClaimFilter filter, AnswerDetail detail, boolean exact) {
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		ClaimProjection g = on(snapshot, filter);
		RankingCache.Ranked ranked = compute(() -> this.rankings.ranked(g, ProjectionFilter.of(filter), weightBy,
				exact));
		return ranking(snapshot, g, ranked, kinds, first, detail);
	}

	/** The first entities of {@code ranked} (a ranking of {@code g}) of the given kinds, with their details. */
	Answer<List<RankedEntity>> ranking(ProjectionHolder.Snapshot snapshot, ClaimProjection g,
			RankingCache.Ranked ranked, Set<EntityKind> kinds, int first, AnswerDetail detail) {
		RankingCache.Top top = ranked.top(first, g, v -> g.present(v)
				&& (kinds == null || kinds.isEmpty() || kinds.contains(g.entityKind(v))));
		AnswerDetails.Named named = this.details.of(g, List.of(), top.nodes(), detail);
		List<RankedEntity> answer = new ArrayList<>();
		for (int i = 0; i < top.nodes().length; i++) {
			answer.add(new RankedEntity(named.entity(top.nodes()[i]), top.scores()[i], ranked.version()));
		}
		List<String> warnings = warnings(snapshot);
		if (ranked.version() < g.version()) {
			warnings.add("The ranking was computed on graph version " + ranked.version() + ", less than "
					+ "ecograph.analysis.ranking-interval before this answer on version " + g.version() + ": under a "
					+ "stream of writes a ranking is recomputed at most once per interval, so relations written since "
					+ "are not counted and entities added since are not ranked yet (each entity's computedOnVersion "
					+ "says so). Ask again after the interval for the ranking of the current graph.");
		}
		return new Answer<>(answer, g.version(), warnings);
	}

	/**
	 * Every entity within {@code hops} relations passing {@code relations} of the start entities, nearest first (by
	 * distance, then id; neighbours of a kind outside {@code kinds} are not entered), cut at {@code limit}, with the
	 * relations passing {@code relations} among the entities kept; from memory, with the names, kinds and ends the
	 * projection holds.
	 * @param kinds entity kinds that may be entered; {@code null} for all
	 */
	public Neighbourhood neighbourhood(List<String> starts, int hops, ClaimFilter relations, Set<EntityKind> kinds,
			int limit) {
		ClaimProjection g = this.projections.snapshot().projection();
		List<String> unknown = starts.stream().filter(id -> g.node(id) < 0).distinct().toList();
		if (!unknown.isEmpty()) {
			return new Neighbourhood(unknown, List.of(), List.of(), false, g.version());
		}
		NeighbourhoodWalk.Reach reach = NeighbourhoodWalk.around(g, starts.stream().mapToInt(g::node).toArray(), hops,
				ProjectionFilter.of(relations), kinds, limit);
		boolean named = g.namesKnown();
		List<Neighbourhood.Node> nodes = new ArrayList<>();
		for (int v : reach.nodes()) {
			nodes.add(new Neighbourhood.Node(g.entityId(v), named ? g.entityName(v) : null, g.entityKind(v)));
		}
		List<Neighbourhood.Link> links = new ArrayList<>();
		for (int c : reach.claims()) {
			links.add(new Neighbourhood.Link(g.claimId(c), g.entityId(g.src(c)), g.entityId(g.dst(c)), g.kind(c)));
		}
		return new Neighbourhood(List.of(), nodes, links, reach.truncated(), g.version());
	}

	/** Who funds {@code target}, how much, with what share, and whether the shares add up. */
	public FundingSummary fundingSummary(String target, ClaimFilter filter) {
		return this.funding.of(target, filter);
	}

	/**
	 * The graph a question with {@code filter} is answered on: the snapshot's projection, or, with
	 * {@link ClaimFilter#knownOn}, that projection as known at the end of that day ({@link DayProjections}: the
	 * claims, figures and merges of that day). The filter's {@code knownOn} then leaves out nothing more (every claim
	 * of the day's graph was recorded by the day), and keeps the day's answers apart in the caches keyed by filter.
	 */
	ClaimProjection on(ProjectionHolder.Snapshot snapshot, ClaimFilter filter) {
		return this.days.on(snapshot.projection(), filter.knownOn());
	}

	/** The filter exposure uses: {@link #DEFAULT_EXPOSURE_KINDS} when it names no kinds. */
	static ClaimFilter dependency(ClaimFilter filter) {
		return filter.kinds() == null ? filter.withKinds(DEFAULT_EXPOSURE_KINDS) : filter;
	}

	/** Runs {@code work} in one of the {@code ecograph.analysis.max-concurrent} computation slots. */
	<T> T compute(Supplier<T> work) {
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

	static List<String> warnings(ProjectionHolder.Snapshot snapshot) {
		List<String> warnings = new ArrayList<>();
		if (snapshot.stale()) {
			warnings.add("The graph changed (a newer version than " + snapshot.projection().version()
					+ " exists) and its analysis snapshot is still being built: this answer is from version "
					+ snapshot.projection().version() + ". Ask again in a few seconds for the current graph.");
		}
		return warnings;
	}

	static int node(ClaimProjection g, String id) {
		int node = g.node(id);
		if (node < 0) {
			throw new EntityNotFoundException(id);
		}
		return node;
	}

}
