package org.ecograph.analysis.scenario;

import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.NodeMarks;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;

/**
 * When a scenario provably answers a question as the graph as it is does, so that its {@code after} side is the
 * {@code before} answer, not computed again. Each rule is exact (a sufficient condition, never a guess): when it
 * does not hold, the scenario's side is computed. The rules and their proofs are on the two methods;
 * {@code UnchangedPropertyTests} checks them against the full computation on random graphs and scenarios.
 * <p>
 * Common ground: an overlay that adds nothing (no claim, no entity) only removes claims (a removed entity removes
 * its claims) and changes shares and amounts of claims it keeps. The step weights of the claims it does not touch
 * are the base's exactly when the largest flow amount under the filter, which scales every weight known by an amount
 * only ({@link org.ecograph.analysis.projection.StepWeights}), is the same: the overlay's weights are then the base's
 * array with the touched claims overridden ({@code OverlaidProjection.weights}), so an untouched claim's weight is
 * the same double.
 */
public final class Unchanged {

	private Unchanged() {
	}

	/**
	 * Whether the paths under the scenario are {@code before}, the answer of the same question ({@code filter} and
	 * the query's shape) on the overlay's base. True when: the overlay adds nothing; the largest amount under the
	 * filter is the base's (untouched weights unchanged); no claim's weight rises (a removed claim is not walkable, a
	 * capped one may only weigh less); {@code before} is complete (the exact k best); and no claim of its paths is
	 * touched (removed, or changed, which would also change what the answer says of it).
	 * <p>
	 * Proof. The paths of the scenario are a subset of the base's (nothing added), each with the same hops and key and
	 * a strength no greater (a product of weights, none greater, all non-negative); the paths of {@code before} keep
	 * their strength (their claims untouched). A complete answer is the first k paths of all the simple paths in the
	 * ranking's total order ({@link ProjectedRoute#strongestFirst}, {@link ProjectedRoute#fewestHopsFirst}: strength,
	 * hops and key in one order or the other). A path Q of the scenario that is not in {@code before} ranked after
	 * every path P of it on the base (when {@code before} has fewer than k paths, every path was in it and Q does
	 * not exist): by hops, unchanged; or by strength, and Q's did not rise while P's stayed; or tied on both on the
	 * base and now tied or behind, with the same keys. So it still ranks after each of them, and the first k (or all)
	 * paths of the scenario are {@code before}'s, in its order, with the same strengths.
	 * <p>
	 * No scenario input raises a weight today (caps only lower shares and amounts, the largest amount aside, which the
	 * scale check covers); the check that none rises keeps the rule exact for an overlay that does.
	 */
	public static boolean paths(OverlaidProjection overlay, ProjectionFilter filter, PathFinder.Result before) {
		if (!overlay.addsNothing() || !before.complete() || !sameScale(overlay, filter)) {
			return false;
		}
		for (ProjectedRoute r : before.routes()) {
			for (int c : r.claims()) {
				if (overlay.removed(c) || overlay.patched(c)) {
					return false;
				}
			}
		}
		// a removed claim is not walkable (weighs less than any); a changed one is compared, weights fetched once
		// (only the changed claims are visited: a removed hub's tens of thousands of claims are not)
		ClaimWeights[] weights = new ClaimWeights[2];
		boolean[] rises = { false };
		overlay.forEachPatched(c -> {
			if (!rises[0] && !overlay.removed(c)) {
				if (weights[0] == null) {
					weights[0] = overlay.base().weights(filter);
					weights[1] = overlay.weights(filter);
				}
				rises[0] = weights[1].weight(c) > weights[0].weight(c);
			}
		});
		return !rises[0];
	}

