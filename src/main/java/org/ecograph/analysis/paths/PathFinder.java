package org.ecograph.analysis.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.NodeMarks;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;

/**
 * The k best simple paths between two entities on a {@link ClaimProjection}, exactly.
 * <p>
 * <b>The corridor.</b> Two breadth-first balls grow one layer at a time from the two ends ({@link LayeredBall}), each
 * time on the side whose next layer scans fewer claims, until their depths p and q add up to the hop limit L. Then
 * every node of a simple path of at most L steps is within p of the start or within q of the target, and every claim
 * of such a path was scanned from one of its ends; a node is kept only if its two distance bounds add up to at most
 * L. The corridor is the kept nodes and the claims between them found by re-scanning the kept, scanned nodes. Two
 * hubs with many neighbours in common cost a scan of their own claims, not of their neighbours'.
 * <p>
 * <b>The search.</b> On the corridor it computes, for every node, the fewest steps to the target and an upper bound
 * of the strength of any walk to the target in each number of remaining steps (dynamic programming). A best-first
 * enumeration of simple partial paths, ordered by these admissible bounds (strength first for STRENGTH, hops first
 * for HOPS), then completes paths in exactly the ranking's order; it stops once k paths are found and no waiting
 * partial path can rank before or tie with the k-th. Tied paths (equal strength and hops, compared exactly) are all
 * completed and ordered by their ids ({@link ProjectedRoute#key}), so which of them make the cut is the documented
 * order, the same on every projection of the same claims however their indexes are numbered.
 * <p>
 * <b>Deepening.</b> The limit grows from 1 to maxHops. For HOPS it stops at the first limit with k paths: the k
 * best by hops then strength of at most L steps are then the k best overall, since every longer path ranks after
 * them. For STRENGTH a longer path may be stronger; the k-th strength found at the first limit with k paths bounds
 * from below the strength of every path that can still rank, and a corridor of the nodes strong enough for such a
 * path ({@link #strongest}) replaces the hop corridor of the full limit when it is small.
 * <p>
 * A budget of expansions ({@code ecograph.analysis.max-expansions}) bounds pathological cases; when it is reached the
 * result says it is incomplete.
 */
public final class PathFinder {

	/** Bounds inflate by this factor so floating-point rounding never makes one inadmissible. */
	private static final double SLACK = 1 + 1e-9;

	/** The strength corridor keeps nodes this much (relative) below the k-th strength, so rounding never drops one. */
	private static final double TIE = 1e-8;

	/** The distance of a node that cannot reach the target; large, but safe to add hops to. */
	private static final int UNREACHABLE = LayeredBall.UNREACHABLE;

	/** The most claims a {@link StrengthBall} may scan before the search falls back to the hop corridor. */
	private static final long STRENGTH_BALL_BUDGET = 2 << 20;

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
	public record Query(int from, int to, int maxHops, int k, PathRanking ranking, boolean followDirection,
			long maxExpansions) {
	}

	/**
	 * The answer.
	 *
	 * @param routes the best paths, best first
	 * @param complete whether the search ran to its end (false: the budget stopped it; the paths are the best found)
	 */
	public record Result(List<ProjectedRoute> routes, boolean complete) {
	}

	private final ClaimProjection g;

	/** The step weight of each claim under the filter. */
	private final ClaimWeights weights;

	private final Query q;

	private final LayeredBall fromBall;

	private final LayeredBall toBall;

	/** Node to its index in the corridor. */
	private final NodeMarks inK;

	/** In the strength corridor, the two balls whose settled nodes had their claims scanned; null in the hop corridor. */
	private StrengthBall[] scannedBy;

	/** The hop limit of the current round. */
	private int limit;

	private int[] kNodes = new int[64];

	private int kSize;

	private int[] distToTarget;

	/** best[h][u]: an upper bound of the strength of walks of at most h steps from corridor node u to the target. */
	private double[][] best;

	/** The claims inside the corridor, per corridor node ({@link #internalEdges}). */
	private int[] edgeStart;

	private int[] edgeTo;

	private int[] edgeClaim;

	private byte[] edgeOut;

	/** Partial paths made so far, over all rounds: the budget's count. */
	private long expansions;

