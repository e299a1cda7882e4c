package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.analysis.ranking.PageRank;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.model.Claim;

/**
 * The reference of the scenario tests: a scenario applied by loading the projection again without what it removes,
 * with its caps applied, its hypothetical entities numbered among the others in id order and its hypothetical
 * claims appended ({@link TestProjections#rebuilt}); and the answers of
 * the algorithms written out by ids, field for field, so that the overlay's and the reload's compare as text.
 */
final class ScenarioReference {

	private ScenarioReference() {
	}

	/** {@code g} loaded again with {@code input} applied. */
	static ClaimProjection reloaded(ClaimProjection g, ScenarioInput input) {
		Set<String> removedEntities = new HashSet<>(input.removeEntities());
		Set<String> removedClaims = new HashSet<>(input.removeClaims());
		Map<String, double[]> patches = new HashMap<>();
		OverlaidProjection.Builder indexes = OverlaidProjection.over(g);
		for (ScenarioInput.ClaimCap cap : input.capClaims()) {
			int c = indexes.claimIndexes(List.of(cap.relation())).get(cap.relation());
			double[] before = patches.getOrDefault(cap.relation(),
					new double[] { g.shareOfSource(c), g.shareOfTarget(c), g.amountUsd(c) });
			patches.put(cap.relation(),
					new double[] { cap.share(before[0]), cap.share(before[1]), cap.amount(before[2]) });
		}
		List<Claim> appended = new ArrayList<>();
		int n = 0;
		for (ScenarioInput.HypotheticalClaim h : input.addClaims()) {
			appended.add(new Claim(OverlaidProjection.HYPOTHETICAL_PREFIX + (++n), h.kind(), h.from(), h.to(),
					h.amountUsd(), h.shareOfSource(), h.shareOfTarget(), null, null, null, null, null, null,
					h.confidence(), null, null, List.of(), Map.of()));
		}
		Map<String, org.ecograph.model.EntityKind> addedEntities = new HashMap<>();
		for (ScenarioInput.HypotheticalEntity e : input.addEntities()) {
			addedEntities.put(e.id(), org.ecograph.model.EntityKind.valueOf(
					e.id().substring(0, e.id().indexOf(':')).toUpperCase(java.util.Locale.ROOT)));
		}
		return TestProjections.rebuilt(g, removedEntities, removedClaims, patches, appended, addedEntities);
	}

	/** An exposure answer, every field, by ids. */
	static List<String> exposure(ClaimProjection g, ProjectionFilter filter, String entity,
			ExposureEngine.Query shape) {
		ExposureEngine.Query q = new ExposureEngine.Query(g.node(entity), shape.direction(), shape.maxHops(),
				shape.first(), shape.maxPaths(), shape.maxExpansions());
		ExposureEngine.Result result = ExposureEngine.compute(g, filter, q);
		List<String> lines = new ArrayList<>();
		lines.add("complete " + result.complete());
		for (ExposureEngine.Exposed e : result.exposures()) {
			lines.add(g.entityId(e.node()) + " direct " + e.directShare() + " indirect " + e.indirectShare()
					+ " total " + e.totalShare() + " known " + e.shareKnown() + " amount " + e.amountUsd() + " paths "
					+ e.pathCount() + " hops " + e.hops() + " routesComplete " + e.routesComplete());
			for (ProjectedRoute r : e.routes()) {
				lines.add("  " + route(g, r));
			}
		}
		return lines;
	}

	/** A path answer, every field, by ids. */
	static List<String> paths(ClaimProjection g, ProjectionFilter filter, String from, String to,
			PathFinder.Query shape) {
		PathFinder.Result result = PathFinder.find(g, filter, new PathFinder.Query(g.node(from), g.node(to),
				shape.maxHops(), shape.k(), shape.ranking(), shape.followDirection(), shape.maxExpansions()));
		List<String> lines = new ArrayList<>();
		lines.add("complete " + result.complete());
		result.routes().forEach(r -> lines.add(route(g, r)));
		return lines;
	}

	/**
	 * Asserts the overlay's paths equal the reload's, field for field, ties at the k-th path included: tied paths are
	 * ordered by their ids, so the overlay and the reload, which number claims differently, keep the same ones.
	 */
	static void assertSamePaths(ClaimProjection overlay, ClaimProjection reloaded, ProjectionFilter filter,
			String from, String to, PathFinder.Query shape, String what) {
		org.assertj.core.api.Assertions.assertThat(paths(overlay, filter, from, to, shape))
			.as(what)
			.isEqualTo(paths(reloaded, filter, from, to, shape));
	}

	/** Every present entity's PageRank score, by id. */
	static Map<String, Double> ranking(ClaimProjection g, ProjectionFilter filter, RankingWeight weight) {
		double[] scores = PageRank.scores(g, filter, weight);
		Map<String, Double> byId = new HashMap<>();
		for (int v = 0; v < g.entityCount(); v++) {
			if (g.present(v)) {
				byId.put(g.entityId(v), scores[v]);
			}
		}
		return byId;
	}

	static String route(ClaimProjection g, ProjectedRoute r) {
		return r.key(g) + " strength " + r.strength() + " share " + r.share();
	}

}
