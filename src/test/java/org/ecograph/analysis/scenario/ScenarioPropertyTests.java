package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.RandomClaims;
import org.ecograph.analysis.projection.StepWeights;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A scenario's overlay against the same graph loaded again with the scenario applied, on random multigraphs with
 * cycles, self-loops, parallel claims, hubs and unknown figures ({@link RandomClaims}): exposure, paths and ranking
 * field for field equal; and against the brute-force oracles ({@link ExposureCalculator}, {@link PathSearch}) run
 * on the claims so changed.
 */
class ScenarioPropertyTests {

	private static final ProjectionFilter ALL = ProjectionFilter.of(ClaimFilter.NONE);

	@Property(tries = 300)
	void theOverlayAnswersAsTheGraphLoadedWithTheScenarioApplied(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops, @ForAll boolean upstream,
			@ForAll @IntRange(min = 0, max = 3) int maxPaths) {
		Random random = new Random(seed);
		List<Claim> claims = RandomClaims.of(random, 4 + random.nextInt(8), 30);
		ClaimProjection g = TestProjections.of(List.of("company:a", "company:b", "company:c"), claims);
		ScenarioInput input = randomScenario(random, g, claims);
		OverlaidProjection overlay = Scenarios.overlay(g, input);
		ClaimProjection reloaded = ScenarioReference.reloaded(g, input);

		ExposureEngine.Query shape = new ExposureEngine.Query(0,
				upstream ? ExposureDirection.UPSTREAM : ExposureDirection.DOWNSTREAM, maxHops, 1000, maxPaths,
				Long.MAX_VALUE);
		for (int v = 0; v < reloaded.entityCount(); v++) {
			String entity = reloaded.entityId(v);
			assertThat(ScenarioReference.exposure(overlay, ALL, entity, shape)).as("exposure of %s", entity)
				.isEqualTo(ScenarioReference.exposure(reloaded, ALL, entity, shape));
		}
		for (PathRanking ranking : PathRanking.values()) {
			PathFinder.Query paths = new PathFinder.Query(0, 0, maxHops, 1 + maxPaths, ranking, !upstream,
					Long.MAX_VALUE);
			for (int a = 0; a < reloaded.entityCount(); a++) {
				for (int b = 0; b < reloaded.entityCount(); b++) {
					if (a != b) {
						String from = reloaded.entityId(a);
						String to = reloaded.entityId(b);
						ScenarioReference.assertSamePaths(overlay, reloaded, ALL, from, to, paths, from + " -> " + to);
					}
				}
			}
		}
		for (RankingWeight weight : RankingWeight.values()) {
			assertThat(ScenarioReference.ranking(overlay, ALL, weight))
				.isEqualTo(ScenarioReference.ranking(reloaded, ALL, weight));
		}
	}

	@Property(tries = 200)
	void theOverlayAgreesWithTheBruteForceOracles(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops, @ForAll boolean upstream) {
		Random random = new Random(seed);
		List<Claim> claims = RandomClaims.of(random, 4 + random.nextInt(6), 24);
		ClaimProjection g = TestProjections.of(List.of("company:a", "company:b"), claims);
		ScenarioInput input = randomScenario(random, g, claims);
		OverlaidProjection overlay = Scenarios.overlay(g, input);
		List<Claim> changed = applied(g, claims, input);
		StepWeights weights = new StepWeights(changed.stream().map(Claim::amountUsd).filter(a -> a != null)
			.max(Double::compare).orElse(null));
		ExposureDirection direction = upstream ? ExposureDirection.UPSTREAM : ExposureDirection.DOWNSTREAM;

		for (String entity : List.of("company:a", "company:b")) {
			if (overlay.node(entity) < 0) {
				continue;
			}
			ExposureCalculator.Result expected = ExposureCalculator.compute(ClaimGraph.of(changed), weights,
					new ExposureCalculator.Query(entity, direction, maxHops, 0, Long.MAX_VALUE));
			ExposureEngine.Result actual = ExposureEngine.compute(overlay, ALL,
					new ExposureEngine.Query(overlay.node(entity), direction, maxHops, 1000, 0, Long.MAX_VALUE));
			Map<String, ExposureEngine.Exposed> byId = new java.util.HashMap<>();
			actual.exposures().forEach(e -> byId.put(overlay.entityId(e.node()), e));
			assertThat(byId.keySet()).isEqualTo(new TreeSet<>(expected.exposures().stream()
				.map(ExposureCalculator.Exposed::counterpartId).toList()));
			for (ExposureCalculator.Exposed e : expected.exposures()) {
				assertClose(byId.get(e.counterpartId()).totalShare(), e.totalShare());
				assertThat(byId.get(e.counterpartId()).shareKnown()).isEqualTo(e.shareKnown());
			}
		}
		if (overlay.node("company:a") >= 0 && overlay.node("company:b") >= 0) {
			List<Route> expected = PathSearch.kBest(ClaimGraph.of(changed), weights, new PathSearch.Query("company:a",
					"company:b", maxHops, 3, PathRanking.STRENGTH, !upstream, Long.MAX_VALUE)).routes();
			PathFinder.Result actual = PathFinder.find(overlay, ALL, new PathFinder.Query(overlay.node("company:a"),
					overlay.node("company:b"), maxHops, 3, PathRanking.STRENGTH, !upstream, Long.MAX_VALUE));
			assertThat(actual.routes()).hasSameSizeAs(expected);
			for (int i = 0; i < expected.size(); i++) {
				assertThat(actual.routes().get(i).strength()).isCloseTo(expected.get(i).strength(), within(1e-12));
			}
			assertThat(actual.routes().stream().map(r -> r.key(overlay)).toList())
				.isEqualTo(expected.stream().map(Route::key).toList());
		}
	}