	private PathFinder(ClaimProjection g, ProjectionFilter filter, Query q, NodeMarks fromMarks, NodeMarks toMarks,
			NodeMarks corridorMarks) {
		this.g = g;
		this.weights = g.weights(filter);
		this.q = q;
		this.fromBall = new LayeredBall(g, this.weights, q.from(), true, q.followDirection(), fromMarks);
		this.toBall = new LayeredBall(g, this.weights, q.to(), false, q.followDirection(), toMarks);
		this.inK = corridorMarks;
	}

	public static Result find(ClaimProjection g, ProjectionFilter filter, Query q) {
		NodeMarks fromMarks = NodeMarks.borrow(g);
		NodeMarks toMarks = NodeMarks.borrow(g);
		NodeMarks corridorMarks = NodeMarks.borrow(g);
		try {
			return new PathFinder(g, filter, q, fromMarks, toMarks, corridorMarks).run();
		}
		finally {
			fromMarks.release(g);
			toMarks.release(g);
			corridorMarks.release(g);
		}
	}

	private Result run() {
		Result result = new Result(List.of(), true);
		boolean strengthCorridor = this.q.ranking() == PathRanking.STRENGTH;
		for (int l = 1; l <= this.q.maxHops(); l++) {
			while (this.fromBall.depth() + this.toBall.depth() < l && !this.fromBall.exhausted()
					&& !this.toBall.exhausted()) {
				LayeredBall cheaper = this.fromBall.nextCost() <= this.toBall.nextCost() ? this.fromBall : this.toBall;
				cheaper.grow();
			}
			this.limit = l;
			corridor();
			internalEdges();
			distances();
			if (this.distToTarget[this.inK.get(this.q.from())] > l) {
				continue;
			}
			bounds();
			result = search();
			if (!result.complete() || l == this.q.maxHops()) {
				return result;
			}
			if (result.routes().size() >= this.q.k()) {
				if (this.q.ranking() == PathRanking.HOPS) {
					return result;
				}
				Result strongest = strengthCorridor ? strongest(result.routes().get(this.q.k() - 1).strength()) : null;
				if (strongest != null) {
					return strongest;
				}
				// The strength corridor was too wide: the hop corridor of the whole limit, at once.
				strengthCorridor = false;
				l = this.q.maxHops() - 1;
			}
		}
		return result;
	}

	/**
	 * STRENGTH, once k paths of fewer hops than the limit are known, the weakest of them {@code lowest} strong: two
	 * strength balls ({@link StrengthBall}) grow from the ends, the one that has scanned less first, until the product
	 * of their tops falls below {@code lowest}. Then every node of a path at least that strong is settled in one of
	 * them (a node neither settled would split the path into a prefix no stronger than the start's top and a suffix
	 * no stronger than the target's), every claim of such a path was scanned from a settled end, and a node whose two
	 * strength bounds multiply to less than {@code lowest} is on no such path. The search runs on the kept nodes to the
	 * full limit. Null when the balls would scan more than {@link #STRENGTH_BALL_BUDGET} claims.
	 */
	private Result strongest(double lowest) {
		double floor = lowest * (1 - 4 * TIE);
		if (!(floor > 0)) {
			return null;
		}
		NodeMarks fromMarks = NodeMarks.borrow(this.g);
		NodeMarks toMarks = NodeMarks.borrow(this.g);
		try {
			StrengthBall from = new StrengthBall(this.g, this.weights, true, this.q.followDirection(), fromMarks);
			StrengthBall to = new StrengthBall(this.g, this.weights, false, this.q.followDirection(), toMarks);
			from.start(this.q.from());
			to.start(this.q.to());
			while (from.top() * to.top() >= floor) {
				if (from.scannedClaims() + to.scannedClaims() > STRENGTH_BALL_BUDGET) {
					return null;
				}
				(from.scannedClaims() <= to.scannedClaims() ? from : to).settleNext();
			}
			this.inK.clear();
			this.kSize = 0;
			keep(this.q.from());
			keep(this.q.to());
			for (StrengthBall ball : new StrengthBall[] { from, to }) {
				for (int i = 0; i < ball.size(); i++) {
					int v = ball.node(i);
					if ((from.settled(v) || to.settled(v)) && from.bound(v) * to.bound(v) * SLACK >= floor) {
						keep(v);
					}
				}
			}
			this.limit = this.q.maxHops();
			this.scannedBy = new StrengthBall[] { from, to };
			internalEdges();
			distances();
			bounds();
			return search();
		}
		finally {
			this.scannedBy = null;
			fromMarks.release(this.g);
			toMarks.release(this.g);
		}
	}

