package org.ecograph.analysis.paths;

import java.util.Arrays;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.NodeMarks;

/**
 * A breadth-first search from one end of a path question, grown one layer at a time on demand, so that a
 * bidirectional search can always grow the side whose next layer costs less (the sum of its frontier's claims).
 * After {@link #depth()} layers, every node within that many steps is known with its exact distance, and the claims
 * of every node nearer than that have been scanned.
 */
final class LayeredBall {

	/** The lower bound of a node that cannot be reached at all; large, but safe to add a few of. */
	static final int UNREACHABLE = Integer.MAX_VALUE / 4;

	private final ClaimProjection g;

	private final ClaimWeights weights;

	private final boolean forward;

	private final boolean followDirection;

	private final NodeMarks distance;

	/** The nodes found, in order of distance; the first {@link #scanned} have had their claims scanned. */
	private int[] nodes = new int[64];

	private int size;

	private int scanned;

	private int depth;

	private long nextCost;

	/**
	 * @param weights the step weight of each claim under the question's filter
	 * @param forward whether the ball walks claims from their source (the start's ball) or back to it (the target's)
	 * @param followDirection whether claims may only be walked in their direction
	 */
	LayeredBall(ClaimProjection g, ClaimWeights weights, int origin, boolean forward, boolean followDirection,
			NodeMarks distance) {
		this.g = g;
		this.weights = weights;
		this.forward = forward;
		this.followDirection = followDirection;
		this.distance = distance;
		distance.put(origin, 0);
		this.nodes[this.size++] = origin;
		this.nextCost = cost(origin);
	}

	/** How many layers have been grown. */
	int depth() {
		return this.depth;
	}

	/** Whether no node is left to find: every node within reach is known and scanned. */
	boolean exhausted() {
		return this.scanned == this.size;
	}

	/** The claims the next {@link #grow()} scans. */
	long nextCost() {
		return this.nextCost;
	}

	int size() {
		return this.size;
	}

	int node(int i) {
		return this.nodes[i];
	}

	/** Whether the node's claims have been scanned (it is nearer than the depth, or the ball is exhausted). */
	boolean scanned(int node) {
		int d = this.distance.get(node);
		return d != NodeMarks.ABSENT && d < this.depth;
	}

	/** A lower bound of the node's distance: exact inside the ball, one more than the depth outside. */
	int lowerBound(int node) {
		int d = this.distance.get(node);
		if (d != NodeMarks.ABSENT) {
			return d;
		}
		return exhausted() ? UNREACHABLE : this.depth + 1;
	}

	/** Scans the frontier's claims and adds the next layer. */
	void grow() {
		int end = this.size;
		int d = this.depth + 1;
		long cost = 0;
		for (int i = this.scanned; i < end; i++) {
			int v = this.nodes[i];
			for (int pass = 0; pass < 2; pass++) {
				boolean out = pass == 0;
				if (this.followDirection && out != this.forward) {
					continue;
				}
				ClaimProjection.Incidence at = out ? this.g.outgoing() : this.g.incoming();
				for (int j = at.start(v), last = at.end(v); j < last; j++) {
					int c = at.claim(j);
					int u = at.far(c);
					if (u == v || !this.weights.walkable(c) || this.distance.has(u)) {
						continue;
					}
					this.distance.put(u, d);
					if (this.size == this.nodes.length) {
						this.nodes = Arrays.copyOf(this.nodes, this.size * 2);
					}
					this.nodes[this.size++] = u;
					cost += cost(u);
				}
			}
		}
		this.scanned = end;
		this.depth = d;
		this.nextCost = cost;
	}

	private long cost(int v) {
		long out = this.g.outgoing().degree(v);
		long in = this.g.incoming().degree(v);
		if (!this.followDirection) {
			return out + in;
		}
		return this.forward ? out : in;
	}

}
