package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.ecograph.analysis.exposure.ExposureCalculator;
import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.ClaimGraph;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.paths.PathSearch;
import org.ecograph.analysis.paths.Route;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.RandomClaims;
import org.ecograph.analysis.projection.StepWeights;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Critical claims and chokepoints against brute force on random multigraphs ({@link RandomClaims}): every claim of
 * the graph removed in turn and the question asked again of the brute-force oracles ({@link PathSearch},
 * {@link ExposureCalculator}); every entity removed in turn and the exposure asked again (v cuts t off iff t
 * has a known total share within the hop bound and loses it without v).
 */
class EvidencePropertyTests {

	private static final ProjectionFilter ALL = ProjectionFilter.of(ClaimFilter.NONE);

	@Property(tries = 300)
	void criticalClaimsOfPathsAreThoseWhoseRemovalChangesTheAnswer(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops, @ForAll @IntRange(min = 1, max = 4) int k,
			@ForAll boolean byHops, @ForAll boolean followDirection) {
		List<Claim> claims = RandomClaims.of(new Random(seed));
		ClaimProjection g = TestProjections.of(List.of("company:a", "company:b"), claims);
		PathRanking ranking = byHops ? PathRanking.HOPS : PathRanking.STRENGTH;
		PathFinder.Query q = new PathFinder.Query(g.node("company:a"), g.node("company:b"), maxHops, k, ranking,
				followDirection, Long.MAX_VALUE);
		List<ProjectedRoute> answer = PathFinder.find(g, ALL, q).routes();
		StepWeights weights = weights(claims);
		for (int i = 0; i < answer.size(); i++) {
			ProjectedRoute path = answer.get(i);
			List<String> nodes = ids(g, path.nodes());
			java.util.Set<String> ofPath = new HashSet<>();
			for (int c : path.claims()) {
				ofPath.add(g.claimId(c));
			}
			List<String> expected = new ArrayList<>();
			for (Claim removed : claims) {
				List<Claim> rest = claims.stream().filter(c -> c != removed).toList();
				List<Route> again = PathSearch.kBest(ClaimGraph.of(List.of("company:a", "company:b"), rest),
						weights(rest), new PathSearch.Query("company:a", "company:b", maxHops, k, ranking,
								followDirection, Long.MAX_VALUE))
					.routes();
				boolean holds = i == 0 ? !again.isEmpty() && again.get(0).nodeIds().equals(nodes)
						: again.stream().anyMatch(r -> r.nodeIds().equals(nodes));
				if (!holds && ofPath.contains(removed.id())) {
					expected.add(removed.id());
				}
				else if (!holds) {
					// a claim off the path moves it only by rescaling every amount: it holds the largest one
					assertThat(removed.amountUsd()).as("path %d without %s", i, removed.id())
						.isEqualTo(claims.stream().map(Claim::amountUsd).filter(a -> a != null).max(Double::compare)
							.orElseThrow());
				}
			}
			boolean[] complete = { true };
			int[] critical = CriticalClaims.ofPath(g, ALL, q, path.nodes(), path.claims(), i == 0, complete);
			List<String> actual = new ArrayList<>();
			for (int c : critical) {
				actual.add(g.claimId(c));
			}
			assertThat(complete[0]).isTrue();
			assertThat(new HashSet<>(actual)).as("path %d %s", i, path.key(g)).isEqualTo(new HashSet<>(expected));
			// in the path's step order
			List<String> steps = new ArrayList<>();
			for (int c : path.claims()) {
				if (actual.contains(g.claimId(c))) {
					steps.add(g.claimId(c));
				}
			}
			assertThat(actual).isEqualTo(steps);
		}
		assertThat(weights).isNotNull();
	}

	/** A path that the largest amount's holder, off the path, pushes out of the k when removed (amounts rescale). */
	@net.jqwik.api.Example
	void theHolderOfTheLargestAmountOffAPathIsNotItsCriticalClaim() {
		criticalClaimsOfPathsAreThoseWhoseRemovalChangesTheAnswer(2, 2, 3, false, true);
	}

	@Property(tries = 300)
	void criticalClaimsOfAnExposureAreTheClaimsWhoseRemovalLowersItsShareMost(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops, @ForAll boolean upstream,
			@ForAll @IntRange(min = 1, max = 4) int first) {
		List<Claim> claims = RandomClaims.of(new Random(seed));
		ClaimProjection g = TestProjections.of(List.of("company:a"), claims);
		ExposureDirection direction = upstream ? ExposureDirection.UPSTREAM : ExposureDirection.DOWNSTREAM;
		Map<String, Double> totals = totals(claims, direction, maxHops);
		ExposureEngine.Query q = new ExposureEngine.Query(g.node("company:a"), direction, maxHops, 1, 0,
				Long.MAX_VALUE);
		for (Map.Entry<String, Double> counterpart : totals.entrySet()) {
			double total = counterpart.getValue();
			Map<String, Double> without = new HashMap<>();
			for (Claim removed : claims) {
				Double rest = totals(claims.stream().filter(c -> c != removed).toList(), direction, maxHops)
					.get(counterpart.getKey());
				if (CriticalClaims.rounded(total - (rest == null ? 0 : rest)) > 0) {
					without.put(removed.id(), rest);
				}
			}
			List<String> expected = without.keySet()
				.stream()
				.sorted(Comparator.comparing((String id) -> -CriticalClaims
					.rounded(total - (without.get(id) == null ? 0 : without.get(id))))
					.thenComparing(id -> id))
				.limit(first)
				.toList();
			boolean[] complete = { true };
			List<CriticalClaims.Critical> actual = CriticalClaims.ofExposure(g, ALL, q,
					g.node(counterpart.getKey()), first, complete);
			assertThat(complete[0]).isTrue();
			assertThat(actual.stream().map(c -> g.claimId(c.claim())).toList()).as("to %s", counterpart.getKey())
				.isEqualTo(expected);
			for (CriticalClaims.Critical c : actual) {
				Double rest = without.get(g.claimId(c.claim()));
				if (rest == null) {
					assertThat(c.totalShareWithout()).isNaN();
				}
				else {
					assertThat(c.totalShareWithout()).isCloseTo(rest, within(1e-9));
				}
			}
		}
	}

