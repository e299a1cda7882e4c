package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.RandomClaims;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link Unchanged} rules against the full computation: on random multigraphs ({@link RandomClaims}) and random
 * scenarios (entities and claims removed, claims capped, now and then a claim added or the largest amount removed),
 * whenever a rule says the scenario's answer is the graph's, the scenario's answer computed in full, and the answer
 * on the graph loaded again with the scenario applied, are that answer, field for field. And the rules do hold
 * often enough to be tested (each is seen to hold, and to refuse, on the generated cases).
 */
class UnchangedPropertyTests {

	private static final ProjectionFilter ALL = ProjectionFilter.of(ClaimFilter.NONE);

	/** The exposure's default kinds: a filter under which some claims are not walkable. */
	private static final ProjectionFilter DEPENDENCY = ProjectionFilter
		.of(ClaimFilter.NONE.withKinds(RelationKind.exposureDefaults()));

	@Property(tries = 300)
	void whenARuleHoldsTheScenarioAnswersAsTheGraph(@ForAll("seed") long seed,
			@ForAll @IntRange(min = 1, max = 4) int maxHops, @ForAll boolean upstream, @ForAll boolean dependency) {
		check(seed, maxHops, upstream, dependency ? DEPENDENCY : ALL, new int[4]);
	}

	/** The same over fixed seeds, counting: each rule holds, and refuses, on a fair share of the cases. */
	@Test
	void eachRuleHoldsAndRefusesOnTheGeneratedCases() {
		int[] counts = new int[4];
		for (long seed = 0; seed < 400; seed++) {
			check(seed, 1 + (int) (seed % 4), seed % 2 == 0, seed % 3 == 0 ? DEPENDENCY : ALL, counts);
		}
		// exposures held, refused; paths held, refused
		assertThat(counts[0]).as("exposure rule held").isGreaterThan(100);
		assertThat(counts[1]).as("exposure rule refused").isGreaterThan(100);
		assertThat(counts[2]).as("paths rule held").isGreaterThan(100);
		assertThat(counts[3]).as("paths rule refused").isGreaterThan(100);
	}

	private static void check(long seed, int maxHops, boolean upstream, ProjectionFilter filter, int[] counts) {
		Random random = new Random(seed);
		List<Claim> claims = RandomClaims.of(random, 6 + random.nextInt(8), 8 + random.nextInt(16));
		ClaimProjection g = TestProjections.of(List.of("company:a", "company:b", "company:c"), claims);
		ScenarioInput input = scenario(random, g, claims);
		OverlaidProjection overlay = Scenarios.overlay(g, input);
		ClaimProjection reloaded = ScenarioReference.reloaded(g, input);
		ExposureDirection direction = upstream ? ExposureDirection.UPSTREAM : ExposureDirection.DOWNSTREAM;
		for (int v = 0; v < g.entityCount(); v++) {
			String entity = g.entityId(v);
			if (overlay.node(entity) < 0) {
				continue;
			}
			ExposureEngine.Query q = new ExposureEngine.Query(v, direction, maxHops, 1 + random.nextInt(6),
					random.nextInt(3), Long.MAX_VALUE);
			ExposureEngine.Result before = ExposureEngine.compute(g, filter, q);
			if (Unchanged.exposure(overlay, filter, q, before)) {
				counts[0]++;
				List<String> expected = ScenarioReference.exposure(g, filter, entity, q);
				assertThat(ScenarioReference.exposure(overlay, filter, entity, q)).as("exposure of %s, seed %d", entity, seed)
					.isEqualTo(expected);
				assertThat(ScenarioReference.exposure(reloaded, filter, entity, q)).as("reloaded, seed %d", seed)
					.isEqualTo(expected);
			}
			else {
				counts[1]++;
			}
		}
		for (PathRanking ranking : PathRanking.values()) {
			for (int a = 0; a < g.entityCount(); a++) {
				for (int b = 0; b < g.entityCount(); b++) {
					String from = g.entityId(a);
					String to = g.entityId(b);
					if (a == b || overlay.node(from) < 0 || overlay.node(to) < 0) {
						continue;
					}
					PathFinder.Query q = new PathFinder.Query(a, b, maxHops, 1 + random.nextInt(4), ranking, !upstream,
							Long.MAX_VALUE);
					PathFinder.Result before = PathFinder.find(g, filter, q);
					if (Unchanged.paths(overlay, filter, before)) {
						counts[2]++;
						List<String> expected = ScenarioReference.paths(g, filter, from, to, q);
						String what = from + " -> " + to + " " + ranking + ", seed " + seed;
						assertThat(ScenarioReference.paths(overlay, filter, from, to, q)).as(what).isEqualTo(expected);
						assertThat(ScenarioReference.paths(reloaded, filter, from, to, q)).as(what).isEqualTo(expected);
					}
					else {
						counts[3]++;
					}
				}
			}
		}
	}

