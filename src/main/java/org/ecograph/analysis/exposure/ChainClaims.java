package org.ecograph.analysis.exposure;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.ProjectionFilter;

/**
 * The claims and entities that lie on the chains of an exposure between the entity and one counterpart: every simple
 * path of at most {@code maxHops} walkable claims (those the filter passes, self-loops excluded, followed either way as
 * the exposure's are) from the entity to the counterpart, the very paths {@link ExposureEngine} counts in
 * {@code pathCount}. The paths are enumerated depth first, a step taken only when the counterpart can still be reached
 * within the bound from its far end (the fewest steps from each node to the counterpart, found first by a breadth-first
 * walk of at most {@code maxHops - 1} steps from it); the enumeration stops at a budget of steps and says so.
 */
public final class ChainClaims {

	/**
	 * What lies on the chains.
	 *
	 * @param claims the claims on at least one chain
	 * @param nodes the nodes on at least one chain, both ends included (empty when there is no chain)
	 * @param complete whether every chain was enumerated (false: the budget stopped the enumeration; then the sets hold
	 * what the chains enumerated so far cross)
	 */
	public record Found(Set<Integer> claims, Set<Integer> nodes, boolean complete) {
	}

	private final ClaimProjection g;

	private final ClaimWeights weights;

	private final int target;

	private final int maxHops;

	private final long budget;

	private final Map<Integer, Integer> toTarget = new HashMap<>();

	private final Set<Integer> claims = new HashSet<>();

	private final Set<Integer> nodes = new HashSet<>();

	private final Set<Integer> onPath = new HashSet<>();

	private final int[] pathClaims;

	private final int[] pathNodes;

	private long steps;

	private ChainClaims(ClaimProjection g, ProjectionFilter filter, int target, int maxHops, long budget) {
		this.g = g;
		this.weights = g.weights(filter);
		this.target = target;
		this.maxHops = maxHops;
		this.budget = budget;
		this.pathClaims = new int[maxHops];
		this.pathNodes = new int[maxHops + 1];
	}

	/**
	 * The claims and nodes on the chains of at most {@code maxHops} walkable claims between {@code source} and
	 * {@code target} on {@code g}.
	 * @param budget the most steps the enumeration takes before it stops (incomplete)
	 */
	public static Found between(ClaimProjection g, ProjectionFilter filter, int source, int target, int maxHops,
			long budget) {
		ChainClaims walk = new ChainClaims(g, filter, target, maxHops, budget);
		if (source < 0 || target < 0 || source == target) {
			return new Found(Set.of(), Set.of(), true);
		}
		walk.distancesToTarget();
		boolean complete = walk.from(source, 0);
		return new Found(Set.copyOf(walk.claims), Set.copyOf(walk.nodes), complete);
	}

	private void distancesToTarget() {
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		this.toTarget.put(this.target, 0);
		queue.add(this.target);
		while (!queue.isEmpty()) {
			int v = queue.poll();
			int d = this.toTarget.get(v);
			if (d == this.maxHops - 1) {
				continue;
			}
			forEachStep(v, (c, w) -> {
				if (!this.toTarget.containsKey(w)) {
					this.toTarget.put(w, d + 1);
					queue.add(w);
				}
				return true;
			});
		}
	}

	/** Enumerates the chains on from {@code v} at {@code depth}; false when the budget stopped it. */
	private boolean from(int v, int depth) {
		this.pathNodes[depth] = v;
		if (v == this.target) {
			for (int i = 0; i < depth; i++) {
				this.claims.add(this.pathClaims[i]);
			}
			for (int i = 0; i <= depth; i++) {
				this.nodes.add(this.pathNodes[i]);
			}
			return true;
		}
		this.onPath.add(v);
		try {
			return forEachStep(v, (c, w) -> {
				Integer left = this.toTarget.get(w);
				if (left == null || depth + 1 + left > this.maxHops || this.onPath.contains(w)) {
					return true;
				}
				if (++this.steps > this.budget) {
					return false;
				}
				this.pathClaims[depth] = c;
				return from(w, depth + 1);
			});
		}
		finally {
			this.onPath.remove(v);
		}
	}

	/** Calls {@code step} for every walkable claim at {@code v}, either way, until it returns false; false then. */
	private boolean forEachStep(int v, Step step) {
		for (ClaimProjection.Incidence at : new ClaimProjection.Incidence[] { this.g.outgoing(), this.g.incoming() }) {
			for (int j = at.start(v), last = at.end(v); j < last; j++) {
				int c = at.claim(j);
				if (this.weights.walkable(c) && !step.accept(c, at.far(c))) {
					return false;
				}
			}
		}
		return true;
	}

	@FunctionalInterface
	private interface Step {

		boolean accept(int claim, int otherEnd);

	}

}
