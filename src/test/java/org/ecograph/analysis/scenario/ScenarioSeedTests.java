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

	@Autowired
	org.ecograph.analysis.ScenarioService scenarios;

	@Autowired
	AnalysisService analysis;

	/**
	 * Through the service, as the API asks: {@code before} (from the plain answers' cache when the plain question was
	 * just asked, computed otherwise) is the plain answer, and {@code after} (skipped when {@link Unchanged} proves it
	 * is {@code before}, computed otherwise) is the answer on the seed loaded again without the entity, for every
	 * seed entity removed and exposures and paths from a sample of the others.
	 */
	@Test
	void theServiceAnswersBeforeAsThePlainQuestionAndAfterAsTheSeedLoadedWithoutTheEntity() {
		ClaimProjection g = this.projections.snapshot().projection();
		for (int x = 0; x < g.entityCount(); x++) {
			ScenarioInput input = new ScenarioInput(List.of(g.entityId(x)), null, null, null);
			org.ecograph.analysis.Scenario scenario = this.scenarios.prepare(input);
			ClaimProjection reloaded = ScenarioReference.reloaded(g, input);
			List<String> sample = new ArrayList<>();
			for (int v = x % 7; v < g.entityCount(); v += 11) {
				if (v != x) {
					sample.add(g.entityId(v));
				}
			}
			for (int i = 0; i < sample.size(); i++) {
				String entity = sample.get(i);
				ExposureDirection direction = ExposureDirection.values()[(x + i) % 2];
				// every other question asked plainly first: before comes from the cache then
				List<org.ecograph.analysis.Exposure> plain = (x + i) % 3 == 0 ? null
						: this.analysis.exposure(entity, direction, 3, 20, 5, ClaimFilter.NONE).data();
				List<org.ecograph.analysis.ScenarioExposure> answer = this.scenarios
					.exposure(scenario, entity, direction, 3, 20, 5, ClaimFilter.NONE,
							org.ecograph.analysis.AnswerDetail.FULL)
					.data();
				List<org.ecograph.analysis.Exposure> before = answer.stream()
					.map(org.ecograph.analysis.ScenarioExposure::before)
					.filter(e -> e != null)
					.toList();
				List<org.ecograph.analysis.Exposure> after = answer.stream()
					.map(org.ecograph.analysis.ScenarioExposure::after)
					.filter(e -> e != null)
					.toList();
				if (plain != null) {
					assertThat(before).as("before, %s", entity).containsExactlyInAnyOrderElementsOf(plain);
				}
				ExposureEngine.Query shape = new ExposureEngine.Query(0, direction, 3, 20, 5, 2_000_000);
				assertThat(lines(after)).as("without %s: exposure %s of %s", g.entityId(x), direction, entity)
					.isEqualTo(ScenarioReference.exposure(reloaded, DEPENDENCY, entity, shape)
						.stream()
						.filter(line -> !line.startsWith("complete") && !line.startsWith("  "))
						.map(line -> line.replaceAll(" amount \\S+ ", " ").replaceAll(" hops \\d+", ""))
						.toList());
				if (i > 0) {
					PathRanking ranking = PathRanking.values()[i % 2];
					org.ecograph.analysis.ScenarioPaths paths = this.scenarios
						.influencePaths(scenario, sample.get(i - 1), entity, 4, 5, ranking, false, ClaimFilter.NONE,
								org.ecograph.analysis.AnswerDetail.FULL)
						.data();
					PathFinder.Query q = new PathFinder.Query(0, 0, 4, 5, ranking, false, 2_000_000);
					assertThat(paths.paths().stream()
						.map(p -> String.join(",", p.nodes().stream().map(e -> e.id()).toList()) + "|"
								+ String.join(",", p.steps().stream().map(step -> step.relation().id()).toList())
								+ " strength " + p.strength())
						.toList()).as("without %s: paths %s -> %s", g.entityId(x), sample.get(i - 1), entity)
						.isEqualTo(ScenarioReference.paths(reloaded, ALL, sample.get(i - 1), entity, q)
							.stream()
							.filter(line -> !line.startsWith("complete"))
							.map(line -> line.replaceAll(" share \\S+$", ""))
							.toList());
				}
			}
		}
	}

	/** An answer's counterparts as {@link ScenarioReference#exposure} writes them, amounts, hops and routes aside. */
	private static List<String> lines(List<org.ecograph.analysis.Exposure> exposures) {
		return exposures.stream()
			.map(e -> e.counterpart().id() + " direct " + e.directShare() + " indirect " + e.indirectShare() + " total "
					+ e.totalShare() + " known " + e.shareKnown() + " paths " + e.pathCount() + " routesComplete "
					+ e.pathsComplete())
			.toList();
	}

	/**
	 * The joint walk ({@link ExposureEngine#computeJoint}, what a scenario asked cold computes) on the seed: for every
	 * seed entity removed, and for claims removed, capped, scaled or added beside it, the exposures of a sample of the
	 * other entities (both directions, one to four steps, the default kinds and every kind) are the two answers
	 * computed apart, field for field and bit for bit ({@link JointWalkPropertyTests#check}).
	 */
	@Test
	void theJointWalkAnswersAsTheTwoWalksOnTheSeed() {
		ClaimProjection g = this.projections.snapshot().projection();
		java.util.Random random = new java.util.Random(17);
		for (int x = 0; x < g.entityCount(); x++) {
			List<ScenarioInput.ClaimCap> caps = new ArrayList<>();
			List<String> removed = new ArrayList<>();
			List<ScenarioInput.HypotheticalClaim> added = new ArrayList<>();
			int c = random.nextInt(g.claimCount());
			switch (x % 4) {
				case 1 -> caps.add(new ScenarioInput.ClaimCap(g.claimId(c), 0.1, null, null));
				case 2 -> caps.add(new ScenarioInput.ClaimCap(g.claimId(c), null, 1e6, 0.5));
				case 3 -> removed.add(g.claimId(c));
				default -> {
				}
			}
			int y = (x + 1 + random.nextInt(g.entityCount() - 1)) % g.entityCount();
			int z = (x + 1 + random.nextInt(g.entityCount() - 1)) % g.entityCount();
			if (x % 3 == 0 && y != z) {
				added.add(new ScenarioInput.HypotheticalClaim(org.ecograph.model.RelationKind.FUNDS, g.entityId(y),
						g.entityId(z), 0.4, 0.6, 5e6, null));
			}
			ScenarioInput input = new ScenarioInput(List.of(g.entityId(x)), removed, caps, added);
			OverlaidProjection overlay;
			try {
				overlay = Scenarios.overlay(g, input);
			}
			catch (org.ecograph.model.InvalidArgumentException ex) {
				// a cap the scenario refuses on this claim: the entity removed alone
				overlay = Scenarios.overlay(g, new ScenarioInput(List.of(g.entityId(x)), null, null, null));
			}
			for (int v = x % 5; v < g.entityCount(); v += 9) {
				if (v == x) {
					continue;
				}
				ExposureEngine.Query q = new ExposureEngine.Query(v, ExposureDirection.values()[v % 2], 1 + (x + v) % 4,
						v % 3 == 0 ? 5 : 50, (x + v) % 4, 2_000_000);
				JointWalkPropertyTests.check(g, overlay, v % 2 == 0 ? DEPENDENCY : ALL, q,
						"without " + g.entityId(x) + ", " + g.entityId(v) + " " + q);
			}
		}
	}

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

	@Test
	void chokepointsOfEverySeedEntityAreThoseWhoseRemovalTakesChainsWithinTheBoundAway() {
		ClaimProjection g = this.projections.snapshot().projection();
		int found = 0;
		for (int root = 0; root < g.entityCount(); root++) {
			for (ExposureDirection direction : ExposureDirection.values()) {
				for (int maxHops : new int[] { 2, 3 }) {
					found += assertChokepoints(g, root, direction, maxHops);
				}
			}
		}
		// every chain of known shares within 3 hops from Nvidia passes through Stargate, and through no other entity
		boolean[] complete = { true };
		List<Chokepoints.Chokepoint> nvidia = Chokepoints.of(g, DEPENDENCY, new ExposureEngine.Query(
				g.node("company:nvidia"), ExposureDirection.UPSTREAM, 3, 1, 0, Long.MAX_VALUE), complete);
		assertThat(nvidia).extracting(c -> g.entityId(c.node()), Chokepoints.Chokepoint::dominated)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("program:stargate", 6));
		assertThat(found).as("chokepoints found over the seed").isGreaterThan(10);
	}

	/**
	 * Brute force on the seed: v cuts t off when t has a known total share within the bound and has none once v is
	 * removed (a scenario without v); the chokepoints, what each cuts off and its dependent share must be those.
	 */
	private static int assertChokepoints(ClaimProjection g, int root, ExposureDirection direction, int maxHops) {
		ExposureEngine.Query q = new ExposureEngine.Query(root, direction, maxHops, 1, 0, Long.MAX_VALUE);
		ExposureEngine.Totals totals = ExposureEngine.totals(g, DEPENDENCY, q);
		double all = 0;
		for (double t : totals.totals()) {
			all += Double.isNaN(t) ? 0 : t;
		}
		java.util.Map<Integer, Integer> cutOff = new java.util.HashMap<>();
		java.util.Map<Integer, Double> dependent = new java.util.HashMap<>();
		for (int i = 0; i < totals.nodes().length; i++) {
			int v = totals.nodes()[i];
			OverlaidProjection without = Scenarios.overlay(g, new ScenarioInput(List.of(g.entityId(v)), null, null,
					null));
			ExposureEngine.Totals after = ExposureEngine.totals(without, DEPENDENCY, q);
			int cut = 0;
			double sum = totals.totals()[i];
			for (int j = 0; j < totals.nodes().length; j++) {
				int t = totals.nodes()[j];
				if (t != v && Double.isNaN(after.of(t))) {
					cut++;
					sum += totals.totals()[j];
				}
			}
			if (cut > 0) {
				cutOff.put(v, cut);
				dependent.put(v, sum);
			}
		}
		boolean[] complete = { true };
		List<Chokepoints.Chokepoint> actual = Chokepoints.of(g, DEPENDENCY, q, complete);
		assertThat(complete[0]).isTrue();
		java.util.Map<Integer, Integer> actualCut = new java.util.HashMap<>();
		for (Chokepoints.Chokepoint c : actual) {
			actualCut.put(c.node(), c.dominated());
			assertThat(c.dependentTotalShare()).isCloseTo(dependent.get(c.node()),
					org.assertj.core.api.Assertions.within(1e-12));
			if (all > 0) {
				assertThat(c.dependentShare()).isCloseTo(dependent.get(c.node()) / all,
						org.assertj.core.api.Assertions.within(1e-12));
			}
		}
		assertThat(actualCut).as("chokepoints of %s %s %d hops", g.entityId(root), direction, maxHops)
			.isEqualTo(cutOff);
		return actual.size();
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
