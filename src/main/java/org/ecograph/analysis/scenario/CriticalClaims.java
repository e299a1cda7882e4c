package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.NodeMarks;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;

/**
 * The claims an answer rests on, by removing a claim and asking again (on a one-claim overlay of the graph, nothing
 * copied), exactly as a brute force over every claim would find them, but asking again only for the claims that can
 * matter.
 * <p>
 * <b>A path.</b> A claim of path P is critical when, asked again without it, the answer no longer holds P's entities
 * in P's order as its first path (when P is the first) or among its paths (otherwise). Only P's claims are
 * candidates: without a claim off P, P stays and every other path can only weaken or vanish, except when that claim
 * holds the largest amount (then every amount is scaled by a smaller one and another path may overtake P; that is
 * not evidence of P, and not listed). So only P's claims are asked again: at most maxHops searches.
 * <p>
 * <b>An exposure.</b> A claim's effect on the total share to a counterpart is the sum of the share products of the
 * simple chains of known shares through it; the chains to the counterpart are enumerated once (depth-first, pruned by
 * the distance to the counterpart, within the search budget) and each claim credited with its chains. The claims with
 * the largest effect (rounded to 12 decimals, ties by claim id) are then asked again with the exposure engine, so the figure given ({@code totalShareWithout})
 * is the engine's own answer without the claim.
 */
public final class CriticalClaims {

	private CriticalClaims() {
	}

	/**
	 * The critical claims of {@code path} in the answer to {@code q} on {@code g}, in the path's step order.
	 *
	 * @param claims the claim indexes of the path
	 * @param nodes its node indexes
	 * @param first whether it is the answer's first path
	 * @param complete set to false when a search hit its budget
	 */
	public static int[] ofPath(ClaimProjection g, ProjectionFilter filter, PathFinder.Query q, int[] nodes,
			int[] claims, boolean first, boolean[] complete) {
		List<Integer> critical = new ArrayList<>();
		for (int c : claims) {
			if (critical.contains(c)) {
				continue;
			}
			ClaimProjection without = OverlaidProjection.over(g).removeClaim(c).build();
			PathFinder.Result again = PathFinder.find(without, filter, q);
			complete[0] &= again.complete();
			if (!holds(again.routes(), nodes, first)) {
				critical.add(c);
			}
		}
		return critical.stream().mapToInt(Integer::intValue).toArray();
	}

	private static boolean holds(List<ProjectedRoute> routes, int[] nodes, boolean first) {
		if (first) {
			return !routes.isEmpty() && Arrays.equals(routes.get(0).nodes(), nodes);
		}
		return routes.stream().anyMatch(r -> Arrays.equals(r.nodes(), nodes));
	}

	/**
	 * A claim and the counterpart's total share without it.
	 *
	 * @param claim the claim's index
	 * @param totalShareWithout {@code NaN} when no chain of known shares remains
	 * @param effect how much the total share falls without it
	 */
	public record Critical(int claim, double totalShareWithout, double effect) {
	}

	/**
	 * The {@code first} claims whose removal lowers the total share of {@code counterpart} in the exposure {@code q}
	 * most, largest fall first (ties by claim id); claims that change nothing are left out.
	 *
	 * @param complete set to false when the enumeration or a recomputation hit its budget
	 */
	public static List<Critical> ofExposure(ClaimProjection g, ProjectionFilter filter, ExposureEngine.Query q,
			int counterpart, int first, boolean[] complete) {
		Map<Integer, Double> effects = new ChainCredit(g, filter, q, counterpart).effects(complete);
		List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(effects.entrySet());
		// Effects are sums in enumeration order: rounded to 12 decimals, equal effects tie and go by id.
		ranked.removeIf(e -> !(rounded(e.getValue()) > 0));
		ranked.sort(Comparator.comparing((Map.Entry<Integer, Double> e) -> -rounded(e.getValue()))
			.thenComparing(e -> g.claimId(e.getKey())));
		List<Critical> critical = new ArrayList<>();
		ExposureEngine.Totals totals = ExposureEngine.totals(g, filter, q);
		complete[0] &= totals.complete();
		double total = totals.of(counterpart);
		for (Map.Entry<Integer, Double> e : ranked.subList(0, Math.min(first, ranked.size()))) {
			ClaimProjection without = OverlaidProjection.over(g).removeClaim(e.getKey()).build();
			ExposureEngine.Totals again = ExposureEngine.totals(without, filter, q);
			complete[0] &= again.complete();
			double rest = again.of(counterpart);
			critical.add(new Critical(e.getKey(), rest, total - (Double.isNaN(rest) ? 0 : rest)));
		}
		return critical;
	}

