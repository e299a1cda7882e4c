package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.NodeMarks;
import org.ecograph.analysis.projection.ProjectionFilter;

/**
 * The entities every chain from an entity to others passes through: the dominators of the graph exposure walks (every
 * claim passing the filter, walked either way, as {@link ExposureEngine} walks them), rooted at the entity. v
 * dominates t when every path from the root to t visits v; so removing v cuts t off. Computed with the iterative
 * algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm", 2001) over the entities reachable
 * from the root: immediate dominators refined in reverse post-order until stable, then each entity's dominator
 * subtree summed. Cost: the claims of the reachable entities, a few passes.
 */
public final class Chokepoints {

	private Chokepoints() {
	}

	/**
	 * One chokepoint.
	 *
	 * @param node the entity
	 * @param dominated how many other reachable entities every chain to which passes through it
	 * @param dependentTotalShare the sum of the root's total shares (within the exposure's hops) to the entity and
	 * those it dominates; {@code NaN} when none is known
	 * @param dependentShare that sum over the sum of the total shares of every counterpart; {@code NaN} when no share
	 * is known
	 */
	public record Chokepoint(int node, int dominated, double dependentTotalShare, double dependentShare) {
	}

	/**
	 * The chokepoints of {@code q.entity()}: every reachable entity but the root that dominates at least one other,
	 * the largest dependent share first, then the most dominated, then by id.
	 *
	 * @param q the exposure whose total shares weigh the chokepoints (its first and maxPaths unused)
	 * @param complete set to false when the exposure's totals are not exact
	 */
	public static List<Chokepoint> of(ClaimProjection g, ProjectionFilter filter, ExposureEngine.Query q,
			boolean[] complete) {
		Dominators d = dominators(g, g.weights(filter), q.entity());
		ExposureEngine.Totals totals = ExposureEngine.totals(g, filter, q);
		complete[0] &= totals.complete();
		int n = d.order.length;
		double[] dependent = new double[n];
		Arrays.fill(dependent, Double.NaN);
		double all = Double.NaN;
		for (int i = 0; i < totals.nodes().length; i++) {
			int at = d.index.get(totals.nodes()[i]);
			double t = totals.totals()[i];
			if (at != NodeMarks.ABSENT && !Double.isNaN(t)) {
				dependent[at] = t;
				all = Double.isNaN(all) ? t : all + t;
			}
		}
		int[] size = new int[n];
		Arrays.fill(size, 1);
		for (int i = n - 1; i > 0; i--) {
			int parent = d.idom[i];
			size[parent] += size[i];
			if (!Double.isNaN(dependent[i])) {
				dependent[parent] = Double.isNaN(dependent[parent]) ? dependent[i] : dependent[parent] + dependent[i];
			}
		}
		d.release(g);
		List<Chokepoint> found = new ArrayList<>();
		for (int i = 1; i < n; i++) {
			if (size[i] > 1) {
				double share = Double.isNaN(all) || all == 0 || Double.isNaN(dependent[i]) ? Double.NaN
						: dependent[i] / all;
				found.add(new Chokepoint(d.order[i], size[i] - 1, dependent[i], share));
			}
		}
		found.sort(Comparator
			.comparingDouble((Chokepoint c) -> Double.isNaN(c.dependentShare()) ? 1 : -c.dependentShare())
			.thenComparingInt(c -> -c.dominated())
			.thenComparing(c -> g.entityId(c.node())));
		return found;
	}

	/**
	 * Immediate dominators of the entities reachable from {@code root}, by index in reverse post-order.
	 *
	 * @param order the reachable nodes in reverse post-order, the root first
	 * @param idom each one's immediate dominator, as an index into {@code order} (the root its own)
	 * @param index node to its index in {@code order}
	 */
	record Dominators(int[] order, int[] idom, NodeMarks index) {

		void release(ClaimProjection g) {
			this.index.release(g);
		}

	}

	static Dominators dominators(ClaimProjection g, ClaimWeights weights, int root) {
		int[] order = reversePostOrder(g, weights, root);
		NodeMarks index = NodeMarks.borrow(g);
		for (int i = 0; i < order.length; i++) {
			index.put(order[i], i);
		}
		int[] idom = new int[order.length];
		Arrays.fill(idom, -1);
		idom[0] = 0;
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int i = 1; i < order.length; i++) {
				int v = order[i];
				int[] best = { -1 };
				for (int pass = 0; pass < 2; pass++) {
					ClaimProjection.Incidence at = pass == 0 ? g.outgoing() : g.incoming();
					for (int j = at.start(v), end = at.end(v); j < end; j++) {
						int c = at.claim(j);
						if (!weights.walkable(c)) {
							continue;
						}
						int p = index.get(at.far(c));
						if (p == NodeMarks.ABSENT || idom[p] < 0) {
							continue;
						}
						best[0] = best[0] < 0 ? p : intersect(idom, p, best[0]);
					}
				}
				if (best[0] >= 0 && idom[i] != best[0]) {
					idom[i] = best[0];
					changed = true;
				}
			}
		}
		return new Dominators(order, idom, index);
	}

	/** The nearest common dominator of two indexes: walk the finger farther from the root up until they meet. */
	private static int intersect(int[] idom, int a, int b) {
		while (a != b) {
			while (a > b) {
				a = idom[a];
			}
			while (b > a) {
				b = idom[b];
			}
		}
		return a;
	}

	/** The nodes reachable from the root over walkable claims, in reverse post-order of a depth-first search. */
	private static int[] reversePostOrder(ClaimProjection g, ClaimWeights weights, int root) {
		NodeMarks seen = NodeMarks.borrow(g);
		try {
			int[] post = new int[16];
			int size = 0;
			int[] stack = new int[16];
			int[] position = new int[16];
			int depth = 0;
			stack[0] = root;
			position[0] = 0;
			seen.put(root, 1);
			while (depth >= 0) {
				int v = stack[depth];
				int next = nextUnseen(g, weights, v, position, depth, seen);
				if (next >= 0) {
					if (++depth == stack.length) {
						stack = Arrays.copyOf(stack, depth * 2);
						position = Arrays.copyOf(position, depth * 2);
					}
					stack[depth] = next;
					position[depth] = 0;
					seen.put(next, 1);
				}
				else {
					if (size == post.length) {
						post = Arrays.copyOf(post, size * 2);
					}
					post[size++] = v;
					depth--;
				}
			}
			int[] order = new int[size];
			for (int i = 0; i < size; i++) {
				order[i] = post[size - 1 - i];
			}
			return order;
		}
		finally {
			seen.release(g);
		}
	}

	/**
	 * The next unseen neighbour of {@code v}, resuming at {@code position[depth]} (outgoing claims then incoming, as
	 * one sequence of positions), or -1.
	 */
	private static int nextUnseen(ClaimProjection g, ClaimWeights weights, int v, int[] position, int depth,
			NodeMarks seen) {
		ClaimProjection.Incidence out = g.outgoing();
		ClaimProjection.Incidence in = g.incoming();
		int outDegree = out.degree(v);
		int total = outDegree + in.degree(v);
		while (position[depth] < total) {
			int p = position[depth]++;
			ClaimProjection.Incidence at = p < outDegree ? out : in;
			int c = at.claim(at.start(v) + (p < outDegree ? p : p - outDegree));
			if (weights.walkable(c) && !seen.has(at.far(c))) {
				return at.far(c);
			}
		}
		return -1;
	}

}