	/**
	 * An overlay of an overlay (a critical claim asked again under a scenario): removing one of the scenario's
	 * claims, an added one included, answers as the scenario without it.
	 */
	@Property(tries = 200)
	void removingAClaimOverAScenarioAnswersAsTheScenarioWithoutIt(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops) {
		Random random = new Random(seed);
		List<Claim> claims = RandomClaims.of(random, 4 + random.nextInt(6), 20);
		ClaimProjection g = TestProjections.of(List.of("company:a", "company:b", "company:c"), claims);
		ScenarioInput input = randomScenario(random, g, claims);
		OverlaidProjection scenario = Scenarios.overlay(g, input);
		if (scenario.claimCount() == 0) {
			return;
		}
		int c = random.nextInt(scenario.claimCount());
		OverlaidProjection without = OverlaidProjection.over(scenario).removeClaim(c).build();
		ScenarioInput less = scenario.added(c)
				? new ScenarioInput(input.removeEntities(), input.removeClaims(), input.capClaims(),
						withoutAt(input.addClaims(), c - g.claimCount()), input.addEntities())
				: new ScenarioInput(input.removeEntities(), plus(input.removeClaims(), g.claimId(c)), input.capClaims(),
						input.addClaims(), input.addEntities());
		ClaimProjection reference = Scenarios.overlay(g, less);
		ExposureEngine.Query shape = new ExposureEngine.Query(0, ExposureDirection.UPSTREAM, maxHops, 1000, 2,
				Long.MAX_VALUE);
		// every path (no cut at k, so no tie at the cut), hypothetical ids aside
		PathFinder.Query paths = new PathFinder.Query(0, 0, maxHops, 1000, PathRanking.STRENGTH, false,
				Long.MAX_VALUE);
		for (int v = 0; v < g.entityCount(); v++) {
			String entity = g.entityId(v);
			if (without.node(entity) < 0) {
				continue;
			}
			// the reference renumbers the added claims after the removed one: compare what does not name them
			assertThat(strip(ScenarioReference.exposure(without, ALL, entity, shape)))
				.isEqualTo(strip(ScenarioReference.exposure(reference, ALL, entity, shape)));
			if (!entity.equals("company:a") && without.node("company:a") >= 0) {
				assertThat(strip(ScenarioReference.paths(without, ALL, "company:a", entity, paths))).as(entity)
					.isEqualTo(strip(ScenarioReference.paths(reference, ALL, "company:a", entity, paths)));
			}
		}
	}

	private static List<String> strip(List<String> lines) {
		return lines.stream().map(line -> line.replaceAll("hypothetical:\\d+", "hypothetical")).toList();
	}

	private static <T> List<T> withoutAt(List<T> list, int at) {
		List<T> copy = new ArrayList<>(list);
		copy.remove(at);
		return copy;
	}

	private static List<String> plus(List<String> list, String id) {
		List<String> copy = new ArrayList<>(list);
		copy.add(id);
		return copy;
	}

