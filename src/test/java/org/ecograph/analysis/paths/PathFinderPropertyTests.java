package org.ecograph.analysis.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.RandomClaims;
import org.ecograph.analysis.projection.StepWeights;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The path finder against its brute-force oracle (depth-first enumeration of every simple path, {@link PathSearch})
 * on random multigraphs with cycles, self-loops, parallel claims, a hub and unknown shares ({@link RandomClaims}).
 */
class PathFinderPropertyTests {

	@Property(tries = 300)
	void pathFinderFindsExactlyTheOraclesKBestPaths(@ForAll("seed") long seed, @ForAll @IntRange(min = 1, max = 5) int maxHops,
			@ForAll @IntRange(min = 1, max = 6) int k, @ForAll boolean byHops, @ForAll boolean followDirection) {
		assertSameKBestPaths(RandomClaims.of(new Random(seed)), maxHops, k, byHops, followDirection);
	}

	/**
	 * Larger graphs with two hubs at the ends: the balls grow unevenly, the hop limit deepens, and STRENGTH moves to
	 * the strength corridor once k shorter paths are known.
	 */
	@Property(tries = 150)
	void pathFinderFindsTheOraclesKBestPathsBetweenHubs(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 2, max = 5) int maxHops, @ForAll @IntRange(min = 1, max = 6) int k,
			@ForAll boolean byHops, @ForAll boolean followDirection) {
		assertSameKBestPaths(RandomClaims.of(new Random(seed), 10 + new Random(seed).nextInt(20), 70), maxHops, k, byHops,
				followDirection);
	}

	private static void assertSameKBestPaths(List<Claim> claims, int maxHops, int k, boolean byHops,
			boolean followDirection) {
		ClaimProjection g = TestProjections.of(List.of("company:a", "company:b"), claims);
		StepWeights weights = new StepWeights(claims.stream().map(Claim::amountUsd).filter(a -> a != null)
			.max(Double::compare).orElse(null));
		PathRanking ranking = byHops ? PathRanking.HOPS : PathRanking.STRENGTH;

		PathSearch.Result expected = PathSearch.kBest(ClaimGraph.of(claims), weights, new PathSearch.Query("company:a",
				"company:b", maxHops, k, ranking, followDirection, Long.MAX_VALUE));
		PathFinder.Result actual = PathFinder.find(g, ProjectionFilter.of(ClaimFilter.NONE),
				new PathFinder.Query(g.node("company:a"), g.node("company:b"), maxHops, k, ranking, followDirection,
						Long.MAX_VALUE));

		assertThat(actual.complete()).isTrue();
		// The same ranks: hops and strength agree path by path.
		assertThat(actual.routes()).hasSameSizeAs(expected.routes());
		for (int i = 0; i < expected.routes().size(); i++) {
			assertThat(actual.routes().get(i).hops()).isEqualTo(expected.routes().get(i).hops());
			assertThat(actual.routes().get(i).strength()).isCloseTo(expected.routes().get(i).strength(), within(1e-12));
			assertIsASimplePath(g, actual.routes().get(i), followDirection, maxHops);
		}
		// The very same paths in the same order, ties included: tied paths are ordered by their ids, as the oracle's.
		assertThat(actual.routes().stream().map(r -> r.key(g)).toList())
			.isEqualTo(expected.routes().stream().map(Route::key).toList());
	}

	@net.jqwik.api.Example
	void aSearchThatRunsOutOfBudgetSaysItIsIncomplete() {
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			claims.add(claim("claim:a" + i, "company:a", "company:m" + i));
			claims.add(claim("claim:b" + i, "company:m" + i, "company:b"));
		}
		ClaimProjection g = TestProjections.of(List.of(), claims);

		PathFinder.Result cut = PathFinder.find(g, ProjectionFilter.of(ClaimFilter.NONE),
				new PathFinder.Query(g.node("company:a"), g.node("company:b"), 2, 5, PathRanking.STRENGTH, false, 10));
		PathFinder.Result whole = PathFinder.find(g, ProjectionFilter.of(ClaimFilter.NONE),
				new PathFinder.Query(g.node("company:a"), g.node("company:b"), 2, 5, PathRanking.STRENGTH, false,
						Long.MAX_VALUE));

		assertThat(cut.complete()).isFalse();
		assertThat(whole.complete()).isTrue();
		assertThat(whole.routes()).hasSize(5);
	}

	private static Claim claim(String id, String from, String to) {
		return new Claim(id, RelationKind.SUPPLIES, from, to, null, null, null, null, null, ClaimStatus.REPORTED, null,
				null, null, 0.9, null, null, List.of(), Map.of());
	}

	/** Distinct nodes, each claim joining its two nodes (in its direction when asked), strength its weights' product. */
	private static void assertIsASimplePath(ClaimProjection g, ProjectedRoute route, boolean followDirection,
			int maxHops) {
		assertThat(route.hops()).isBetween(1, maxHops);
		assertThat(java.util.Arrays.stream(route.nodes()).distinct().count()).isEqualTo(route.nodes().length);
		double strength = 1;
		ClaimWeights weights = g.weights(ProjectionFilter.of(ClaimFilter.NONE));
		for (int i = 0; i < route.hops(); i++) {
			int c = route.claims()[i];
			int a = route.nodes()[i];
			int b = route.nodes()[i + 1];
			boolean forward = g.src(c) == a && g.dst(c) == b;
			assertThat(forward || (!followDirection && g.src(c) == b && g.dst(c) == a)).isTrue();
			strength *= weights.weight(c);
		}
		assertThat(route.strength()).isCloseTo(strength, within(1e-12));
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<Long> seed() {
		return net.jqwik.api.Arbitraries.longs();
	}

}
