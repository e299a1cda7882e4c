package org.ecograph.analysis.exposure;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ecograph.analysis.paths.ClaimGraph;
import org.ecograph.analysis.paths.Route;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.RandomClaims;
import org.ecograph.analysis.projection.StepWeights;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The exposure engine against its brute-force oracle (every simple path enumerated, {@link ExposureCalculator}) on
 * random multigraphs with cycles, self-loops, parallel claims, a hub and unknown shares ({@link RandomClaims}).
 */
class ExposureEnginePropertyTests {

	@Property(tries = 300)
	void exposureEngineAgreesWithTheOracleOnEveryCounterpart(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops, @ForAll boolean upstream,
			@ForAll @IntRange(min = 0, max = 4) int maxPaths) {
		assertSameExposure(RandomClaims.of(new Random(seed)), seed, maxHops, upstream, maxPaths);
	}

	/** Larger graphs: rings of counterparts without known shares, hubs one and two steps away. */
	@Property(tries = 100)
	void exposureEngineAgreesWithTheOracleOnLargerGraphs(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops, @ForAll boolean upstream,
			@ForAll @IntRange(min = 0, max = 4) int maxPaths) {
		assertSameExposure(RandomClaims.of(new Random(seed), 10 + new Random(seed).nextInt(20), 60), seed, maxHops,
				upstream, maxPaths);
	}

	@Property(tries = 200)
	void routesListedForSomeCounterpartsAreThoseOfTheWholeAnswer(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops, @ForAll boolean upstream,
			@ForAll @IntRange(min = 1, max = 3) int maxPaths) {
		ClaimProjection g = TestProjections.of(List.of("company:a"), RandomClaims.of(new Random(seed)));
		ProjectionFilter all = ProjectionFilter.of(ClaimFilter.NONE);
		ExposureEngine.Query q = new ExposureEngine.Query(g.node("company:a"),
				upstream ? ExposureDirection.UPSTREAM : ExposureDirection.DOWNSTREAM, maxHops, 50, maxPaths, 1_000_000);
		// as a saved question asks: routes only for an odd node or a share of at least 0.2
		ExposureEngine.RoutesFor some = (node, share) -> node % 2 == 1 || share != null && share >= 0.2;
		List<ExposureEngine.Exposed> whole = ExposureEngine.compute(g, all, q).exposures();
		List<ExposureEngine.Exposed> part = ExposureEngine.compute(g, all, q, some).exposures();
		assertThat(part).hasSameSizeAs(whole);
		for (int i = 0; i < whole.size(); i++) {
			ExposureEngine.Exposed w = whole.get(i);
			ExposureEngine.Exposed p = part.get(i);
			if (some.test(w.node(), w.totalShare())) {
				assertThat(p).usingRecursiveComparison().withEqualsForType(Double::equals, Double.class).isEqualTo(w);
			}
			else {
				assertThat(p).usingRecursiveComparison().withEqualsForType(Double::equals, Double.class).isEqualTo(new ExposureEngine.Exposed(w.node(), w.directShare(), w.indirectShare(),
						w.totalShare(), w.shareKnown(), w.amountUsd(), w.pathCount(), w.hops(), List.of(), true));
			}
		}
	}

	private static void assertSameExposure(List<Claim> claims, long seed, int maxHops, boolean upstream,
			int maxPaths) {
		ClaimProjection g = TestProjections.of(List.of("company:a"), claims);
		StepWeights weights = new StepWeights(claims.stream().map(Claim::amountUsd).filter(a -> a != null)
			.max(Double::compare).orElse(null));
		ExposureDirection direction = upstream ? ExposureDirection.UPSTREAM : ExposureDirection.DOWNSTREAM;

		ExposureCalculator.Result expected = ExposureCalculator.compute(ClaimGraph.of(claims), weights,
				new ExposureCalculator.Query("company:a", direction, maxHops, maxPaths, Long.MAX_VALUE));
		ExposureEngine.Result actual = ExposureEngine.compute(g, ProjectionFilter.of(ClaimFilter.NONE),
				new ExposureEngine.Query(g.node("company:a"), direction, maxHops, 1000, maxPaths, Long.MAX_VALUE));

		assertThat(actual.complete()).isTrue();
		assertThat(actual.exposures()).hasSameSizeAs(expected.exposures());
		// Ranked: known total share first and larger first, then direct amount, then fewest steps, then id; and a
		// shorter answer is the head of the longer one (the fill of counterparts without a known share included).
		for (int i = 1; i < actual.exposures().size(); i++) {
			assertThat(rank(g, actual.exposures().get(i - 1), actual.exposures().get(i))).isNegative();
		}
		int first = 1 + new Random(seed).nextInt(4);
		ExposureEngine.Result head = ExposureEngine.compute(g, ProjectionFilter.of(ClaimFilter.NONE),
				new ExposureEngine.Query(g.node("company:a"), direction, maxHops, first, maxPaths, Long.MAX_VALUE));
		assertThat(head.exposures().stream().map(ExposureEngine.Exposed::node).toList()).isEqualTo(actual.exposures()
			.stream().limit(first).map(ExposureEngine.Exposed::node).toList());
		Map<String, ExposureEngine.Exposed> byId = actual.exposures()
			.stream()
			.collect(Collectors.toMap(e -> g.entityId(e.node()), e -> e));
		for (ExposureCalculator.Exposed e : expected.exposures()) {
			ExposureEngine.Exposed a = byId.get(e.counterpartId());
			assertThat(a).as(e.counterpartId()).isNotNull();
			assertClose(a.directShare(), e.directShare());
			assertClose(a.indirectShare(), e.indirectShare());
			assertClose(a.totalShare(), e.totalShare());
			assertThat(a.shareKnown()).as("shareKnown of " + e.counterpartId()).isEqualTo(e.shareKnown());
			assertClose(a.amountUsd(), e.amountUsd());
			assertThat(a.routes().stream().map(r -> r.key(g)).toList()).as("routes to " + e.counterpartId())
				.isEqualTo(e.routes().stream().map(Route::key).toList());
		}
	}

	/** The documented order, written out: negative when {@code a} ranks before {@code b}. */
	private static int rank(ClaimProjection g, ExposureEngine.Exposed a, ExposureEngine.Exposed b) {
		if (!java.util.Objects.equals(a.totalShare(), b.totalShare())) {
			return a.totalShare() == null ? 1 : b.totalShare() == null ? -1 : Double.compare(b.totalShare(), a.totalShare());
		}
		if (!java.util.Objects.equals(a.amountUsd(), b.amountUsd())) {
			return a.amountUsd() == null ? 1 : b.amountUsd() == null ? -1 : Double.compare(b.amountUsd(), a.amountUsd());
		}
		if (a.hops() != b.hops()) {
			return Integer.compare(a.hops(), b.hops());
		}
		return g.entityId(a.node()).compareTo(g.entityId(b.node()));
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<Long> seed() {
		return net.jqwik.api.Arbitraries.longs();
	}

	private static void assertClose(Double actual, Double expected) {
		if (expected == null) {
			assertThat(actual).isNull();
		}
		else {
			assertThat(actual).isNotNull();
			assertThat(actual).isCloseTo(expected, within(1e-9));
		}
	}

}
