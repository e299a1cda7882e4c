package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The strongest routes from the exposure's entity to one counterpart, by share then strength. Up to three steps it
 * meets in the middle (the entity's neighbours are grouped once; each counterpart scans its own neighbourhood);
 * longer chains are enumerated depth-first towards the counterpart. Both have a budget of steps; a listing cut by it
 * says so.
 */
final class RouteLister {

	/**
	 * Routes of one counterpart.
	 *
	 * @param routes the best routes, at most the number asked for
	 * @param complete whether every path was considered
	 */
	record Listing(List<ProjectedRoute> routes, boolean complete) {
	}

	private final ExposureEngine engine;

	private final ClaimProjection g;

	private final int s;

	private List<ProjectedRoute> found;

	private long budget;

	RouteLister(ExposureEngine engine) {
		this.engine = engine;
		this.g = engine.graph();
		this.s = engine.query().entity();
	}

	Listing list(int t) {
		this.found = new ArrayList<>();
		this.budget = this.engine.query().maxExpansions();
		boolean complete = this.engine.query().maxHops() <= ExposureEngine.ALGEBRAIC_HOPS ? meet(t) : depthFirst(t);
		trim();
		return new Listing(List.copyOf(this.found), complete);
	}

	/** Paths of 1..3 steps to t: s-t, s-x-t, s-x-y-t, with the claims of s grouped by neighbour x. */
	private boolean meet(int t) {
		int hops = this.engine.query().maxHops();
		NodeMarks nearStart = NodeMarks.borrow(this.g);
		try {
			List<int[]> groups = new ArrayList<>();
			for (int c1 : steps(this.s)) {
				int x = this.g.otherEnd(c1, this.s);
				int i = nearStart.get(x);
				if (i == NodeMarks.ABSENT) {
					nearStart.put(x, groups.size());
					groups.add(new int[] { c1 });
				}
				else {
					int[] claims = groups.get(i);
					int[] more = Arrays.copyOf(claims, claims.length + 1);
					more[claims.length] = c1;
					groups.set(i, more);
				}
			}
			if (nearStart.has(t)) {
				for (int c1 : groups.get(nearStart.get(t))) {
					offer(new int[] { this.s, t }, new int[] { c1 });
				}
			}
			for (int last : hops >= 2 ? steps(t) : new int[0]) {
				int y = this.g.otherEnd(last, t);
				if (y == this.s || !spend(1)) {
					if (y == this.s) {
						continue;
					}
					return false;
				}
				if (nearStart.has(y)) {
					for (int c1 : groups.get(nearStart.get(y))) {
						offer(new int[] { this.s, y, t }, new int[] { c1, last });
					}
				}
				if (hops >= 3 && !threeSteps(t, y, last, nearStart, groups)) {
					return false;
				}
			}
			return true;
		}
		finally {
			nearStart.release(this.g);
		}
	}

	private boolean threeSteps(int t, int y, int last, NodeMarks nearStart, List<int[]> groups) {
		for (int middle : steps(y)) {
			int x = this.g.otherEnd(middle, y);
			if (x == t || x == this.s || !nearStart.has(x)) {
				continue;
			}
			if (!spend(1)) {
				return false;
			}
			for (int c1 : groups.get(nearStart.get(x))) {
				offer(new int[] { this.s, x, y, t }, new int[] { c1, middle, last });
			}
		}
		return true;
	}

	private boolean depthFirst(int t) {
		int[] nodes = new int[this.engine.query().maxHops() + 1];
		int[] claims = new int[this.engine.query().maxHops()];
		nodes[0] = this.s;
		return walk(t, nodes, claims, 0);
	}

	private boolean walk(int t, int[] nodes, int[] claims, int hops) {
		int v = nodes[hops];
		for (int c : steps(v)) {
			int u = this.g.otherEnd(c, v);
			if (contains(nodes, hops, u)) {
				continue;
			}
			if (!spend(1)) {
				return false;
			}
			nodes[hops + 1] = u;
			claims[hops] = c;
			if (u == t) {
				offer(Arrays.copyOf(nodes, hops + 2), Arrays.copyOf(claims, hops + 1));
			}
			else if (hops + 1 < this.engine.query().maxHops() && !walk(t, nodes, claims, hops + 1)) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(int[] nodes, int hops, int u) {
		for (int i = 0; i <= hops; i++) {
			if (nodes[i] == u) {
				return true;
			}
		}
		return false;
	}

	/** The walkable claims at v. */
	private int[] steps(int v) {
		int[] steps = new int[this.g.outStart[v + 1] - this.g.outStart[v] + this.g.inStart[v + 1] - this.g.inStart[v]];
		int n = 0;
		for (int j = this.g.outStart[v]; j < this.g.outStart[v + 1]; j++) {
			if (this.engine.walkable(this.g.outClaims[j])) {
				steps[n++] = this.g.outClaims[j];
			}
		}
		for (int j = this.g.inStart[v]; j < this.g.inStart[v + 1]; j++) {
			if (this.engine.walkable(this.g.inClaims[j])) {
				steps[n++] = this.g.inClaims[j];
			}
		}
		return n == steps.length ? steps : Arrays.copyOf(steps, n);
	}

	private boolean spend(long steps) {
		this.budget -= steps;
		return this.budget >= 0;
	}

	private void offer(int[] nodes, int[] claims) {
		double share = 1;
		double strength = 1;
		for (int i = 0; i < claims.length; i++) {
			share *= this.engine.stepShare(claims[i], nodes[i]);
			strength *= this.engine.weights().weight(this.g, claims[i]);
		}
		this.found.add(new ProjectedRoute(nodes, claims, strength, share));
		if (this.found.size() > Math.max(64, 4 * this.engine.query().maxPaths())) {
			trim();
		}
	}

	private void trim() {
		this.found.sort(this.engine.routeOrder());
		if (this.found.size() > this.engine.query().maxPaths()) {
			this.found = new ArrayList<>(this.found.subList(0, this.engine.query().maxPaths()));
		}
	}

}
