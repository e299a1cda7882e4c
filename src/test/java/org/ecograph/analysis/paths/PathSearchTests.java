package org.ecograph.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.model.TestClaims.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ecograph.analysis.projection.StepWeights;
import org.ecograph.model.Claim;
import org.ecograph.model.Figures;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

class PathSearchTests {

	/** A diamond a-b-d / a-c-d with a chord b-c, a figureless a-d and a claim d->a closing a cycle. */
	private static final List<Claim> DIAMOND = List.of(
			claim("ab", RelationKind.SUPPLIES, "a", "b", null, 0.5, null, 1.0),
			claim("bd", RelationKind.SUPPLIES, "b", "d", null, 0.5, null, 1.0),
			claim("ac", RelationKind.SUPPLIES, "a", "c", null, 0.9, null, 1.0),
			claim("cd", RelationKind.SUPPLIES, "c", "d", null, 0.2, null, 1.0),
			claim("bc", RelationKind.SUPPLIES, "b", "c", null, 1.0, null, 1.0),
			claim("ad", RelationKind.PARTNERS_WITH, "a", "d", null, null, null, 1.0),
			claim("da", RelationKind.FUNDS, "d", "a", null, null, 0.8, 1.0));

	private static final StepWeights WEIGHTS = new StepWeights(null);

	@Test
	void ranksEverySimplePathByStrengthThenHops() {
		List<Route> routes = search(DIAMOND, "a", "d", 3, 10, PathRanking.STRENGTH, false).routes();
		assertThat(routes).extracting(PathSearchTests::describe)
			.containsExactly("a,d 0.8", "a,c,b,d 0.45", "a,b,d 0.25", "a,c,d 0.18", "a,d 0.1", "a,b,c,d 0.1");
	}

	@Test
	void ranksByHopsThenStrength() {
		List<Route> routes = search(DIAMOND, "a", "d", 3, 10, PathRanking.HOPS, false).routes();
		assertThat(routes).extracting(PathSearchTests::describe)
			.containsExactly("a,d 0.8", "a,d 0.1", "a,b,d 0.25", "a,c,d 0.18", "a,c,b,d 0.45", "a,b,c,d 0.1");
	}

	@Test
	void returnsTheKBestOnly() {
		List<Route> routes = search(DIAMOND, "a", "d", 3, 3, PathRanking.STRENGTH, false).routes();
		assertThat(routes).extracting(PathSearchTests::describe).containsExactly("a,d 0.8", "a,c,b,d 0.45", "a,b,d 0.25");
	}

	@Test
	void respectsTheHopLimit() {
		List<Route> routes = search(DIAMOND, "a", "d", 1, 10, PathRanking.STRENGTH, false).routes();
		assertThat(routes).extracting(PathSearchTests::describe).containsExactly("a,d 0.8", "a,d 0.1");
	}

	@Test
	void followsDirectionWhenAsked() {
		List<Route> routes = search(DIAMOND, "a", "d", 3, 10, PathRanking.STRENGTH, true).routes();
		assertThat(routes).extracting(PathSearchTests::describe)
			.containsExactly("a,b,d 0.25", "a,c,d 0.18", "a,d 0.1", "a,b,c,d 0.1");
		assertThat(routes).allSatisfy(r -> assertThat(forwardFlags(r)).containsOnly(true));
	}

	@Test
	void marksStepsWalkedAgainstTheirClaim() {
		Route best = search(DIAMOND, "a", "d", 3, 1, PathRanking.STRENGTH, false).routes().get(0);
		assertThat(best.claims()).extracting(Claim::id).containsExactly("da");
		assertThat(forwardFlags(best)).containsExactly(false);
	}

