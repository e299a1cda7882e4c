package org.ecograph.analysis.exposure;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

/**
 * {@link ChainClaims} against the brute-force oracle of exposure ({@link ExposureCalculator}, every simple path
 * enumerated) on random multigraphs with cycles, self-loops, parallel claims, hubs and dead ends: for every counterpart,
 * the claims and entities it marks are exactly those of the oracle's routes, none of a dead end a walk could reach.
 */
class ChainClaimsPropertyTests {

	@Property(tries = 200)
	void theClaimsOnTheChainsAreThoseOfEverySimplePathTheExposureCounts(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops, @ForAll boolean larger) {
		Random random = new Random(seed);
		List<Claim> claims = larger ? RandomClaims.of(random, 10 + random.nextInt(20), 60) : RandomClaims.of(random);
		ClaimProjection g = TestProjections.of(List.of("company:a"), claims);
		StepWeights weights = new StepWeights(null);
		ExposureCalculator.Result oracle = ExposureCalculator.compute(ClaimGraph.of(claims), weights,
				new ExposureCalculator.Query("company:a", ExposureDirection.UPSTREAM, maxHops, Integer.MAX_VALUE,
						Long.MAX_VALUE));
		ProjectionFilter all = ProjectionFilter.of(ClaimFilter.NONE);
		for (ExposureCalculator.Exposed e : oracle.exposures()) {
			Set<String> claimIds = new HashSet<>();
			Set<String> nodeIds = new HashSet<>();
			for (Route r : e.routes()) {
				r.claims().forEach(c -> claimIds.add(c.id()));
				nodeIds.addAll(r.nodeIds());
			}
			ChainClaims.Found found = ChainClaims.between(g, all, g.node("company:a"), g.node(e.counterpartId()),
					maxHops, Long.MAX_VALUE);
			assertThat(found.complete()).isTrue();
			assertThat(found.claims().stream().map(g::claimId).toList()).as("claims on the chains to " + e.counterpartId())
				.containsExactlyInAnyOrderElementsOf(claimIds);
			assertThat(found.nodes().stream().map(g::entityId).toList()).as("entities on the chains to " + e.counterpartId())
				.containsExactlyInAnyOrderElementsOf(nodeIds);
		}
	}

	@Property(tries = 50)
	void aBudgetTooSmallSaysSo(@ForAll("seed") long seed) {
		Random random = new Random(seed);
		ClaimProjection g = TestProjections.of(List.of("company:a"), RandomClaims.of(random, 20, 80));
		ProjectionFilter all = ProjectionFilter.of(ClaimFilter.NONE);
		int a = g.node("company:a");
		for (int t = 0; t < g.entityCount(); t++) {
			ChainClaims.Found whole = ChainClaims.between(g, all, a, t, 4, Long.MAX_VALUE);
			ChainClaims.Found cut = ChainClaims.between(g, all, a, t, 4, 1);
			if (!cut.complete()) {
				assertThat(whole.claims()).containsAll(cut.claims());
			}
			else {
				assertThat(cut).isEqualTo(whole);
			}
		}
	}

	@Provide
	Arbitrary<Long> seed() {
		return Arbitraries.longs();
	}

}