	@Property(tries = 300)
	void chokepointsAreTheEntitiesWhoseRemovalTakesEveryChainWithinTheBoundAway(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 5) int maxHops, @ForAll boolean upstream) {
		Random random = new Random(seed);
		List<Claim> claims = RandomClaims.of(random, 4 + random.nextInt(12), 24);
		ClaimProjection g = TestProjections.of(List.of("company:a"), claims);
		ExposureDirection direction = upstream ? ExposureDirection.UPSTREAM : ExposureDirection.DOWNSTREAM;
		// brute force: v cuts t off when t has a known total share and loses it once v and its claims are gone
		Map<String, Double> totals = totals(claims, direction, maxHops);
		double all = totals.values().stream().mapToDouble(Double::doubleValue).sum();
		Map<String, Integer> dominated = new HashMap<>();
		Map<String, Double> dependent = new HashMap<>();
		for (String v : totals.keySet()) {
			List<Claim> rest = claims.stream().filter(c -> !c.fromId().equals(v) && !c.toId().equals(v)).toList();
			Set<String> cut = new HashSet<>(totals.keySet());
			cut.removeAll(totals(rest, direction, maxHops).keySet());
			assertThat(cut).as("removing %s takes its own exposure away", v).contains(v);
			if (cut.size() > 1) {
				dominated.put(v, cut.size() - 1);
				dependent.put(v, cut.stream().mapToDouble(totals::get).sum());
			}
		}
		boolean[] complete = { true };
		List<Chokepoints.Chokepoint> actual = Chokepoints.of(g, ALL, new ExposureEngine.Query(g.node("company:a"),
				direction, maxHops, 1, 0, Long.MAX_VALUE), complete);
		assertThat(complete[0]).isTrue();
		Map<String, Integer> actualDominated = new HashMap<>();
		actual.forEach(c -> actualDominated.put(g.entityId(c.node()), c.dominated()));
		assertThat(actualDominated).isEqualTo(dominated);
		Statistics.label("chokepoints").collect(actual.isEmpty() ? "none" : actual.size() == 1 ? "one" : "several");
		for (Chokepoints.Chokepoint c : actual) {
			String id = g.entityId(c.node());
			assertThat(c.dependentTotalShare()).isCloseTo(dependent.get(id), within(1e-9));
			if (all == 0) {
				assertThat(c.dependentShare()).isNaN();
			}
			else {
				assertThat(c.dependentShare()).isCloseTo(dependent.get(id) / all, within(1e-9));
			}
		}
		for (int i = 1; i < actual.size(); i++) {
			Chokepoints.Chokepoint a = actual.get(i - 1);
			Chokepoints.Chokepoint b = actual.get(i);
			double sa = Double.isNaN(a.dependentShare()) ? -1 : a.dependentShare();
			double sb = Double.isNaN(b.dependentShare()) ? -1 : b.dependentShare();
			assertThat(sa > sb || (sa == sb && a.dominated() >= b.dominated())).isTrue();
		}
	}

	/** The oracle's known total share of every counterpart of company:a. */
	private static Map<String, Double> totals(List<Claim> claims, ExposureDirection direction, int maxHops) {
		Map<String, Double> totals = new HashMap<>();
		ExposureCalculator.compute(ClaimGraph.of(List.of("company:a"), claims), weights(claims),
				new ExposureCalculator.Query("company:a", direction, maxHops, 0, Long.MAX_VALUE))
			.exposures()
			.stream()
			.filter(e -> e.totalShare() != null)
			.forEach(e -> totals.put(e.counterpartId(), e.totalShare()));
		return totals;
	}

	private static StepWeights weights(List<Claim> claims) {
		return new StepWeights(claims.stream().map(Claim::amountUsd).filter(a -> a != null).max(Double::compare)
			.orElse(null));
	}

	private static List<String> ids(ClaimProjection g, int[] nodes) {
		List<String> ids = new ArrayList<>();
		for (int v : nodes) {
			ids.add(g.entityId(v));
		}
		return ids;
	}

	@Provide
	Arbitrary<Long> seed() {
		return Arbitraries.longs();
	}

}