	static double rounded(double effect) {
		return Math.round(effect * 1e12) / 1e12;
	}

	/** The dependent side's share of stepping from {@code v} over {@code c}: {@link ExposureEngine}'s rule. */
	static double stepShare(ClaimProjection g, ExposureDirection direction, int c, int v) {
		boolean forward = g.src(c) == v;
		boolean sourceSide = (direction == ExposureDirection.UPSTREAM) == forward;
		return sourceSide ? g.shareOfSource(c) : g.shareOfTarget(c);
	}

	/** Each claim's share of the chains of known shares to one counterpart. */
	private static final class ChainCredit {

		private final ClaimProjection g;

		private final ClaimWeights weights;

		private final ExposureEngine.Query q;

		private final int target;

		private final Map<Integer, Double> effects = new HashMap<>();

		private final int[] claims;

		private NodeMarks toTarget;

		private NodeMarks onPath;

		private long expansions;

		private boolean complete = true;

		ChainCredit(ClaimProjection g, ProjectionFilter filter, ExposureEngine.Query q, int target) {
			this.g = g;
			this.weights = g.weights(filter);
			this.q = q;
			this.target = target;
			this.claims = new int[q.maxHops()];
		}

		Map<Integer, Double> effects(boolean[] complete) {
			this.toTarget = NodeMarks.borrow(this.g);
			this.onPath = NodeMarks.borrow(this.g);
			try {
				distancesToTarget();
				this.onPath.put(this.q.entity(), 1);
				walk(this.q.entity(), 0, 1.0);
				complete[0] &= this.complete;
				return this.effects;
			}
			finally {
				this.toTarget.release(this.g);
				this.onPath.release(this.g);
			}
		}

		/** Breadth-first from the counterpart over steps of known share walked backwards, up to maxHops - 1. */
		private void distancesToTarget() {
			List<Integer> layer = List.of(this.target);
			this.toTarget.put(this.target, 0);
			for (int d = 1; d < this.q.maxHops() && !layer.isEmpty(); d++) {
				List<Integer> next = new ArrayList<>();
				for (int w : layer) {
					for (int pass = 0; pass < 2; pass++) {
						ClaimProjection.Incidence at = pass == 0 ? this.g.outgoing() : this.g.incoming();
						for (int j = at.start(w), end = at.end(w); j < end; j++) {
							int c = at.claim(j);
							int u = at.far(c);
							// the step u -> w over c must have a known share
							if (this.weights.walkable(c) && !this.toTarget.has(u)
									&& !Double.isNaN(stepShare(this.g, this.q.direction(), c, u))) {
								this.toTarget.put(u, d);
								next.add(u);
							}
						}
					}
				}
				layer = next;
			}
		}

		private void walk(int v, int hops, double share) {
			if (v == this.target) {
				for (int i = 0; i < hops; i++) {
					this.effects.merge(this.claims[i], share, Double::sum);
				}
				return;
			}
			if (hops == this.q.maxHops() || !this.complete) {
				return;
			}
			for (int pass = 0; pass < 2; pass++) {
				ClaimProjection.Incidence at = pass == 0 ? this.g.outgoing() : this.g.incoming();
				for (int j = at.start(v), end = at.end(v); j < end; j++) {
					int c = at.claim(j);
					int u = at.far(c);
					int d = this.toTarget.get(u);
					if (!this.weights.walkable(c) || d == NodeMarks.ABSENT || hops + 1 + d > this.q.maxHops()
							|| this.onPath.get(u) == 1) {
						continue;
					}
					double step = stepShare(this.g, this.q.direction(), c, v);
					if (Double.isNaN(step)) {
						continue;
					}
					if (++this.expansions > this.q.maxExpansions()) {
						this.complete = false;
						return;
					}
					this.claims[hops] = c;
					this.onPath.put(u, 1);
					walk(u, hops + 1, share * step);
					this.onPath.put(u, 0);
				}
			}
		}

	}

}
