package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The k best simple paths between two entities on a {@link ClaimProjection}, exactly.
 * <p>
 * Every node of a simple path of at most H steps lies within ⌊H/2⌋ steps of one of its two ends, so the search is
 * confined to the union U of the two balls of that radius (bidirectional breadth-first search). On U it computes,
 * for every node, the fewest steps to the target and an upper bound of the strength of any walk to the target in
 * each number of remaining steps (dynamic programming over U). A best-first enumeration of simple partial paths,
 * ordered by these admissible bounds (strength first for STRENGTH, hops first for HOPS), then completes paths in
 * exactly the ranking's order; it stops once k paths are found and no waiting partial path can tie with the k-th.
 * A hub costs one scan of its claims per partial path that reaches it, never an enumeration of its neighbourhood.
 * A budget of expansions ({@code ecograph.analysis.max-expansions}) bounds pathological cases; when it is reached the
 * result says it is incomplete.
 */
final class PathFinder {

	/** Bounds inflate by this factor so floating-point rounding never makes one inadmissible. */
	private static final double SLACK = 1 + 1e-9;

	/** Strengths closer than this (relative) are taken as equal when deciding whether to search on. */
	private static final double TIE = 1e-8;

	/** The distance of a node that cannot reach the target; large, but safe to add hops to. */
	private static final int UNREACHABLE = Integer.MAX_VALUE / 4;

	/**
	 * The question, on node indexes.
	 *
	 * @param from start node
	 * @param to end node
	 * @param maxHops the most steps
	 * @param k how many paths
	 * @param ranking the order
	 * @param followDirection whether steps must follow their claim's direction
	 * @param maxExpansions the budget of partial paths
	 */
	record Query(int from, int to, int maxHops, int k, PathRanking ranking, boolean followDirection,
			long maxExpansions) {
	}

	/**
	 * The answer.
	 *
	 * @param routes the best paths, best first
	 * @param complete whether the search ran to its end (false: the budget stopped it; the paths are the best found)
	 */
	record Result(List<ProjectedRoute> routes, boolean complete) {
	}

	private final ClaimProjection g;

	private final ProjectionFilter filter;

	private final double[] weights;

	private final Query q;

	/** Node to its index in U. */
	private final NodeMarks inU;

	private int[] uNodes = new int[64];

	private int uSize;

	private int[] distToTarget;

	/** best[h][u]: an upper bound of the strength of walks of at most h steps from U-node u to the target. */
	private double[][] best;

	/** The radius of the ball around `from`, and each U-node's distance from `from` when within it. */
	private int fromRadius;

	private int[] distFromStart = new int[64];

	/** The claims inside U, per U-node ({@link #internalEdges}). */
	private int[] edgeStart;

	private int[] edgeTo;

	private int[] edgeClaim;

	private byte[] edgeOut;

	private PathFinder(ClaimProjection g, ProjectionFilter filter, Query q, NodeMarks marks) {
		this.g = g;
		this.filter = filter;
		this.weights = g.weights(filter);
		this.q = q;
		this.inU = marks;
	}

	static Result find(ClaimProjection g, ProjectionFilter filter, Query q) {
		NodeMarks marks = NodeMarks.borrow(g);
		try {
			PathFinder finder = new PathFinder(g, filter, q, marks);
			return finder.run();
		}
		finally {
			marks.release(g);
		}
	}

	private Result run() {
		// A node at position i of a path of at most H steps is within r1 of `from` when i <= r1, else within
		// H - r1 - 1 of `to`: the larger radius goes to the end with fewer relations, the smaller ball.
		int larger = this.q.maxHops() / 2;
		int smaller = this.q.maxHops() - larger - 1;
		boolean fromIsSmaller = twoStepReach(this.q.from()) <= twoStepReach(this.q.to());
		int fromRadius = fromIsSmaller ? larger : smaller;
		addToU(this.q.from());
		addToU(this.q.to());
		this.distFromStart[this.inU.get(this.q.from())] = 0;
		this.fromRadius = fromRadius;
		ball(this.q.from(), fromRadius, true);
		ball(this.q.to(), this.q.maxHops() - fromRadius - 1, false);
		internalEdges();
		distancesToTarget();
		prune();
		if (this.distToTarget[this.inU.get(this.q.from())] > this.q.maxHops()) {
			return new Result(List.of(), true);
		}
		bounds();
		return search();
	}

