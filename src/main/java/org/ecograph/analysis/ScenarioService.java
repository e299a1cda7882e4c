package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.analysis.projection.ProjectionNotReadyException;
import org.ecograph.analysis.ranking.PageRank;
import org.ecograph.analysis.ranking.RankingCache;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.analysis.scenario.Chokepoints;
import org.ecograph.analysis.scenario.CriticalClaims;
import org.ecograph.analysis.scenario.ScenarioInput;
import org.ecograph.analysis.scenario.Scenarios;
import org.ecograph.analysis.scenario.Unchanged;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.EntityKind;
import org.ecograph.model.InvalidArgumentException;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Service;

/**
 * What-if questions and the evidence answers rest on. A scenario is a copy-on-write overlay of the current snapshot
 * for one request ({@link Scenarios}); exposure, paths and ranking run on it with the algorithms, budgets and
 * warnings of {@link AnalysisService}, beside the same question on the snapshot itself. Critical claims and
 * chokepoints ask again on one-claim overlays ({@link CriticalClaims}) and compute dominators ({@link Chokepoints}).
 * Nothing here writes; like {@link AnalysisService}, it holds no transaction but the short read of an answer's
 * details.
 */
@Service
public class ScenarioService {

	private final ProjectionHolder projections;

	private final AnalysisService analysis;

	private final AnswerDetails details;

	private final AnalysisProperties properties;

	ScenarioService(ProjectionHolder projections, AnalysisService analysis, AnswerDetails details,
			AnalysisProperties properties) {
		this.projections = projections;
		this.analysis = analysis;
		this.details = details;
		this.properties = properties;
	}

	/**
	 * The scenario laid over the current snapshot.
	 * @throws InvalidArgumentException naming every unknown id and every figure out of range
	 */
	public Scenario prepare(ScenarioInput input) {
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		return new Scenario(input, snapshot, Scenarios.overlay(snapshot.projection(), input));
	}