	/** The nodes of either ball whose distance bounds from the start and to the target add up to at most the limit. */
	private void corridor() {
		this.inK.clear();
		this.kSize = 0;
		keep(this.q.from());
		keep(this.q.to());
		for (LayeredBall ball : new LayeredBall[] { this.fromBall, this.toBall }) {
			for (int i = 0; i < ball.size(); i++) {
				int v = ball.node(i);
				if (!this.inK.has(v) && this.fromBall.lowerBound(v) + this.toBall.lowerBound(v) <= this.limit) {
					keep(v);
				}
			}
		}
	}

	private void keep(int node) {
		if (this.inK.has(node)) {
			return;
		}
		if (this.kSize == this.kNodes.length) {
			this.kNodes = Arrays.copyOf(this.kNodes, this.kSize * 2);
		}
		this.inK.put(node, this.kSize);
		this.kNodes[this.kSize++] = node;
	}

	private boolean scanned(int node) {
		if (this.scannedBy != null) {
			return this.scannedBy[0].settled(node) || this.scannedBy[1].settled(node);
		}
		return this.fromBall.scanned(node) || this.toBall.scanned(node);
	}

	/**
	 * The claims between two corridor nodes that pass the filter, in CSR form over corridor indexes: found by scanning
	 * the kept nodes whose claims a ball scanned (a claim seen from both ends is taken from the smaller node), so the
	 * distances, the bounds and the search walk only these. {@code edgeOut[e]} is 1 when claim {@code edgeClaim[e]}
	 * starts at the node and ends at {@code edgeTo[e]}.
	 */
	private void internalEdges() {
		int[] ends = new int[32];
		int[] found = new int[16];
		int size = 0;
		int[] degree = new int[this.kSize + 1];
		for (int ki = 0; ki < this.kSize; ki++) {
			int v = this.kNodes[ki];
			if (!scanned(v)) {
				continue;
			}
			for (int pass = 0; pass < 2; pass++) {
				ClaimProjection.Incidence at = pass == 0 ? this.g.outgoing() : this.g.incoming();
				for (int j = at.start(v), last = at.end(v); j < last; j++) {
					int c = at.claim(j);
					int u = at.far(c);
					int ui = this.inK.get(u);
					if (ui == NodeMarks.ABSENT || u == v || !this.weights.walkable(c) || (u < v && scanned(u))) {
						continue;
					}
					if (size == found.length) {
						found = Arrays.copyOf(found, size * 2);
						ends = Arrays.copyOf(ends, size * 4);
					}
					// the claim, its source's and its target's corridor indexes
					found[size] = c;
					ends[2 * size] = pass == 0 ? ki : ui;
					ends[2 * size + 1] = pass == 0 ? ui : ki;
					degree[ki]++;
					degree[ui]++;
					size++;
				}
			}
		}
		this.edgeStart = new int[this.kSize + 1];
		for (int ki = 0; ki < this.kSize; ki++) {
			this.edgeStart[ki + 1] = this.edgeStart[ki] + degree[ki];
		}
		int[] next = Arrays.copyOf(this.edgeStart, this.kSize);
		this.edgeTo = new int[2 * size];
		this.edgeClaim = new int[2 * size];
		this.edgeOut = new byte[2 * size];
		for (int e = 0; e < size; e++) {
			int source = ends[2 * e];
			int target = ends[2 * e + 1];
			int at = next[source]++;
			this.edgeTo[at] = target;
			this.edgeClaim[at] = found[e];
			this.edgeOut[at] = 1;
			at = next[target]++;
			this.edgeTo[at] = source;
			this.edgeClaim[at] = found[e];
		}
	}

	/** Whether internal edge {@code e} may be walked away from its node (always, unless direction matters). */
	private boolean forward(int e) {
		return !this.q.followDirection() || this.edgeOut[e] == 1;
	}

	/**
	 * Breadth-first distances in the corridor from the start to every node and from every node to the target; a node
	 * whose two distances add up to more than the limit is marked unable to reach the target, so no search enters it.
	 */
	private void distances() {
		int[] fromStart = breadthFirst(this.inK.get(this.q.from()), true);
		this.distToTarget = breadthFirst(this.inK.get(this.q.to()), false);
		for (int ki = 0; ki < this.kSize; ki++) {
			if (fromStart[ki] + this.distToTarget[ki] > this.limit) {
				this.distToTarget[ki] = UNREACHABLE;
			}
		}
	}