	/**
	 * An overlay raising a claim's shares (no scenario input can: caps only lower): the paths rule must refuse when
	 * the raised claim could lift another path above the answer's, and hold only when the answer is still the graph's.
	 */
	@Test
	void theRulesRefuseAWeightThatRises() {
		int held = 0;
		int refused = 0;
		for (long seed = 0; seed < 300; seed++) {
			Random random = new Random(seed);
			List<Claim> claims = RandomClaims.of(random, 5 + random.nextInt(6), 6 + random.nextInt(14));
			ClaimProjection g = TestProjections.of(List.of("company:a", "company:b", "company:c"), claims);
			if (g.claimCount() == 0) {
				continue;
			}
			OverlaidProjection raised = OverlaidProjection.over(g)
				.patch(random.nextInt(g.claimCount()), 1.0, 1.0, Double.NaN)
				.build();
			for (int b = 1; b < g.entityCount(); b++) {
				PathFinder.Query q = new PathFinder.Query(0, b, 1 + (int) (seed % 4), 1 + random.nextInt(3),
						PathRanking.values()[(int) (seed % 2)], false, Long.MAX_VALUE);
				PathFinder.Result before = PathFinder.find(g, ALL, q);
				if (Unchanged.paths(raised, ALL, before)) {
					held++;
					assertThat(ScenarioReference.paths(raised, ALL, g.entityId(0), g.entityId(b), q))
						.as("seed %d, to %s", seed, g.entityId(b))
						.isEqualTo(ScenarioReference.paths(g, ALL, g.entityId(0), g.entityId(b), q));
				}
				else {
					refused++;
				}
			}
		}
		assertThat(held).isGreaterThan(50);
		assertThat(refused).isGreaterThan(50);
	}

	/**
	 * Mostly removals (an entity, or one to three claims, the claim with the largest amount among them now and
	 * then), sometimes caps (which lower shares and amounts), now and then a hypothetical claim (the rules refuse).
	 */
	private static ScenarioInput scenario(Random random, ClaimProjection g, List<Claim> claims) {
		List<String> removeEntities = new ArrayList<>();
		List<String> removeClaims = new ArrayList<>();
		List<ScenarioInput.ClaimCap> caps = new ArrayList<>();
		List<ScenarioInput.HypotheticalClaim> added = new ArrayList<>();
		if (random.nextInt(3) == 0) {
			removeEntities.add(g.entityId(random.nextInt(g.entityCount())));
		}
		else if (!claims.isEmpty()) {
			for (int i = random.nextInt(3); i >= 0; i--) {
				removeClaims.add(claims.get(random.nextInt(claims.size())).id());
			}
			if (random.nextInt(4) == 0) {
				claims.stream()
					.filter(c -> c.amountUsd() != null)
					.max(java.util.Comparator.comparing(Claim::amountUsd))
					.ifPresent(c -> removeClaims.add(c.id()));
			}
		}
		if (!claims.isEmpty() && random.nextInt(4) == 0) {
			Claim capped = claims.get(random.nextInt(claims.size()));
			caps.add(new ScenarioInput.ClaimCap(capped.id(), random.nextBoolean() ? 0.2 : null,
					random.nextBoolean() ? 2e8 : null, random.nextBoolean() ? 0.5 : null));
			if (caps.get(0).maxShare() == null && caps.get(0).maxAmountUsd() == null && caps.get(0).scale() == null) {
				caps.set(0, new ScenarioInput.ClaimCap(capped.id(), 0.3, null, null));
			}
		}
		if (random.nextInt(8) == 0 && !removeEntities.contains("company:a") && !removeEntities.contains("company:c")) {
			added.add(new ScenarioInput.HypotheticalClaim(RelationKind.FUNDS, "company:a", "company:c", 0.5, null, null,
					null));
		}
		return new ScenarioInput(removeEntities, removeClaims, caps, added, List.of());
	}

	@Provide
	Arbitrary<Long> seed() {
		return Arbitraries.longs();
	}

}
