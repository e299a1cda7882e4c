package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.RandomClaims;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The joint walk ({@link ExposureEngine#computeJoint}: the graph as it is and a scenario's overlay in one walk)
 * against the two answers computed apart, field for field and bit for bit (every figure rendered with
 * {@link Double#toString}, which tells any two doubles apart): on small random multigraphs with random scenarios
 * (entities and claims removed, claims capped and scaled, hypothetical entities and claims; {@link
 * ScenarioPropertyTests#randomScenario}), and on larger graphs with hubs and shares of many digits, where the order in
 * which a sum adds its terms shows in its last bits. Every entity of the graph the scenario keeps, both directions,
 * one to four steps (four: the enumeration, computed apart), the default kinds and every kind, few or many
 * counterparts and routes, and route budgets that cut listings short.
 * <p>
 * Each case is built from one seed ({@link Random}), so these are JUnit tests over fresh random seeds (and a fixed
 * sweep) rather than jqwik properties: a seed has nothing to shrink, and JUnit runs them on its first lane while the
 * second is busy, where jqwik's engine ran them alone after every JUnit class (about 10 s at the suite's end). A
 * failure names its seed; {@code onSmallGraphs(seed)} or {@code onLargerGraphsWithHubs(seed)} replays it.
 */
class JointWalkPropertyTests {

	private static final ProjectionFilter ALL = ProjectionFilter.of(ClaimFilter.NONE);

	private static final ProjectionFilter DEPENDENCY = ProjectionFilter
		.of(ClaimFilter.NONE.withKinds(RelationKind.exposureDefaults()));

	@Test
	void onSmallGraphsTheJointWalkAnswersAsTheTwoWalks() {
		eachOfRandomSeeds(300, JointWalkPropertyTests::onSmallGraphs);
	}

	@Test
	void onLargerGraphsWithHubsTheJointWalkAnswersAsTheTwoWalks() {
		eachOfRandomSeeds(40, JointWalkPropertyTests::onLargerGraphsWithHubs);
	}

	/** {@code check} on {@code count} fresh random seeds; a failure, an assertion's or any other, names its seed. */
	private static void eachOfRandomSeeds(long count, LongConsumer check) {
		ThreadLocalRandom.current().longs(count).forEach(seed -> {
			try {
				check.accept(seed);
			}
			catch (RuntimeException | AssertionError failure) {
				throw new AssertionError("seed " + seed + ": " + failure.getMessage(), failure);
			}
		});
	}

	/** A fixed sweep, so that every run also sees the same cases. */
	@Test
	void aFixedSweepOfScenariosAnswersAsTheTwoWalks() {
		for (long seed = 0; seed < 24; seed++) {
			onLargerGraphsWithHubs(seed);
			onSmallGraphs(seed);
		}
	}

	static void onSmallGraphs(long seed) {
		Random random = new Random(seed);
		List<Claim> claims = RandomClaims.of(random, 4 + random.nextInt(8), 30);
		ClaimProjection g = TestProjections.of(List.of("company:a", "company:b", "company:c"), claims);
		ScenarioInput input = ScenarioPropertyTests.randomScenario(random, g, claims);
		if (random.nextInt(4) == 0) {
			// the claim holding the largest amount removed too: every amount-only weight rescaled, so no claim is
			// shared between the sides without its own check
			List<String> removed = new ArrayList<>(input.removeClaims());
			List<String> gone = input.removeEntities();
			claims.stream()
				.filter(c -> c.amountUsd() != null && !gone.contains(c.fromId()) && !gone.contains(c.toId()))
				.max(java.util.Comparator.comparing(Claim::amountUsd))
				.ifPresent(c -> removed.add(c.id()));
			input = new ScenarioInput(input.removeEntities(), removed, input.capClaims(), input.addClaims(),
					input.addEntities());
		}
		OverlaidProjection overlay = Scenarios.overlay(g, input);
		checkEveryEntity(random, g, overlay, "seed " + seed + (overlay.keepsScale(ALL) ? "" : ", rescaled"));
	}

	static void onLargerGraphsWithHubs(long seed) {
		Random random = new Random(seed);
		List<Claim> claims = hubbed(random, 30 + random.nextInt(30), 150 + random.nextInt(250));
		List<String> ids = new ArrayList<>();
		claims.forEach(c -> {
			ids.add(c.fromId());
			ids.add(c.toId());
		});
		ClaimProjection g = TestProjections.of(ids.stream().distinct().sorted().toList(), claims);
		ScenarioInput input = random.nextBoolean() ? withoutAHub(random, g)
				: ScenarioPropertyTests.randomScenario(random, g, claims);
		checkEveryEntity(random, g, Scenarios.overlay(g, input), "seed " + seed);
	}

	private static void checkEveryEntity(Random random, ClaimProjection g, OverlaidProjection overlay, String what) {
		for (int v = 0; v < g.entityCount(); v++) {
			if (overlay.node(g.entityId(v)) < 0) {
				continue;
			}
			ExposureDirection direction = ExposureDirection.values()[random.nextInt(2)];
			int maxHops = 1 + random.nextInt(random.nextInt(5) == 0 ? 4 : 3);
			ProjectionFilter filter = random.nextBoolean() ? ALL : DEPENDENCY;
			// a small budget now and then: a route listing cut short (routesComplete false) must be cut alike
			long budget = random.nextInt(4) == 0 ? 1 + random.nextInt(12) : Long.MAX_VALUE;
			ExposureEngine.Query q = new ExposureEngine.Query(v, direction, maxHops,
					random.nextBoolean() ? 1 + random.nextInt(5) : 1000, random.nextInt(4), budget);
			check(g, overlay, filter, q, what + ", " + g.entityId(v) + " " + q);
		}
	}

	/** The joint answers are the two computed apart, field for field. */
	static void check(ClaimProjection g, OverlaidProjection overlay, ProjectionFilter filter, ExposureEngine.Query q,
			String what) {
		ExposureEngine.Result[] joint = ExposureEngine.computeJoint(g, overlay, filter, q);
		assertThat(render(g, joint[0])).as("before, %s", what).isEqualTo(render(g, ExposureEngine.compute(g, filter, q)));
		assertThat(render(overlay, joint[1])).as("after, %s", what)
			.isEqualTo(render(overlay, ExposureEngine.compute(overlay, filter, q)));
	}

	/** Every field of an answer, each double as {@link Double#toString} gives it (exact: it tells all doubles apart). */
	static List<String> render(ClaimProjection g, ExposureEngine.Result result) {
		List<String> lines = new ArrayList<>();
		lines.add("complete " + result.complete());
		for (ExposureEngine.Exposed e : result.exposures()) {
			lines.add(g.entityId(e.node()) + " direct " + e.directShare() + " indirect " + e.indirectShare() + " total "
					+ e.totalShare() + " known " + e.shareKnown() + " amount " + e.amountUsd() + " paths "
					+ e.pathCount() + " hops " + e.hops() + " routesComplete " + e.routesComplete());
			for (ProjectedRoute r : e.routes()) {
				StringBuilder line = new StringBuilder("  ");
				for (int i = 0; i < r.nodes().length; i++) {
					line.append(g.entityId(r.nodes()[i]));
					if (i < r.claims().length) {
						line.append(" -[").append(g.claimId(r.claims()[i])).append("]- ");
					}
				}
				lines.add(line.append(" strength ").append(r.strength()).append(" share ").append(r.share()).toString());
			}
		}
		return lines;
	}

	/**
	 * {@code nodes} entities, {@code count} claims, a third of them at one of three hubs; shares of many digits
	 * (known or not), amounts (known or not), parallel claims and self-loops now and then.
	 */
	private static List<Claim> hubbed(Random random, int nodes, int count) {
		RelationKind[] kinds = { RelationKind.FUNDS, RelationKind.SUPPLIES, RelationKind.OWNS,
				RelationKind.PARTNERS_WITH };
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int from = random.nextInt(3) == 0 ? random.nextInt(3) : random.nextInt(nodes);
			int to = random.nextInt(3) == 0 ? random.nextInt(3) : random.nextInt(nodes);
			claims.add(new Claim("claim:j" + i, kinds[random.nextInt(kinds.length)], id(from), id(to),
					random.nextInt(3) == 0 ? null : 1e6 * (1 + random.nextInt(1000)),
					random.nextInt(5) == 0 ? null : random.nextDouble(),
					random.nextInt(5) == 0 ? null : random.nextDouble(), null, null, ClaimStatus.REPORTED, null, null,
					null, random.nextBoolean() ? random.nextDouble() : null, null, null, List.of(), Map.of()));
		}
		return claims;
	}

	private static String id(int node) {
		return String.format("company:n%03d", node);
	}

	/** One of the three hubs removed (a hub's removal is what the benchmark asks), and now and then a cap. */
	private static ScenarioInput withoutAHub(Random random, ClaimProjection g) {
		List<ScenarioInput.ClaimCap> caps = new ArrayList<>();
		if (random.nextBoolean() && g.claimCount() > 0) {
			caps.add(new ScenarioInput.ClaimCap(g.claimId(random.nextInt(g.claimCount())), 0.1, null, 0.5));
		}
		String hub = id(random.nextInt(3));
		return new ScenarioInput(g.node(hub) < 0 ? List.of() : List.of(hub), List.of(), caps, List.of());
	}

}
