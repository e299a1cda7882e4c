package org.ecograph.analysis.projection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.ranking.PageRank;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.analysis.scenario.Chokepoints;
import org.ecograph.analysis.scenario.CriticalClaims;
import org.ecograph.analysis.scenario.ScenarioInput;
import org.ecograph.analysis.scenario.Scenarios;
import org.ecograph.analysis.scenario.Unchanged;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;

/**
 * The targets of issue 17 on the engine alone, on the projection of {@code bench/Generate.java}'s CSV files (as
 * {@link ProjectionBenchmark}: no database, no HTTP): a scenario removing one hub, for exposure and paths, beside the
 * plain question (the scenario's cost is what {@code ScenarioService} computes: the overlay, {@code before} from the
 * answer cache or computed, then {@code after} unless {@link Unchanged} proves it is {@code before}); the critical claims of a path answer; the chokepoints of a hub; and the
 * analysis part of evaluating 1,000 saved questions after a version, on one thread as the watch evaluator runs them.
 * Outside {@code mvn verify}; the commands are in docs/benchmarks.md (the scenario group: "Scenarios: before from the
 * answer cache").
 *
 * <pre>java -cp ... org.ecograph.analysis.projection.ScenarioBenchmark DIR [REQUESTS [THREADS [WATCHES]]]</pre>
 */
public final class ScenarioBenchmark {

	/** The threshold of the EXPOSURE_ABOVE watches: their routes are listed only at or above it. */
	private static final double THRESHOLD = 0.25;

	/** The search budget of the API's default ({@code ecograph.analysis.max-expansions}). */
	private static final long BUDGET = 2_000_000;

	private ScenarioBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
		int watches = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
		long started = System.nanoTime();
		ClaimProjection g = ProjectionBenchmark.load(dir);
		System.out.printf(Locale.ROOT, "projection: %d entities, %d claims, built from CSV in %.1f s%n",
				g.entityCount(), g.claimCount(), (System.nanoTime() - started) / 1e9);
		int[] hubs = ProjectionBenchmark.hubs(g, 10);
		System.out.printf("hubs removed: the 10 largest, %d to %d claims%n", g.degree(hubs[0]), g.degree(hubs[9]));
		SplittableRandom random = new SplittableRandom(7);
		int[][] pairs = pairs(g, hubs, random);
		int[] entities = random.ints(200, 0, g.entityCount()).toArray();
		ProjectionFilter all = ProjectionFilter.of(ClaimFilter.NONE);
		ProjectionFilter dependency = ProjectionFilter.of(ClaimFilter.NONE.withKinds(RelationKind.exposureDefaults()));
		String only = System.getProperty("bench.only", "scenario,evidence,watches");