	/**
	 * Whether the exposure under the scenario is {@code before}, the answer of {@code q} under {@code filter} (the
	 * dependency filter the exposure walks) on the overlay's base. True when: the overlay adds nothing; the largest
	 * amount under the filter is the base's (the routes' strengths, which order tied routes, unchanged); {@code before}
	 * is complete and every counterpart's route listing ran to its end; and no claim the overlay touches that the
	 * base walks under the filter has an end within {@code maxHops - 1} walkable steps of the entity (the ball B,
	 * found by a breadth-first walk on the base, over every walkable claim either way, known share or not).
	 * <p>
	 * Proof. Everything an exposure answer says (each counterpart's shares, whether they are known, its direct
	 * amount, the number of paths, the fewest steps, the listed routes in their total order by share then strength,
	 * the counterparts with an unknown share within the rings) is a function of the simple paths of at most
	 * {@code maxHops} walkable steps from the entity, of their claims' figures and weights, and of the entities' ids.
	 * A claim on such a path has, as its nearer end, a node at most {@code maxHops - 1} steps from the entity along
	 * that path: an end in B. No touched claim has an end in B, so every such path, and every claim and figure on
	 * it, is the same on the overlay (the overlay adds no path); the weights are the same by the common ground. A
	 * removed entity within {@code maxHops} steps would remove the claim that reaches it from B, so none is reached.
	 * Completeness is required because a cut-off enumeration or listing depends on the order it went in, not only on
	 * the paths.
	 */
	public static boolean exposure(OverlaidProjection overlay, ProjectionFilter filter, ExposureEngine.Query q,
			ExposureEngine.Result before) {
		return exposureExact(before) && exposureOutOfReach(overlay, filter, q);
	}

	/**
	 * The rule's condition on {@code before}: complete, and every counterpart's route listing ran to its end
	 * ({@link #exposure}).
	 */
	public static boolean exposureExact(ExposureEngine.Result before) {
		if (!before.complete()) {
			return false;
		}
		for (ExposureEngine.Exposed e : before.exposures()) {
			if (!e.routesComplete()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The rule's condition on the overlay, asked before {@code before} is known (a scenario asked cold then computes
	 * the plain question alone when it holds, else both sides in one walk): the overlay adds nothing, keeps the
	 * largest amount, and touches no walkable claim with an end within {@code maxHops - 1} steps of the entity
	 * ({@link #exposure}).
	 */
	public static boolean exposureOutOfReach(OverlaidProjection overlay, ProjectionFilter filter,
			ExposureEngine.Query q) {
		if (!overlay.addsNothing() || !sameScale(overlay, filter)) {
			return false;
		}
		ClaimProjection g = overlay.base();
		ClaimWeights walk = g.weights(filter);
		NodeMarks ball = NodeMarks.borrow(g);
		try {
			return !ballTouches(g, overlay, walk, q.entity(), q.maxHops() - 1, ball);
		}
		finally {
			ball.release(g);
		}
	}

	/**
	 * How many incidences the exposure rule reads before it gives up (and the scenario computes {@code after}): at 1M
	 * a hub's removal reaches most 3-hop exposures, so the rule seldom holds there, and reading a large ball to learn
	 * it cost a third of the plain question; a small ball (a removal far from the entity) is read whole.
	 */
	static final int EXPOSURE_BUDGET = 1 << 13;

	/**
	 * Whether a node within {@code depth} walkable steps of {@code start} has a walkable claim the overlay touches:
	 * the same as asking whether an end of such a claim lies in that ball, without listing the ends (a removed hub's
	 * claims are tens of thousands, the ball of two steps around most entities far fewer). Also true, to be safe, when
	 * the ball holds more than {@link #EXPOSURE_BUDGET} incidences.
	 */
	private static boolean ballTouches(ClaimProjection g, OverlaidProjection overlay, ClaimWeights walk, int start,
			int depth, NodeMarks ball) {
		ball.put(start, 0);
		int[] frontier = { start };
		int size = 1;
		int budget = EXPOSURE_BUDGET;
		for (int d = 0; size > 0; d++) {
			int[] next = new int[16];
			int n = 0;
			for (int i = 0; i < size; i++) {
				int v = frontier[i];
				for (int pass = 0; pass < 2; pass++) {
					ClaimProjection.Incidence at = pass == 0 ? g.outgoing() : g.incoming();
					if ((budget -= at.end(v) - at.start(v)) < 0) {
						return true;
					}
					for (int j = at.start(v), end = at.end(v); j < end; j++) {
						int c = at.claim(j);
						if (!walk.walkable(c)) {
							continue;
						}
						if (overlay.touches(c)) {
							return true;
						}
						int u = at.far(c);
						if (d < depth && !ball.has(u)) {
							ball.put(u, d + 1);
							if (n == next.length) {
								next = java.util.Arrays.copyOf(next, n * 2);
							}
							next[n++] = u;
						}
					}
				}
			}
			frontier = next;
			size = n;
		}
		return false;
	}

	/** Whether the weights of the claims the overlay does not touch are the base's (the same largest amount). */
	private static boolean sameScale(OverlaidProjection overlay, ProjectionFilter filter) {
		return java.util.Objects.equals(overlay.largestAmount(filter), overlay.base().largestAmount(filter));
	}

}