	private void addToU(int node) {
		if (this.inU.has(node)) {
			return;
		}
		if (this.uSize == this.uNodes.length) {
			this.uNodes = Arrays.copyOf(this.uNodes, this.uSize * 2);
			this.distFromStart = Arrays.copyOf(this.distFromStart, this.uSize * 2);
		}
		this.inU.put(node, this.uSize);
		this.distFromStart[this.uSize] = UNREACHABLE;
		this.uNodes[this.uSize++] = node;
	}

	/** The claims two steps away, counted through the neighbours: the size of a ball of radius 2. */
	private long twoStepReach(int v) {
		long reach = 0;
		for (int j = this.g.outStart[v]; j < this.g.outStart[v + 1]; j++) {
			reach += degree(this.g.dst[this.g.outClaims[j]]);
		}
		for (int j = this.g.inStart[v]; j < this.g.inStart[v + 1]; j++) {
			reach += degree(this.g.src[this.g.inClaims[j]]);
		}
		return reach;
	}

	private int degree(int v) {
		return this.g.outStart[v + 1] - this.g.outStart[v] + this.g.inStart[v + 1] - this.g.inStart[v];
	}

	/**
	 * Drops the U-nodes no path of at most H steps can use: those whose distance from `from` (at least the radius
	 * plus one outside its ball) plus their distance to `to` exceeds H.
	 */
	private void prune() {
		for (int ui = 0; ui < this.uSize; ui++) {
			int fromStart = Math.min(this.distFromStart[ui], this.fromRadius + 1);
			if (fromStart + this.distToTarget[ui] > this.q.maxHops()) {
				this.distToTarget[ui] = UNREACHABLE;
			}
		}
	}

	/** Adds to U every node within {@code radius} steps of {@code start}, walking forward from it or back to it. */
	private void ball(int start, int radius, boolean forward) {
		int[] frontier = { start };
		int frontierSize = 1;
		NodeMarks seen = NodeMarks.borrow(this.g);
		try {
			seen.put(start, 0);
			for (int d = 0; d < radius && frontierSize > 0; d++) {
				int[] next = new int[16];
				int nextSize = 0;
				for (int i = 0; i < frontierSize; i++) {
					int v = frontier[i];
					for (int pass = 0; pass < 2; pass++) {
						boolean out = pass == 0;
						if (this.q.followDirection() && out != forward) {
							continue;
						}
						int[] start0 = out ? this.g.outStart : this.g.inStart;
						int[] claims = out ? this.g.outClaims : this.g.inClaims;
						for (int j = start0[v]; j < start0[v + 1]; j++) {
							int c = claims[j];
							int u = out ? this.g.dst[c] : this.g.src[c];
							if (u == v || seen.has(u) || !this.g.passes(c, this.filter)) {
								continue;
							}
							seen.put(u, d + 1);
							addToU(u);
							if (forward) {
								int ui = this.inU.get(u);
								this.distFromStart[ui] = Math.min(this.distFromStart[ui], d + 1);
							}
							if (nextSize == next.length) {
								next = Arrays.copyOf(next, nextSize * 2);
							}
							next[nextSize++] = u;
						}
					}
				}
				frontier = next;
				frontierSize = nextSize;
			}
		}
		finally {
			seen.release(this.g);
		}
	}