	/**
	 * The exposure of {@code entity} under the scenario beside the same question on the graph as it is, counterpart
	 * by counterpart: first those of the scenario's answer in its order, then those only the graph as it is has, in
	 * its order.
	 */
	public Answer<List<ScenarioExposure>> exposure(Scenario s, String entity, ExposureDirection direction,
			int maxHops, int first, int maxPaths, ClaimFilter filter, AnswerDetail detail) {
		s = onDay(s, filter);
		kept(s, entity);
		Answer<List<Exposure>> before;
		Answer<List<Exposure>> after;
		if (hypothetical(s, entity)) {
			// a hypothetical entity has no exposure on the graph as it is
			before = none(s);
			after = this.analysis.exposure(s.snapshot(), s.overlay(), entity, direction, maxHops, first, maxPaths,
					filter, detail);
		}
		else {
			// before is the plain question: answered from the snapshot's kept answers when it was just asked; after is
			// computed only when the scenario can change it (Unchanged: exact rules, with their proofs)
			ClaimProjection g = s.snapshot().projection();
			OverlaidProjection overlay = s.overlay();
			ExposureEngine.Query query = this.analysis.exposureQuery(g, entity, direction, maxHops, first, maxPaths);
			ProjectionFilter walked = ProjectionFilter.of(AnalysisService.dependency(filter));
			ExposureEngine.Result plain = this.analysis.keptExposure(g, walked, query);
			ExposureEngine.Result changed;
			if (plain != null) {
				// warm: the scenario's side alone, when it can differ
				changed = Unchanged.exposure(overlay, walked, query, plain) ? null
						: this.analysis.exposure(overlay, walked, query);
			}
			else if (Unchanged.exposureOutOfReach(overlay, walked, query)) {
				// cold, the scenario out of the question's reach: the plain question alone (kept), unless its
				// answer was cut short (then the scenario's side is computed too, as the rule asks)
				plain = this.analysis.exposure(g, walked, query);
				changed = Unchanged.exposureExact(plain) ? null : this.analysis.exposure(overlay, walked, query);
			}
			else {
				// cold: both sides in one walk over the graph and the overlay together (before kept)
				ExposureEngine.Result[] both = this.analysis.exposureWithOverlay(g, overlay, walked, query);
				plain = both[0];
				changed = both[1];
			}
			before = this.analysis.exposure(s.snapshot(), g, entity, maxHops, plain, detail);
			after = changed == null ? before
					: this.analysis.exposure(s.snapshot(), overlay, entity, maxHops, changed, detail);
		}
		Map<String, Exposure> beforeById = new LinkedHashMap<>();
		before.data().forEach(e -> beforeById.put(e.counterpart().id(), e));
		List<ScenarioExposure> joined = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Exposure a : after.data()) {
			Exposure b = beforeById.get(a.counterpart().id());
			seen.add(a.counterpart().id());
			joined.add(new ScenarioExposure(a.counterpart(), b, a, delta(b, a)));
		}
		for (Exposure b : before.data()) {
			if (!seen.contains(b.counterpart().id())) {
				joined.add(new ScenarioExposure(b.counterpart(), b, null, null));
			}
		}
		return new Answer<>(joined, s.graphVersion(), merged(before, after));
	}

	private static Double delta(Exposure before, Exposure after) {
		if (before == null || after == null || before.totalShare() == null || after.totalShare() == null) {
			return null;
		}
		return after.totalShare() - before.totalShare();
	}

	/** The paths under the scenario, and which of the graph's paths are gone and which are new. */
	public Answer<ScenarioPaths> influencePaths(Scenario s, String from, String to, int maxHops, int k,
			PathRanking rankBy, boolean followDirection, ClaimFilter filter, AnswerDetail detail) {
		s = onDay(s, filter);
		kept(s, from);
		kept(s, to);
		Answer<List<InfluencePath>> before;
		Answer<List<InfluencePath>> after;
		if (hypothetical(s, from) || hypothetical(s, to)) {
			// no path of the graph as it is reaches a hypothetical entity
			before = none(s);
			after = this.analysis.influencePaths(s.snapshot(), s.overlay(), from, to, maxHops, k, rankBy,
					followDirection, filter, detail);
		}
		else {
			// before is the plain question (kept answers); after only when the scenario can change it (Unchanged)
			ClaimProjection g = s.snapshot().projection();
			PathFinder.Query query = this.analysis.pathQuery(g, from, to, maxHops, k, rankBy, followDirection);
			ProjectionFilter walked = ProjectionFilter.of(filter);
			PathFinder.Result plain = this.analysis.paths(g, walked, query);
			before = this.analysis.influencePaths(s.snapshot(), g, from, to, plain, detail);
			after = Unchanged.paths(s.overlay(), walked, plain) ? before
					: this.analysis.influencePaths(s.snapshot(), s.overlay(), from, to,
							this.analysis.paths(s.overlay(), walked, query), detail);
		}
		Set<String> beforeKeys = new LinkedHashSet<>(before.data().stream().map(ScenarioService::key).toList());
		Set<String> afterKeys = new LinkedHashSet<>(after.data().stream().map(ScenarioService::key).toList());
		List<InfluencePath> gone = before.data().stream().filter(p -> !afterKeys.contains(key(p))).toList();
		List<InfluencePath> added = after.data().stream().filter(p -> !beforeKeys.contains(key(p))).toList();
		return new Answer<>(new ScenarioPaths(after.data(), gone, added), s.graphVersion(), merged(before, after));
	}

	/** A path's entities and claims, in order: two paths are the same when these are. */
	private static String key(InfluencePath p) {
		return String.join(",", p.nodes().stream().map(e -> e.id()).toList()) + "|"
				+ String.join(",", p.steps().stream().map(step -> step.relation().id()).toList());
	}

	/** The ranking under the scenario: PageRank over the entities and claims it keeps, computed for this request. */
	public Answer<List<RankedEntity>> ranking(Scenario s, Set<EntityKind> kinds, RankingWeight weightBy, int first,
			ClaimFilter filter, AnswerDetail detail) {
		s = onDay(s, filter);
		OverlaidProjection g = s.overlay();
		double[] scores = this.analysis.compute(() -> PageRank.scores(g, ProjectionFilter.of(filter), weightBy));
		Integer[] boxed = new Integer[scores.length];
		for (int i = 0; i < boxed.length; i++) {
			boxed[i] = i;
		}
		// As RankingCache orders: by score, then id order (the node index, but for hypothetical entities).
		int[] position = idPositions(g);
		Arrays.sort(boxed, java.util.Comparator.comparingDouble((Integer i) -> -scores[i])
			.thenComparingInt(i -> position == null ? i : position[i]));
		RankingCache.Ranked ranked = RankingCache.Ranked.of(g, scores,
				Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
		return this.analysis.ranking(s.snapshot(), g, ranked, kinds, first, detail);
	}

	/**
	 * The claims of {@code path} (a path of the answer to {@code q}) whose removal changes that answer: a claim of
	 * the first path is critical when, without it, the first path no longer walks the same entities; a claim of
	 * another path when, without it, no path of the answer walks that path's entities ({@link CriticalClaims}).
	 */
	public Answer<List<Claim>> criticalClaims(PathQuestion q, InfluencePath path) {
		ProjectionHolder.Snapshot snapshot = q.scenario() == null ? this.projections.snapshot() : q.scenario().snapshot();
		ClaimProjection g = graphOn(snapshot, q.scenario(), q.baseline(), q.filter());
		int[] nodes = path.nodes().stream().mapToInt(e -> g.node(e.id())).toArray();
		int[] claims = new int[path.hops()];
		for (int i = 0; i < path.hops(); i++) {
			claims[i] = claimBetween(g, nodes[i], nodes[i + 1], path.steps().get(i).relation().id());
		}
		PathFinder.Query query = new PathFinder.Query(AnalysisService.node(g, q.from()), AnalysisService.node(g, q.to()),
				q.maxHops(), q.k(), q.rankBy(), q.followDirection(), this.properties.maxExpansions());
		ProjectionFilter filter = ProjectionFilter.of(q.filter());
		boolean[] complete = { true };
		int[] critical = this.analysis.compute(() -> {
			PathFinder.Result answer = PathFinder.find(g, filter, query);
			complete[0] &= answer.complete();
			boolean first = !answer.routes().isEmpty() && Arrays.equals(answer.routes().get(0).claims(), claims)
					&& Arrays.equals(answer.routes().get(0).nodes(), nodes);
			return CriticalClaims.ofPath(g, filter, query, nodes, claims, first, complete);
		});
		Map<String, Claim> byId = new HashMap<>();
		path.steps().forEach(step -> byId.put(step.relation().id(), step.relation()));
		List<Claim> answer = Arrays.stream(critical).mapToObj(c -> byId.get(g.claimId(c))).toList();
		List<String> warnings = AnalysisService.warnings(snapshot);
		if (!complete[0]) {
			warnings.add("criticalClaims of a path " + q.from() + " -> " + q.to() + ": a search without a claim reached "
					+ "its budget (ecograph.analysis.max-expansions = " + this.properties.maxExpansions()
					+ "); a claim may be missing or wrongly listed. Narrow the kinds or lower maxHops.");
		}
		return new Answer<>(answer, g.version(), warnings);
	}

	/**
	 * The {@code first} claims whose removal lowers {@code exposure}'s total share most, each with the total share
	 * without it; claims whose removal changes nothing are left out.
	 */
	public Answer<List<CriticalClaim>> criticalClaims(ExposureQuestion q, Exposure exposure, int first) {
		ProjectionHolder.Snapshot snapshot = q.scenario() == null ? this.projections.snapshot() : q.scenario().snapshot();
		ClaimProjection g = graphOn(snapshot, q.scenario(), q.baseline(), q.filter());
		ExposureEngine.Query query = new ExposureEngine.Query(AnalysisService.node(g, q.entity()), q.direction(),
				q.maxHops(), 1, 0, this.properties.maxExpansions());
		int counterpart = AnalysisService.node(g, exposure.counterpart().id());
		ProjectionFilter filter = ProjectionFilter.of(AnalysisService.dependency(q.filter()));
		boolean[] complete = { true };
		List<CriticalClaims.Critical> found = this.analysis
			.compute(() -> CriticalClaims.ofExposure(g, filter, query, counterpart, first, complete));
		List<ProjectedRoute> asRoutes = found.stream()
			.map(c -> new ProjectedRoute(new int[] { g.src(c.claim()), g.dst(c.claim()) }, new int[] { c.claim() }, 0,
					Double.NaN))
			.toList();
		// The claims as stored; their ends are the Relation's own fields (the entity loader), not these entities.
		AnswerDetails.Named named = this.details.of(g, asRoutes, new int[0], AnswerDetail.CLAIMS);
		List<CriticalClaim> answer = found.stream()
			.map(c -> new CriticalClaim(named.claims().get(g.claimId(c.claim())),
					Double.isNaN(c.totalShareWithout()) ? null : c.totalShareWithout()))
			.toList();
		if (answer.stream().anyMatch(c -> c.relation() == null)) {
			throw ProjectionNotReadyException.claimGone("of " + exposure.counterpart().id());
		}
		List<String> warnings = AnalysisService.warnings(snapshot);
		if (!complete[0]) {
			warnings.add("criticalClaims of the exposure of " + q.entity() + " to " + exposure.counterpart().id()
					+ ": the enumeration of its chains reached its budget (ecograph.analysis.max-expansions = "
					+ this.properties.maxExpansions() + "); a claim may be missing. Lower maxHops.");
		}
		return new Answer<>(answer, g.version(), warnings);
	}

	/**
	 * The entities every chain of the exposure of {@code maxHops} in {@code direction} over {@code kinds} (the default
	 * exposure kinds when {@code null}) to some counterparts passes through ({@link Chokepoints}), weighed by it.
	 */
	public Answer<List<Chokepoint>> chokepoints(String entity, ExposureDirection direction, List<RelationKind> kinds,
			int maxHops, int first) {
		return chokepoints(entity, direction, kinds, maxHops, first, AnswerDetail.FULL);
	}

	/** The same, saying as much of the entities named as {@code detail} asks. */
	public Answer<List<Chokepoint>> chokepoints(String entity, ExposureDirection direction, List<RelationKind> kinds,
			int maxHops, int first, AnswerDetail detail) {
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		ClaimProjection g = snapshot.projection();
		ClaimFilter filter = AnalysisService
			.dependency(kinds == null ? ClaimFilter.NONE : ClaimFilter.NONE.withKinds(Set.copyOf(kinds)));
		ExposureEngine.Query query = new ExposureEngine.Query(AnalysisService.node(g, entity), direction, maxHops, 1, 0,
				this.properties.maxExpansions());
		boolean[] complete = { true };
		List<Chokepoints.Chokepoint> found = this.analysis
			.compute(() -> Chokepoints.of(g, ProjectionFilter.of(filter), query, complete));
		List<Chokepoints.Chokepoint> kept = found.subList(0, Math.min(first, found.size()));
		AnswerDetails.Named named = this.details.of(g, List.of(),
				kept.stream().mapToInt(Chokepoints.Chokepoint::node).toArray(), detail);
		List<Chokepoint> answer = kept.stream()
			.map(c -> new Chokepoint(named.entity(c.node()), c.dominated(), nullable(c.dependentTotalShare()),
					nullable(c.dependentShare())))
			.toList();
		List<String> warnings = AnalysisService.warnings(snapshot);
		if (!complete[0]) {
			warnings.add("chokepoints of " + entity + ": the exposure of " + maxHops + " steps reached its budget "
					+ "(ecograph.analysis.max-expansions = " + this.properties.maxExpansions()
					+ "); the dependent shares cover the chains enumerated only. The chokepoints themselves are exact.");
		}
		return new Answer<>(answer, g.version(), warnings);
	}

	private static Double nullable(double v) {
		return Double.isNaN(v) ? null : v;
	}

	private static ClaimProjection graph(ProjectionHolder.Snapshot snapshot, Scenario scenario, boolean baseline) {
		return scenario == null || baseline ? snapshot.projection() : scenario.overlay();
	}

	/**
	 * The graph a question with {@code filter} was answered on: as {@link #graph}, on the filter's {@code knownOn} day
	 * when it has one (the day's graph, or the scenario laid over it).
	 */
	private ClaimProjection graphOn(ProjectionHolder.Snapshot snapshot, Scenario scenario, boolean baseline,
			ClaimFilter filter) {
		if (filter.knownOn() == null) {
			return graph(snapshot, scenario, baseline);
		}
		return scenario == null || baseline ? this.analysis.on(snapshot, filter) : onDay(scenario, filter).overlay();
	}

	/**
	 * The scenario as known on the filter's {@code knownOn} day: laid again over the graph of that day
	 * ({@link AnalysisService#on}), its ids checked on that graph (a relation recorded after the day is unknown on it);
	 * the scenario itself without one, or when the day's graph is the current one.
	 */
	private Scenario onDay(Scenario s, ClaimFilter filter) {
		if (filter.knownOn() == null) {
			return s;
		}
		ClaimProjection day = this.analysis.on(s.snapshot(), filter);
		if (day == s.snapshot().projection()) {
			return s;
		}
		try {
			return new Scenario(s.input(), new ProjectionHolder.Snapshot(day, s.snapshot().stale()),
					Scenarios.overlay(day, s.input()));
		}
		catch (InvalidArgumentException ex) {
			throw new InvalidArgumentException("as known on " + filter.knownOn() + " (knownOn), " + ex.getMessage()
					+ " (a relation recorded after that day is not yet in the graph of that day)");
		}
	}

	/** The index of the claim with this id between two nodes. */
	private static int claimBetween(ClaimProjection g, int a, int b, String claimId) {
		if (a >= 0 && b >= 0) {
			for (int pass = 0; pass < 2; pass++) {
				ClaimProjection.Incidence at = pass == 0 ? g.outgoing() : g.incoming();
				for (int j = at.start(a), end = at.end(a); j < end; j++) {
					int c = at.claim(j);
					if (at.far(c) == b && g.claimId(c).equals(claimId)) {
						return c;
					}
				}
			}
		}
		throw ProjectionNotReadyException.claimGone(claimId);
	}

	/** Each node's place in id order, absent nodes last; {@code null} when that is the node index. */
	private static int[] idPositions(OverlaidProjection g) {
		if (g.addedEntityCount() == 0) {
			return null;
		}
		int[] order = g.presentInIdOrder();
		int[] position = new int[g.entityCount()];
		Arrays.fill(position, Integer.MAX_VALUE);
		for (int i = 0; i < order.length; i++) {
			position[order[i]] = i;
		}
		return position;
	}

	/** Whether the question names one of the scenario's hypothetical entities. */
	private static boolean hypothetical(Scenario s, String entity) {
		int v = s.overlay().node(entity);
		return v >= 0 && s.overlay().addedEntity(v);
	}

	private static <T> Answer<List<T>> none(Scenario s) {
		return new Answer<>(List.of(), s.graphVersion(), AnalysisService.warnings(s.snapshot()));
	}

	/** An entity the question names must be one the scenario keeps. */
	private static void kept(Scenario s, String entity) {
		if (s.overlay().base().node(entity) >= 0 && s.overlay().node(entity) < 0) {
			throw new InvalidArgumentException("entity " + entity
					+ " is removed by the scenario (removeEntities): ask about an entity the scenario keeps");
		}
	}

	private static List<String> merged(Answer<?> before, Answer<?> after) {
		List<String> warnings = new ArrayList<>(after.warnings());
		before.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
		return warnings;
	}

}