	/**
	 * Entities and claims removed, claims capped or scaled, hypothetical entities and claims added: each with some
	 * chance. A hypothetical entity's id sorts before, among or after the others (they are {@code company:a} ...), so
	 * the overlay, which numbers it after them, must order it by id where the order matters.
	 */
	static ScenarioInput randomScenario(Random random, ClaimProjection g, List<Claim> claims) {
		List<String> entities = new ArrayList<>();
		for (int v = 0; v < g.entityCount(); v++) {
			entities.add(g.entityId(v));
		}
		List<String> removeEntities = new ArrayList<>();
		if (random.nextInt(3) == 0) {
			removeEntities.add(entities.get(1 + random.nextInt(entities.size() - 1)));
		}
		List<String> removeClaims = new ArrayList<>();
		List<ScenarioInput.ClaimCap> caps = new ArrayList<>();
		for (Claim claim : claims) {
			int dice = random.nextInt(8);
			if (dice == 0) {
				removeClaims.add(claim.id());
			}
			else if (dice == 1) {
				caps.add(new ScenarioInput.ClaimCap(claim.id(), random.nextBoolean() ? 0.2 : null,
						random.nextBoolean() ? 2e8 : null, random.nextBoolean() ? 0.5 : 0.0));
			}
		}
		List<String> kept = new ArrayList<>(entities.stream().filter(e -> !removeEntities.contains(e)).toList());
		List<ScenarioInput.HypotheticalEntity> newEntities = new ArrayList<>();
		if (random.nextBoolean()) {
			List<String> candidates = new ArrayList<>(List.of("agency:new", "company:bb", "company:c-new", "state:new"));
			java.util.Collections.shuffle(candidates, random);
			for (String id : candidates.subList(0, 1 + random.nextInt(2))) {
				newEntities.add(new ScenarioInput.HypotheticalEntity(id, "New " + id, null));
				kept.add(id);
			}
		}
		List<ScenarioInput.HypotheticalClaim> added = new ArrayList<>();
		for (int i = random.nextInt(3) + 2 * newEntities.size(); i > 0 && kept.size() > 1; i--) {
			String from = kept.get(random.nextInt(kept.size()));
			String to = kept.get(random.nextInt(kept.size()));
			if (!from.equals(to)) {
				added.add(new ScenarioInput.HypotheticalClaim(
						RelationKind.values()[random.nextInt(3)] == RelationKind.FUNDS ? RelationKind.FUNDS
								: RelationKind.SUPPLIES,
						from, to, random.nextBoolean() ? 0.5 : null, random.nextBoolean() ? 0.3 : null,
						random.nextBoolean() ? 9e8 : null, random.nextBoolean() ? 0.8 : null));
			}
		}
		return new ScenarioInput(removeEntities, removeClaims, caps, added, newEntities);
	}

	/** The claims with the scenario applied, as records (the oracles' input). */
	private static List<Claim> applied(ClaimProjection g, List<Claim> claims, ScenarioInput input) {
		List<Claim> changed = new ArrayList<>();
		for (Claim c : claims) {
			if (input.removeClaims().contains(c.id()) || input.removeEntities().contains(c.fromId())
					|| input.removeEntities().contains(c.toId())) {
				continue;
			}
			Double sos = c.shareOfSource();
			Double sot = c.shareOfTarget();
			Double amount = c.amountUsd();
			for (ScenarioInput.ClaimCap cap : input.capClaims()) {
				if (cap.relation().equals(c.id())) {
					sos = sos == null ? null : cap.share(sos);
					sot = sot == null ? null : cap.share(sot);
					amount = amount == null ? null : cap.amount(amount);
				}
			}
			changed.add(new Claim(c.id(), c.kind(), c.fromId(), c.toId(), amount, sos, sot, null, null, c.status(),
					null, null, null, c.confidence(), null, null, List.of(), Map.of()));
		}
		int n = 0;
		for (ScenarioInput.HypotheticalClaim h : input.addClaims()) {
			changed.add(new Claim(OverlaidProjection.HYPOTHETICAL_PREFIX + (++n), h.kind(), h.from(), h.to(),
					h.amountUsd(), h.shareOfSource(), h.shareOfTarget(), null, null, null, null, null, null,
					h.confidence(), null, null, List.of(), Map.of()));
		}
		return changed;
	}

	private static void assertClose(Double actual, Double expected) {
		if (expected == null) {
			assertThat(actual).isNull();
		}
		else {
			assertThat(actual).isCloseTo(expected, within(1e-9));
		}
	}

	@Provide
	Arbitrary<Long> seed() {
		return Arbitraries.longs();
	}

}