		if (only.contains("scenario")) {
			scenarios(g, hubs, entities, pairs, all, dependency, requests, threads);
		}
		if (only.contains("evidence")) {
			List<int[]> answered = new ArrayList<>();
			for (int[] p : pairs) {
				if (!PathFinder.find(g, all, paths(p, PathRanking.HOPS)).routes().isEmpty()) {
					answered.add(p);
				}
			}
			System.out.printf("pairs with a path (criticalClaims asked of the first): %d of %d%n", answered.size(),
					pairs.length);
			if (!answered.isEmpty()) {
				ProjectionBenchmark.time("criticalClaims of a path (first of k=5)", requests, threads, i -> {
					int[] p = answered.get(i % answered.size());
					PathFinder.Query q = paths(p, PathRanking.HOPS);
					// as ScenarioService: the answer once, then the path's claims each asked again without it
					ProjectedRoute first = PathFinder.find(g, all, q).routes().get(0);
					CriticalClaims.ofPath(g, all, q, first.nodes(), first.claims(), true, new boolean[] { true });
				});
			}
			for (ExposureDirection direction : ExposureDirection.values()) {
				ProjectionBenchmark.time("chokepoints of a hub, " + direction, Math.min(requests, 20), threads,
						i -> Chokepoints.of(g, dependency, new ExposureEngine.Query(hubs[i % hubs.length], direction,
								3, 1, 0, BUDGET), new boolean[] { true }));
			}
		}
		if (only.contains("watches")) {
			savedQuestions(g, all, dependency, hubs, entities, pairs, watches);
		}
	}

	/**
	 * A scenario removing one hub, for exposure and paths, beside the plain question, three ways: both sides computed
	 * (as {@code ScenarioService} answered before the answer cache and the {@link Unchanged} rules), cold (the
	 * overlay, {@code before} computed, the rules, {@code after} only when they do not hold) and warm ({@code before}
	 * kept by a {@link VersionAnswers} since the plain question was asked just before, the analyst's workflow). The
	 * four are timed interleaved, request by request on one thread (the plain question and each scenario way, on the
	 * same entity or pair and the same hub, in an order that rotates from one request to the next), so that a machine whose load drifts (other work on the two cores) weighs
	 * on all four alike and the ratios of their p50s stay meaningful. Then how many requests the rules skipped
	 * {@code after} for.
	 */
	private static void scenarios(ClaimProjection g, int[] hubs, int[] entities, int[][] pairs, ProjectionFilter all,
			ProjectionFilter dependency, int requests, int threads) throws Exception {
		VersionAnswers answers = new VersionAnswers(1000);
		for (int e : entities) {
			answers.get(g, List.of("exposure", e), () -> ExposureEngine.compute(g, dependency, exposure(e)));
		}
		for (int[] p : pairs) {
			for (PathRanking ranking : PathRanking.values()) {
				answers.get(g, List.of("paths", p[0], p[1], ranking), () -> PathFinder.find(g, all, paths(p, ranking)));
			}
		}
		int[] skipped = new int[2];
		interleaved("exposure DOWNSTREAM 3 hops first 50", requests, skipped,
				i -> ExposureEngine.compute(g, dependency, exposure(entities[i % entities.length])), i -> {
					int e = entities[i % entities.length];
					ClaimProjection overlay = withoutHub(g, hubs, i, e, e);
					ExposureEngine.compute(g, dependency, exposure(e));
					ExposureEngine.compute(overlay, dependency, exposure(e));
					return false;
				}, i -> exposureScenario(g, hubs, entities, dependency, answers, i, false),
				i -> exposureScenario(g, hubs, entities, dependency, answers, i, true));
		for (PathRanking ranking : PathRanking.values()) {
			interleaved("influencePaths " + ranking + " k=5 maxHops=4", requests, skipped,
					i -> PathFinder.find(g, all, paths(pairs[i % pairs.length], ranking)), i -> {
						int[] p = pairs[i % pairs.length];
						ClaimProjection overlay = withoutHub(g, hubs, i, p[0], p[1]);
						PathFinder.find(g, all, paths(p, ranking));
						PathFinder.find(overlay, all, paths(p, ranking));
						return false;
					}, i -> pathsScenario(g, hubs, pairs, all, ranking, answers, i, false),
					i -> pathsScenario(g, hubs, pairs, all, ranking, answers, i, true));
		}
	}

	/**
	 * As {@code ScenarioService}: the overlay; warm, before kept, the rule, after when it does not hold; cold, the
	 * plain question alone when the rule's reach part holds, else both sides in one joint walk.
	 */
	private static boolean exposureScenario(ClaimProjection g, int[] hubs, int[] entities, ProjectionFilter dependency,
			VersionAnswers answers, int i, boolean warm) {
		int e = entities[i % entities.length];
		OverlaidProjection overlay = withoutHub(g, hubs, i, e, e);
		if (!warm) {
			// cold, as ScenarioService: the plain question alone when the scenario is out of its reach, else both
			// sides in one walk (ExposureEngine.computeJoint)
			if (Unchanged.exposureOutOfReach(overlay, dependency, exposure(e))) {
				ExposureEngine.Result before = ExposureEngine.compute(g, dependency, exposure(e));
				if (Unchanged.exposureExact(before)) {
					return true;
				}
				ExposureEngine.compute(overlay, dependency, exposure(e));
				return false;
			}
			ExposureEngine.computeJoint(g, overlay, dependency, exposure(e));
			return false;
		}
		ExposureEngine.Result before = answers.get(g, List.of("exposure", e),
				() -> ExposureEngine.compute(g, dependency, exposure(e)));
		if (Unchanged.exposure(overlay, dependency, exposure(e), before)) {
			return true;
		}
		ExposureEngine.compute(overlay, dependency, exposure(e));
		return false;
	}

	private static boolean pathsScenario(ClaimProjection g, int[] hubs, int[][] pairs, ProjectionFilter all,
			PathRanking ranking, VersionAnswers answers, int i, boolean warm) {
		int[] p = pairs[i % pairs.length];
		OverlaidProjection overlay = withoutHub(g, hubs, i, p[0], p[1]);
		PathFinder.Result before = warm
				? answers.get(g, List.of("paths", p[0], p[1], ranking), () -> PathFinder.find(g, all, paths(p, ranking)))
				: PathFinder.find(g, all, paths(p, ranking));
		if (Unchanged.paths(overlay, all, before)) {
			return true;
		}
		PathFinder.find(overlay, all, paths(p, ranking));
		return false;
	}

	/**
	 * Times the plain question and the three scenario ways request by request, in an order that rotates (20 warm-up
	 * rounds first), prints each
	 * one's p50/p95/p99 and the ratio of its p50 to the plain one's, and how often the rules skipped after.
	 */
	private static void interleaved(String name, int requests, int[] unused,
			java.util.function.IntConsumer plain, java.util.function.IntPredicate... ways) {
		String[] names = { "both sides computed", "cold", "warm" };
		for (int i = 0; i < Math.min(20, requests); i++) {
			plain.accept(requests + i);
			for (java.util.function.IntPredicate way : ways) {
				way.test(requests + i);
			}
		}
		double[][] ms = new double[1 + ways.length][requests];
		int[] skips = new int[ways.length];
		for (int i = 0; i < requests; i++) {
			// the order rotates per request: none always runs first (cold CPU caches) or right after another on the
			// same question (warm ones)
			for (int k = 0; k <= ways.length; k++) {
				int w = (i + k) % (ways.length + 1) - 1;
				long t = System.nanoTime();
				if (w < 0) {
					plain.accept(i);
				}
				else if (ways[w].test(i)) {
					skips[w]++;
				}
				ms[1 + w][i] = (System.nanoTime() - t) / 1e6;
			}
		}
		for (double[] m : ms) {
			java.util.Arrays.sort(m);
		}
		double plainP50 = pct(ms[0], 50);
		System.out.printf(Locale.ROOT, "%-44s p50 %7.2f  p95 %7.2f  p99 %7.2f ms%n", name, plainP50, pct(ms[0], 95),
				pct(ms[0], 99));
		for (int w = 0; w < ways.length; w++) {
			System.out.printf(Locale.ROOT, "  scenario without a hub, %-19s p50 %7.2f  p95 %7.2f  p99 %7.2f ms  %5.2fx%s%n",
					names[w], pct(ms[1 + w], 50), pct(ms[1 + w], 95), pct(ms[1 + w], 99), pct(ms[1 + w], 50) / plainP50,
					w == 0 ? "" : "  (after skipped for " + skips[w] + " of " + requests + ")");
		}
	}

	private static double pct(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	/**
	 * The analysis the watch evaluator asks after a version, for {@code count} saved questions of the four kinds in
	 * equal parts: NEW_PATH (STRENGTH, k 5, 3 hops), EXPOSURE_ABOVE (UPSTREAM, 3 hops, 200 counterparts, 3 routes
	 * each), RANK_TOP (a look-up in the version's PageRank, computed with its order) and ENTITY_TOUCHED (the entity's
	 * claims). As the evaluator runs a round: the watches asking the same computation grouped (one path search per
	 * pair, one exposure per entity, one PageRank for every RANK_TOP, one claim list per entity), the groups on a pool
	 * of {@code -Dbench.watchThreads} threads (default: the available processors), an exposure listing routes only for
	 * the counterparts at or above the watches' threshold (0.25), as {@code Questions} asks it.
	 * {@code -Dbench.watches=one-by-one} asks every watch on its own on one thread, every route listed, as rounds did
	 * before. The database's part (the
	 * fingerprints read, the changed answers and events written) is not in it.
	 */
	private static void savedQuestions(ClaimProjection g, ProjectionFilter all, ProjectionFilter dependency, int[] hubs,
			int[] entities, int[][] pairs, int count) throws Exception {
		boolean oneByOne = "one-by-one".equals(System.getProperty("bench.watches"));
		int threads = Integer.getInteger("bench.watchThreads", Runtime.getRuntime().availableProcessors());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(oneByOne ? 1 : threads);
		try {
			for (int round = 1; round <= 3; round++) {
				// the questions of the round: kind and argument of each watch; grouped, each distinct one once
				java.util.Map<String, java.util.concurrent.Callable<Long>> asked = new java.util.LinkedHashMap<>();
				int distinct = 0;
				java.util.concurrent.atomic.AtomicLongArray spent = new java.util.concurrent.atomic.AtomicLongArray(4);
				for (int w = 0; w < count; w++) {
					int at = w;
					String key = switch (w % 4) {
						case 0 -> "path " + (w % pairs.length);
						case 1 -> "exposure " + entities[w % entities.length];
						case 2 -> "pagerank";
						default -> "touched " + entities[w % entities.length];
					};
					java.util.concurrent.Callable<Long> question = switch (w % 4) {
						case 0 -> () -> (long) PathFinder.find(g, all, new PathFinder.Query(pairs[at % pairs.length][0],
								pairs[at % pairs.length][1], 3, 5, PathRanking.STRENGTH, false, BUDGET)).routes().size();
						case 1 -> () -> (long) ExposureEngine.compute(g, dependency, new ExposureEngine.Query(
								entities[at % entities.length], ExposureDirection.UPSTREAM, 3, 200, 3, BUDGET),
								oneByOne ? ExposureEngine.RoutesFor.ALL : (node, share) -> share != null && share >= THRESHOLD)
							.exposures()
							.size();
						// the scores and their order, as the ranking cache computes a version's ranking
						case 2 -> () -> (long) PageRank.order(PageRank.scores(g, all, RankingWeight.AMOUNT)).length;
						default -> () -> {
							long[] claims = { 0 };
							g.forEachIncident(entities[at % entities.length], c -> claims[0]++);
							return claims[0];
						};
					};
					java.util.concurrent.Callable<Long> timed = question;
					question = () -> {
						long t = System.nanoTime();
						try {
							return timed.call();
						}
						finally {
							spent.addAndGet(at % 4, System.nanoTime() - t);
						}
					};
					if (oneByOne) {
						asked.put(key + " #" + w, question);
					}
					else if (asked.putIfAbsent(key, question) == null) {
						distinct++;
					}
				}
				long started = System.nanoTime();
				long sink = 0;
				if (oneByOne) {
					// PageRank once per round, as the ranking cache computes it once per version
					asked.keySet().removeIf(k -> k.startsWith("pagerank") && !k.equals("pagerank #2"));
				}
				List<java.util.concurrent.Future<Long>> futures = new ArrayList<>();
				for (java.util.concurrent.Callable<Long> question : asked.values()) {
					futures.add(pool.submit(question));
				}
				for (java.util.concurrent.Future<Long> f : futures) {
					sink += f.get();
				}
				double total = (System.nanoTime() - started) / 1e9;
				System.out.printf(Locale.ROOT,
						"%d saved questions, round %d, %s: %.2f s (%d computations; time in them: NEW_PATH %.2f s,"
								+ " EXPOSURE_ABOVE %.2f s, PageRank %.2f s, ENTITY_TOUCHED %.3f s) [%d]%n",
						count, round, oneByOne ? "one by one on one thread" : "grouped on " + threads + " threads",
						total, oneByOne ? asked.size() : distinct, spent.get(0) / 1e9, spent.get(1) / 1e9,
						spent.get(2) / 1e9, spent.get(3) / 1e9, sink);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** An overlay removing one of the hubs (one that is not an end of the question), as a scenario would. */
	private static OverlaidProjection withoutHub(ClaimProjection g, int[] hubs, int i, int a, int b) {
		int hub = hubs[i % hubs.length];
		for (int j = 1; hub == a || hub == b; j++) {
			hub = hubs[(i + j) % hubs.length];
		}
		return Scenarios.overlay(g, new ScenarioInput(List.of(g.entityId(hub)), null, null, null));
	}

	private static ExposureEngine.Query exposure(int entity) {
		return new ExposureEngine.Query(entity, ExposureDirection.DOWNSTREAM, 3, 50, 3, BUDGET);
	}

	private static PathFinder.Query paths(int[] p, PathRanking ranking) {
		return new PathFinder.Query(p[0], p[1], 4, 5, ranking, false, BUDGET);
	}

	/** 40 pairs, about a quarter with a hub end, as {@link ProjectionBenchmark} draws them. */
	private static int[][] pairs(ClaimProjection g, int[] hubs, SplittableRandom random) {
		int[][] pairs = new int[40][];
		for (int i = 0; i < pairs.length; i++) {
			int a = i % 8 == 0 ? hubs[random.nextInt(hubs.length)] : random.nextInt(g.entityCount());
			int b = i % 4 == 0 ? hubs[random.nextInt(hubs.length)] : random.nextInt(g.entityCount());
			pairs[i] = new int[] { a, b == a ? (b + 1) % g.entityCount() : b };
		}
		return pairs;
	}

}