	/** Steps from {@code origin} to every corridor node (forward) or from every node to {@code origin} (backward). */
	private int[] breadthFirst(int origin, boolean forward) {
		int[] dist = new int[this.kSize];
		Arrays.fill(dist, UNREACHABLE);
		int[] queue = new int[this.kSize];
		int head = 0;
		int tail = 0;
		dist[origin] = 0;
		queue[tail++] = origin;
		while (head < tail) {
			int vi = queue[head++];
			int d = dist[vi];
			if (d == this.limit) {
				continue;
			}
			for (int e = this.edgeStart[vi]; e < this.edgeStart[vi + 1]; e++) {
				// Forward, the claim must be walkable away from v; backward, from the neighbour to v.
				if (this.q.followDirection() && (this.edgeOut[e] == 1) != forward) {
					continue;
				}
				int ui = this.edgeTo[e];
				if (dist[ui] == UNREACHABLE) {
					dist[ui] = d + 1;
					queue[tail++] = ui;
				}
			}
		}
		return dist;
	}

	/** best[h][u] by dynamic programming over the corridor nodes that can reach the target. */
	private void bounds() {
		int hMax = this.limit;
		this.best = new double[hMax + 1][];
		this.best[0] = new double[this.kSize];
		this.best[0][this.inK.get(this.q.to())] = 1;
		for (int h = 1; h <= hMax; h++) {
			double[] previous = this.best[h - 1];
			double[] current = previous.clone();
			for (int ui = 0; ui < this.kSize; ui++) {
				if (this.distToTarget[ui] > h) {
					continue;
				}
				double top = current[ui];
				for (int e = this.edgeStart[ui]; e < this.edgeStart[ui + 1]; e++) {
					int wi = this.edgeTo[e];
					if (!forward(e) || previous[wi] == 0) {
						continue;
					}
					double candidate = this.weights.weight(this.edgeClaim[e]) * previous[wi];
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
			int vi = this.inK.get(v);
			for (int x = this.edgeStart[vi]; x < this.edgeStart[vi + 1]; x++) {
				int ui = this.edgeTo[x];
				if (!forward(x) || hops + 1 + this.distToTarget[ui] > this.limit) {
					continue;
				}
				int u = this.kNodes[ui];
				if (onPath(entries, e, u)) {
					continue;
				}
				if (++this.expansions > this.q.maxExpansions()) {
					complete = false;
					break;
				}
				int c = this.edgeClaim[x];
				double strength = entries.strength[e] * this.weights.weight(c);
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
		routes.sort(this.q.ranking() == PathRanking.HOPS ? ProjectedRoute.fewestHopsFirst(this.g)
				: ProjectedRoute.strongestFirst(this.g));
		return new Result(List.copyOf(routes.subList(0, Math.min(this.q.k(), routes.size()))), complete);
	}

	/** The priority of a partial path ending at {@code node}: lower sorts first. */
	private double[] keys(int node, int hops, double strength, boolean byHops) {
		int ui = this.inK.get(node);
		double bound = node == this.q.to() ? strength : strength * this.best[this.limit - hops][ui] * SLACK;
		double leastHops = hops + this.distToTarget[ui];
		return byHops ? new double[] { leastHops, -bound } : new double[] { -bound, leastHops };
	}

	/**
	 * Whether every completion of entry {@code e} ranks after the completed path {@code kth}: then it is not needed.
	 * Strengths compare exactly (the bound is admissible: no completion is stronger), so a completion that could tie
	 * with the k-th on strength and hops is pursued, and the final sort ({@link ProjectedRoute#strongestFirst},
	 * {@link ProjectedRoute#fewestHopsFirst}) keeps, among tied paths, those first by their ids: the documented order,
	 * whatever order the search found them in.
	 */
	private boolean cannotBeat(PartialPaths.Entries entries, int e, int kth) {
		double bound = this.q.ranking() == PathRanking.HOPS ? -entries.key2[e] : -entries.key1[e];
		double leastHops = this.q.ranking() == PathRanking.HOPS ? entries.key1[e] : entries.key2[e];
		double strength = entries.strength[kth];
		int hops = entries.hops[kth];
		if (this.q.ranking() == PathRanking.HOPS) {
			return leastHops > hops || (leastHops == hops && bound < strength);
		}
		return bound < strength || (bound == strength && leastHops > hops);
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