	@Test
	void stopsAtTheExpansionCap() {
		PathSearch.Result result = PathSearch.kBest(ClaimGraph.of(DIAMOND), WEIGHTS,
				new PathSearch.Query("a", "d", 3, 10, PathRanking.STRENGTH, false, 2));
		assertThat(result.truncated()).isTrue();
		assertThat(result.routes()).hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void findsNothingBetweenDisconnectedEntities() {
		List<Claim> claims = List.of(claim("ab", RelationKind.OWNS, "a", "b"), claim("cd", RelationKind.OWNS, "c", "d"));
		assertThat(search(claims, "a", "d", 6, 5, PathRanking.STRENGTH, false).routes()).isEmpty();
	}

	@Test
	void agreesWithBruteForceOnRandomGraphs() {
		Random random = new Random(42);
		for (int round = 0; round < 30; round++) {
			List<Claim> claims = randomGraph(random, 9, 22);
			for (PathRanking ranking : PathRanking.values()) {
				List<Route> all = bruteForce(claims, "n0", "n8", 4);
				all.sort(PathSearch.order(ranking));
				List<Route> expected = all.subList(0, Math.min(5, all.size()));
				List<Route> found = search(claims, "n0", "n8", 4, 5, ranking, false).routes();
				assertThat(found).extracting(Route::key).containsExactlyElementsOf(expected.stream().map(Route::key).toList());
				assertThat(found).allSatisfy(PathSearchTests::assertSimpleAndConnected);
			}
		}
	}

	private static PathSearch.Result search(List<Claim> claims, String from, String to, int maxHops, int k,
			PathRanking ranking, boolean followDirection) {
		return PathSearch.kBest(ClaimGraph.of(claims), WEIGHTS,
				new PathSearch.Query(from, to, maxHops, k, ranking, followDirection, 1_000_000));
	}

	private static String describe(Route route) {
		return String.join(",", route.nodeIds()) + " " + Figures.number(route.strength());
	}

	private static List<Boolean> forwardFlags(Route route) {
		List<Boolean> flags = new ArrayList<>();
		for (int i = 0; i < route.hops(); i++) {
			flags.add(route.forward(i));
		}
		return flags;
	}

	private static void assertSimpleAndConnected(Route route) {
		assertThat(new HashSet<>(route.nodeIds())).hasSize(route.nodeIds().size());
		for (int i = 0; i < route.hops(); i++) {
			Claim c = route.claims().get(i);
			assertThat(Set.of(c.fromId(), c.toId())).containsExactlyInAnyOrder(route.nodeIds().get(i),
					route.nodeIds().get(i + 1));
		}
	}

	private static List<Claim> randomGraph(Random random, int nodes, int edges) {
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < edges; i++) {
			int a = random.nextInt(nodes);
			int b = random.nextInt(nodes);
			Double share = random.nextBoolean() ? (1 + random.nextInt(9)) / 10.0 : null;
			Double amount = random.nextBoolean() ? Math.pow(10, 6 + random.nextInt(6)) : null;
			claims.add(claim("c" + i, RelationKind.SUPPLIES, "n" + a, "n" + b, amount, share, null,
					random.nextBoolean() ? null : (1 + random.nextInt(10)) / 10.0));
		}
		return claims;
	}

	private static List<Route> bruteForce(List<Claim> claims, String from, String to, int maxHops) {
		ClaimGraph graph = ClaimGraph.of(claims);
		List<Route> routes = new ArrayList<>();
		LinkedHashSet<String> onPath = new LinkedHashSet<>(List.of(from));
		walk(graph, from, to, maxHops, onPath, new ArrayList<>(), 1.0, routes);
		return routes;
	}

	private static void walk(ClaimGraph graph, String node, String to, int maxHops, LinkedHashSet<String> onPath,
			List<Claim> steps, double strength, List<Route> routes) {
		if (steps.size() == maxHops) {
			return;
		}
		for (Claim c : graph.incident(node)) {
			String next = c.otherEnd(node);
			if (onPath.contains(next)) {
				continue;
			}
			steps.add(c);
			onPath.add(next);
			double s = strength * WEIGHTS.weight(c);
			if (next.equals(to)) {
				routes.add(new Route(new ArrayList<>(onPath), steps, s));
			}
			else {
				walk(graph, next, to, maxHops, onPath, steps, s, routes);
			}
			onPath.remove(next);
			steps.remove(steps.size() - 1);
		}
	}

}
