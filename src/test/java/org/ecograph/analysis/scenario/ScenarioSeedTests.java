package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.List;

import org.ecograph.SeededGraphTest;
import org.ecograph.analysis.AnalysisService;
import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.model.ClaimFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios on the seed's own projection against the seed's projection loaded again with the scenario applied
 * ({@link ScenarioReference}): for every seed entity removed, and for a sample of claims removed, capped or scaled,
 * exposure (both directions, the default kinds and every kind), paths (both rankings) and ranking (every weight)
 * from a sample of entities are equal field for field.
 */
@SeededGraphTest
class ScenarioSeedTests {

	private static final ProjectionFilter ALL = ProjectionFilter.of(ClaimFilter.NONE);

	private static final ProjectionFilter DEPENDENCY = ProjectionFilter
		.of(ClaimFilter.NONE.withKinds(AnalysisService.DEFAULT_EXPOSURE_KINDS));

	@Autowired
	ProjectionHolder projections;

	@Test
	void removingAnyEntityAnswersAsTheSeedLoadedWithoutIt() {
		ClaimProjection g = this.projections.snapshot().projection();
		assertThat(g.entityCount()).isGreaterThan(50);
		for (int x = 0; x < g.entityCount(); x++) {
			assertSameAnswers(g, new ScenarioInput(List.of(g.entityId(x)), null, null, null), x);
		}
	}

	@Test
	void removingCappingOrScalingClaimsAnswersAsTheSeedLoadedSoChanged() {
		ClaimProjection g = this.projections.snapshot().projection();
		for (int c = 0; c < g.claimCount(); c += 7) {
			String id = g.claimId(c);
			assertSameAnswers(g, new ScenarioInput(null, List.of(id), null, null), g.src(c));
			assertSameAnswers(g, new ScenarioInput(null, null,
					List.of(new ScenarioInput.ClaimCap(id, null, null, 0.5)), null), g.dst(c));
			assertSameAnswers(g, new ScenarioInput(null, null,
					List.of(new ScenarioInput.ClaimCap(id, 0.05, 1e6, null)), null), g.src(c));
		}
	}

	@Test
	void theLargestAmountRemovedRescalesEveryWeightAsAReloadWould() {
		ClaimProjection g = this.projections.snapshot().projection();
		int largest = -1;
		for (int c = 0; c < g.claimCount(); c++) {
			if (!Double.isNaN(g.amountUsd(c)) && (largest < 0 || g.amountUsd(c) > g.amountUsd(largest))) {
				largest = c;
			}
		}
		OverlaidProjection overlay = Scenarios.overlay(g,
				new ScenarioInput(null, List.of(g.claimId(largest)), null, null));
		assertThat(overlay.largestAmount(ALL)).isLessThan(g.largestAmount(ALL));
		assertSameAnswers(g, new ScenarioInput(null, List.of(g.claimId(largest)), null, null), g.src(largest));
	}

	/** Exposure, paths and ranking from entities near {@code near} and from a spread sample of the seed. */
	private static void assertSameAnswers(ClaimProjection g, ScenarioInput input, int near) {
		OverlaidProjection overlay = Scenarios.overlay(g, input);
		ClaimProjection reloaded = ScenarioReference.reloaded(g, input);
		List<String> sample = new ArrayList<>();
		for (int v = near % 5; v < g.entityCount(); v += 17) {
			sample.add(g.entityId(v));
		}
		g.forEachIncident(near, c -> sample.add(g.entityId(g.otherEnd(c, near))));
		sample.removeIf(id -> overlay.node(id) < 0);
		for (String entity : sample) {
			for (ExposureDirection direction : ExposureDirection.values()) {
				ExposureEngine.Query shape = new ExposureEngine.Query(0, direction, 3, 20, 5, 2_000_000);
				assertThat(ScenarioReference.exposure(overlay, DEPENDENCY, entity, shape))
					.as("%s: exposure %s of %s", input, direction, entity)
					.isEqualTo(ScenarioReference.exposure(reloaded, DEPENDENCY, entity, shape));
			}
			ExposureEngine.Query longer = new ExposureEngine.Query(0, ExposureDirection.UPSTREAM, 4, 20, 3, 2_000_000);
			assertThat(ScenarioReference.exposure(overlay, ALL, entity, longer)).as("%s: exposure of %s", input, entity)
				.isEqualTo(ScenarioReference.exposure(reloaded, ALL, entity, longer));
		}
		for (int i = 1; i < sample.size(); i++) {
			for (PathRanking ranking : PathRanking.values()) {
				PathFinder.Query shape = new PathFinder.Query(0, 0, 4, 5, ranking, false, 2_000_000);
				String from = sample.get(i - 1);
				String to = sample.get(i);
				if (!from.equals(to)) {
					ScenarioReference.assertSamePaths(overlay, reloaded, ALL, from, to, shape,
							input + ": paths " + from + " -> " + to);
				}
			}
		}
		for (RankingWeight weight : RankingWeight.values()) {
			assertThat(ScenarioReference.ranking(overlay, ALL, weight)).as("%s: ranking by %s", input, weight)
				.isEqualTo(ScenarioReference.ranking(reloaded, ALL, weight));
		}
	}

}
