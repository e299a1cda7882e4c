package org.ecograph.analysis.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectedRoute;

/**
 * The strongest routes from the exposure's entity to one counterpart, by share then strength, for chains of four
 * steps or more: enumerated depth-first, with a budget of steps; a listing cut by it says so. (Up to three steps
 * {@link ExposureNeighbourhood} lists routes by meeting in the middle.)
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

	/** Outgoing, then incoming: the order steps are tried in. */
	private final ClaimProjection.Incidence[] directions;

	private List<ProjectedRoute> found;

	private long budget;

	RouteLister(ExposureEngine engine) {
		this.engine = engine;
		this.g = engine.graph();
		this.s = engine.query().entity();
		this.directions = new ClaimProjection.Incidence[] { this.g.outgoing(), this.g.incoming() };
	}

	Listing list(int t) {
		this.found = new ArrayList<>();
		this.budget = this.engine.query().maxExpansions();
		boolean complete = depthFirst(t);
		trim();
		return new Listing(List.copyOf(this.found), complete);
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
		int[] steps = new int[this.g.degree(v)];
		int n = 0;
		for (ClaimProjection.Incidence at : this.directions) {
			for (int j = at.start(v), last = at.end(v); j < last; j++) {
				if (this.engine.walkable(at.claim(j))) {
					steps[n++] = at.claim(j);
				}
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
			strength *= this.engine.weight(claims[i]);
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
