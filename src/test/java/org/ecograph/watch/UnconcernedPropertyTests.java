package org.ecograph.watch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.RandomClaims;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved question that {@link Unconcerned} says a change cannot concern has the same answer before and after it: on
 * random multigraphs ({@link RandomClaims}), one claim removed, added or given another share, the ends of that claim
 * as the entities where the graph changed; for every entity and hop bound, the exposure (every field, every route)
 * and the paths to every other entity are the same on both graphs wherever a watch asking them would be skipped.
 */
class UnconcernedPropertyTests {

	private static final ProjectionFilter ALL = ProjectionFilter.of(ClaimFilter.NONE);

	private static final ProjectionFilter DEPENDENCY = ProjectionFilter
		.of(ClaimFilter.NONE.withKinds(RelationKind.exposureDefaults()));

	@Property(tries = 300)
	void aQuestionNoChangeReachesKeepsItsAnswer(@ForAll("seed") long seed) {
		Random random = new Random(seed);
		int nodes = 4 + random.nextInt(8);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			ids.add("company:" + (char) ('a' + i));
		}
		List<Claim> before = RandomClaims.of(random, nodes, 16);
		List<Claim> after = new ArrayList<>(before);
		Set<String> changedAt = new HashSet<>();
		int change = before.isEmpty() ? 1 : random.nextInt(3);
		if (change == 0) {
			Claim removed = after.remove(random.nextInt(after.size()));
			changedAt.addAll(List.of(removed.fromId(), removed.toId()));
		}
		else if (change == 1) {
			Claim added = new Claim("claim:added", RelationKind.FUNDS, ids.get(random.nextInt(nodes)),
					ids.get(random.nextInt(nodes)), null, 0.5, 0.4, null, null, ClaimStatus.REPORTED, null, null, null,
					null, null, null, List.of(), Map.of());
			after.add(added);
			changedAt.addAll(List.of(added.fromId(), added.toId()));
		}
		else {
			int at = random.nextInt(after.size());
			Claim c = after.get(at);
			after.set(at, new Claim(c.id(), c.kind(), c.fromId(), c.toId(), c.amountUsd(), 0.7, 0.3, null, null,
					ClaimStatus.REPORTED, null, null, null, c.confidence(), null, null, List.of(), Map.of()));
			changedAt.addAll(List.of(c.fromId(), c.toId()));
		}
		ClaimProjection old = TestProjections.of(ids, before);
		ClaimProjection now = TestProjections.of(ids, after);
		// the evaluator skips nothing when the step weights' scale moved
		if (!Objects.equals(old.largestAmount(ALL), now.largestAmount(ALL))
				|| !Objects.equals(old.largestAmount(DEPENDENCY), now.largestAmount(DEPENDENCY))) {
			return;
		}
		Unconcerned unconcerned = Unconcerned.of(now, changedAt, 3);
		int skipped = 0;
		for (String entity : ids) {
			for (int maxHops = 1; maxHops <= 4; maxHops++) {
				for (ExposureDirection direction : ExposureDirection.values()) {
					if (unconcerned.cannotConcern(exposure(entity, maxHops, direction))) {
						skipped++;
						ExposureEngine.Query q = new ExposureEngine.Query(now.node(entity), direction, maxHops, 200, 3,
								Long.MAX_VALUE);
						assertThat(shown(now, ExposureEngine.compute(now, DEPENDENCY, q)))
							.as("exposure of %s, %d hops, %s", entity, maxHops, direction)
							.isEqualTo(shown(old, ExposureEngine.compute(old, DEPENDENCY, q)));
					}
				}
				for (String to : ids) {
					if (!to.equals(entity) && unconcerned.cannotConcern(path(entity, to, maxHops))) {
						skipped++;
						PathFinder.Query q = new PathFinder.Query(now.node(entity), now.node(to), maxHops, 5,
								PathRanking.STRENGTH, false, Long.MAX_VALUE);
						PathFinder.Result found = PathFinder.find(now, ALL, q);
						PathFinder.Result was = PathFinder.find(old, ALL, q);
						assertThat(shown(now, found.routes())).as("paths %s -> %s, %d hops", entity, to, maxHops)
							.isEqualTo(shown(old, was.routes()));
						assertThat(found.complete()).isEqualTo(was.complete());
					}
				}
			}
		}
		Statistics.label("questions skipped").collect(skipped == 0 ? "none" : skipped < 20 ? "some" : "many");
	}

	/** An exposure answer with claims by id (a claim removed or added renumbers the others). */
	private static List<Object> shown(ClaimProjection g, ExposureEngine.Result result) {
		List<Object> shown = new ArrayList<>(List.of(result.complete()));
		for (ExposureEngine.Exposed e : result.exposures()) {
			shown.add(Arrays.asList(e.node(), e.directShare(), e.indirectShare(), e.totalShare(), e.shareKnown(),
					e.amountUsd(), e.pathCount(), e.hops(), shown(g, e.routes()), e.routesComplete()));
		}
		return shown;
	}

	private static List<Object> shown(ClaimProjection g, List<ProjectedRoute> routes) {
		List<Object> shown = new ArrayList<>();
		for (ProjectedRoute r : routes) {
			List<String> claims = new ArrayList<>();
			for (int c : r.claims()) {
				claims.add(g.claimId(c));
			}
			shown.add(Arrays.asList(Arrays.toString(r.nodes()), claims, r.strength(), r.share()));
		}
		return shown;
	}

	private static Watch exposure(String entity, int maxHops, ExposureDirection direction) {
		return new Watch("watch:e", WatchKind.EXPOSURE_ABOVE, entity, null, null, null, maxHops, 0.1, null, direction,
				Map.of(), 1);
	}

	private static Watch path(String from, String to, int maxHops) {
		return new Watch("watch:p", WatchKind.NEW_PATH, null, null, from, to, maxHops, null, 5, null, Map.of(), 1);
	}

	@Provide
	Arbitrary<Long> seed() {
		return Arbitraries.longs();
	}

}