	/**
	 * The claims between two U-nodes that pass the filter, in CSR form over U-indexes, built in one pass over the
	 * claims of U: the distances, the bounds and the search then walk only these, not a hub's claims to the rest of
	 * the graph. {@code edgeOut[e]} is 1 when claim {@code edgeClaim[e]} starts at the node and ends at
	 * {@code edgeTo[e]}.
	 */
	private void internalEdges() {
		this.edgeStart = new int[this.uSize + 1];
		int[] to = new int[Math.max(16, this.uSize)];
		int[] claim = new int[to.length];
		byte[] out = new byte[to.length];
		int size = 0;
		for (int ui = 0; ui < this.uSize; ui++) {
			this.edgeStart[ui] = size;
			int v = this.uNodes[ui];
			for (int pass = 0; pass < 2; pass++) {
				int[] start = pass == 0 ? this.g.outStart : this.g.inStart;
				int[] claims = pass == 0 ? this.g.outClaims : this.g.inClaims;
				for (int j = start[v]; j < start[v + 1]; j++) {
					int c = claims[j];
					int u = pass == 0 ? this.g.dst[c] : this.g.src[c];
					int wi = this.inU.get(u);
					if (wi == NodeMarks.ABSENT || u == v || !this.g.passes(c, this.filter)) {
						continue;
					}
					if (size == to.length) {
						to = Arrays.copyOf(to, size * 2);
						claim = Arrays.copyOf(claim, size * 2);
						out = Arrays.copyOf(out, size * 2);
					}
					to[size] = wi;
					claim[size] = c;
					out[size] = (byte) (pass == 0 ? 1 : 0);
					size++;
				}
			}
		}
		this.edgeStart[this.uSize] = size;
		this.edgeTo = to;
		this.edgeClaim = claim;
		this.edgeOut = out;
	}

	/** Whether internal edge {@code e} may be walked away from its node (always, unless direction matters). */
	private boolean forward(int e) {
		return !this.q.followDirection() || this.edgeOut[e] == 1;
	}

	/** Breadth-first distances (in U) from every U-node to the target, walking claims backwards from it. */
	private void distancesToTarget() {
		this.distToTarget = new int[this.uSize];
		Arrays.fill(this.distToTarget, UNREACHABLE);
		int[] queue = new int[this.uSize];
		int head = 0;
		int tail = 0;
		int t = this.inU.get(this.q.to());
		this.distToTarget[t] = 0;
		queue[tail++] = t;
		while (head < tail) {
			int vi = queue[head++];
			int d = this.distToTarget[vi];
			if (d == this.q.maxHops()) {
				continue;
			}
			for (int e = this.edgeStart[vi]; e < this.edgeStart[vi + 1]; e++) {
				// Walking back from v to u: the claim must be walkable from u to v, i.e. not leave v when it matters.
				if (this.q.followDirection() && this.edgeOut[e] == 1) {
					continue;
				}
				int ui = this.edgeTo[e];
				if (this.distToTarget[ui] == UNREACHABLE) {
					this.distToTarget[ui] = d + 1;
					queue[tail++] = ui;
				}
			}
		}
	}

	/** best[h][u] by dynamic programming over the U-nodes that can reach the target. */
	private void bounds() {
		int hMax = this.q.maxHops();
		this.best = new double[hMax + 1][];
		this.best[0] = new double[this.uSize];
		this.best[0][this.inU.get(this.q.to())] = 1;
		for (int h = 1; h <= hMax; h++) {
			double[] previous = this.best[h - 1];
			double[] current = previous.clone();
			for (int ui = 0; ui < this.uSize; ui++) {
				if (this.distToTarget[ui] > h) {
					continue;
				}
				double top = current[ui];
				for (int e = this.edgeStart[ui]; e < this.edgeStart[ui + 1]; e++) {
					int wi = this.edgeTo[e];
					if (!forward(e) || previous[wi] == 0) {
						continue;
					}
					double candidate = this.weights[this.edgeClaim[e]] * previous[wi];
					if (candidate > top) {
						top = candidate;
					}
				}
				current[ui] = top;
			}
			this.best[h] = current;
		}
	}

