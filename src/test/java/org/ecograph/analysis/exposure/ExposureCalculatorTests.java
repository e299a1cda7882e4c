package org.ecograph.analysis.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecograph.model.TestClaims.claim;

import java.util.List;

import org.ecograph.analysis.exposure.ExposureCalculator.Exposed;
import org.ecograph.analysis.paths.ClaimGraph;
import org.ecograph.analysis.projection.StepWeights;
import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

class ExposureCalculatorTests {

	/**
	 * x depends on y (0.5), y on z (0.4), z on x (0.25): a dependency cycle. x's dependence on z through c3 and z's
	 * dependence on y through c2 are unknown. x depends on w (0.1).
	 */
	private static final List<Claim> CYCLE = List.of(
			claim("c1", RelationKind.SUPPLIES, "x", "y", null, 0.5, 0.6, 0.9),
			claim("c2", RelationKind.FUNDS, "z", "y", 2e9, null, 0.4, 0.9),
			claim("c3", RelationKind.FUNDS, "x", "z", null, null, 0.25, 0.9),
			claim("c4", RelationKind.SUPPLIES, "w", "x", 1e9, null, 0.1, 0.9));

	private static final StepWeights WEIGHTS = new StepWeights(2e9);

	@Test
	void multipliesSharesAlongAChainAndKeepsUnknownsApartUpstream() {
		List<Exposed> exposures = compute(CYCLE, "x", ExposureDirection.UPSTREAM, 3);
		assertThat(exposures).extracting(Exposed::counterpartId).containsExactly("y", "z", "w");
		Exposed y = exposures.get(0);
		assertThat(y.directShare()).isEqualTo(0.5);
		assertThat(y.indirectShare()).isNull();
		assertThat(y.totalShare()).isEqualTo(0.5);
		assertThat(y.shareKnown()).isFalse();
		Exposed z = exposures.get(1);
		assertThat(z.directShare()).isNull();
		assertThat(z.indirectShare()).isCloseTo(0.2, within(1e-12));
		assertThat(z.totalShare()).isCloseTo(0.2, within(1e-12));
		assertThat(z.shareKnown()).isFalse();
		Exposed w = exposures.get(2);
		assertThat(w.directShare()).isEqualTo(0.1);
		assertThat(w.indirectShare()).isNull();
		assertThat(w.shareKnown()).isTrue();
		assertThat(w.amountUsd()).isEqualTo(1e9);
	}

	@Test
	void neverWalksRoundACycleNorListsTheEntityItself() {
		List<Exposed> exposures = compute(CYCLE, "x", ExposureDirection.UPSTREAM, 6);
		assertThat(exposures).extracting(Exposed::counterpartId).doesNotContain("x");
		assertThat(exposures).flatExtracting(Exposed::routes)
			.allSatisfy(r -> assertThat(r.nodeIds()).doesNotHaveDuplicates().startsWith("x"));
		// x-y-z is the only known chain to z, whatever the hop limit: the cycle adds nothing
		assertThat(exposures.get(1).totalShare()).isCloseTo(0.2, within(1e-12));
	}

	@Test
	void readsTheDependentsShareDownstream() {
		List<Exposed> exposures = compute(CYCLE, "y", ExposureDirection.DOWNSTREAM, 3);
		assertThat(exposures).extracting(Exposed::counterpartId).containsExactly("x", "z", "w");
		assertThat(exposures.get(0).directShare()).isEqualTo(0.5);
		assertThat(exposures.get(0).shareKnown()).isFalse();
		assertThat(exposures.get(1).directShare()).isNull();
		assertThat(exposures.get(1).indirectShare()).isCloseTo(0.125, within(1e-12));
		assertThat(exposures.get(2).totalShare()).isNull();
		assertThat(exposures.get(2).shareKnown()).isFalse();
	}

	@Test
	void addsTheSharesOfParallelChains() {
		List<Claim> claims = List.of(claim("ab", RelationKind.SUPPLIES, "a", "b", null, 0.5, null, 1.0),
				claim("ac", RelationKind.SUPPLIES, "a", "c", null, 0.5, null, 1.0),
				claim("bd", RelationKind.SUPPLIES, "b", "d", null, 0.2, null, 1.0),
				claim("cd", RelationKind.SUPPLIES, "c", "d", null, 0.4, null, 1.0));
		List<Exposed> exposures = compute(claims, "a", ExposureDirection.UPSTREAM, 2);
		assertThat(exposures).extracting(Exposed::counterpartId).containsExactly("b", "c", "d");
		Exposed d = exposures.get(2);
		assertThat(d.indirectShare()).isCloseTo(0.3, within(1e-12));
		assertThat(d.shareKnown()).isTrue();
		assertThat(d.routes()).hasSize(2);
	}

	@Test
	void respectsTheHopLimit() {
		assertThat(compute(CYCLE, "x", ExposureDirection.UPSTREAM, 1)).extracting(Exposed::counterpartId)
			.containsExactly("y", "w", "z");
	}

	@Test
	void keepsAtMostMaxPathsRoutesButCountsThemAll() {
		Exposed y = ExposureCalculator
			.compute(ClaimGraph.of(CYCLE), WEIGHTS, new ExposureCalculator.Query("x", ExposureDirection.UPSTREAM, 3, 1,
					1_000_000))
			.exposures()
			.get(0);
		assertThat(y.routes()).hasSize(1);
		assertThat(y.routes().get(0).claims()).extracting(Claim::id).containsExactly("c1");
		assertThat(y.shareKnown()).isFalse();
	}

	private static List<Exposed> compute(List<Claim> claims, String entity, ExposureDirection direction,
			int maxHops) {
		return ExposureCalculator
			.compute(ClaimGraph.of(claims), WEIGHTS,
					new ExposureCalculator.Query(entity, direction, maxHops, 10, 1_000_000))
			.exposures();
	}

}