	private Result search() {
		PartialPaths.Entries entries = new PartialPaths.Entries();
		PartialPaths.Heap heap = new PartialPaths.Heap(entries);
		boolean byHops = this.q.ranking() == PathRanking.HOPS;
		entries.add(this.q.from(), -1, -1, 0, 1.0, keys(this.q.from(), 0, 1.0, byHops));
		heap.push(0);
		List<Integer> found = new ArrayList<>();
		long expansions = 0;
		boolean complete = true;
		while (!heap.isEmpty() && complete) {
			int e = heap.peek();
			if (found.size() >= this.q.k() && cannotBeat(entries, e, found.get(this.q.k() - 1))) {
				break;
			}
			heap.pop();
			int v = entries.node[e];
			if (v == this.q.to()) {
				found.add(e);
				found.sort((a, b) -> PartialPaths.compareKeys(entries, a, b));
				continue;
			}
			int hops = entries.hops[e];
			int vi = this.inU.get(v);
			for (int x = this.edgeStart[vi]; x < this.edgeStart[vi + 1]; x++) {
				int ui = this.edgeTo[x];
				if (!forward(x) || hops + 1 + this.distToTarget[ui] > this.q.maxHops()) {
					continue;
				}
				int u = this.uNodes[ui];
				if (onPath(entries, e, u)) {
					continue;
				}
				if (++expansions > this.q.maxExpansions()) {
					complete = false;
					break;
				}
				int c = this.edgeClaim[x];
				double strength = entries.strength[e] * this.weights[c];
				int child = entries.add(u, c, e, hops + 1, strength, keys(u, hops + 1, strength, byHops));
				if (found.size() >= this.q.k() && cannotBeat(entries, child, found.get(this.q.k() - 1))) {
					entries.size--;
					continue;
				}
				heap.push(child);
			}
		}
		List<ProjectedRoute> routes = new ArrayList<>();
		for (int e : found) {
			routes.add(route(entries, e));
		}
		routes.sort(ProjectedRoute.order(this.q.ranking(), this.g));
		return new Result(List.copyOf(routes.subList(0, Math.min(this.q.k(), routes.size()))), complete);
	}

	/** The priority of a partial path ending at {@code node}: lower sorts first. */
	private double[] keys(int node, int hops, double strength, boolean byHops) {
		int ui = this.inU.get(node);
		double bound = node == this.q.to() ? strength : strength * this.best[this.q.maxHops() - hops][ui] * SLACK;
		double leastHops = hops + this.distToTarget[ui];
		return byHops ? new double[] { leastHops, -bound } : new double[] { -bound, leastHops };
	}

	/**
	 * Whether no completion of entry {@code e} can rank strictly before the completed path {@code kth} on hops and
	 * strength: then it is not needed. A completion that could only tie (equal hops and equal strength, to rounding)
	 * is not pursued: among paths tied with the k-th, the first found are kept.
	 */
	private boolean cannotBeat(PartialPaths.Entries entries, int e, int kth) {
		double bound = this.q.ranking() == PathRanking.HOPS ? -entries.key2[e] : -entries.key1[e];
		double leastHops = this.q.ranking() == PathRanking.HOPS ? entries.key1[e] : entries.key2[e];
		double strength = entries.strength[kth];
		int hops = entries.hops[kth];
		boolean stronger = bound > strength * (1 + TIE);
		boolean fewer = leastHops < hops;
		if (this.q.ranking() == PathRanking.HOPS) {
			return !(fewer || (leastHops == hops && stronger));
		}
		boolean asStrong = bound >= strength * (1 - TIE);
		return !(stronger || (asStrong && fewer));
	}


	private static boolean onPath(PartialPaths.Entries entries, int e, int node) {
		for (int x = e; x >= 0; x = entries.parent[x]) {
			if (entries.node[x] == node) {
				return true;
			}
		}
		return false;
	}

	private static ProjectedRoute route(PartialPaths.Entries entries, int e) {
		int hops = entries.hops[e];
		int[] nodes = new int[hops + 1];
		int[] claims = new int[hops];
		int x = e;
		for (int i = hops; i >= 0; i--) {
			nodes[i] = entries.node[x];
			if (i > 0) {
				claims[i - 1] = entries.claim[x];
			}
			x = entries.parent[x];
		}
		return new ProjectedRoute(nodes, claims, entries.strength[e], Double.NaN);
	}

}
