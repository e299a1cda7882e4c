package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.NodeMarks;
import org.ecograph.analysis.projection.ProjectionFilter;

/**
 * The entities every chain of an exposure passes through, within the exposure's hop bound: on the graph the
 * exposure's totals walk (the steps of known share in its direction, as {@link ExposureEngine} walks them, at most
 * {@code maxHops} of them from the entity), v <b>cuts off</b> t when every chain of at most {@code maxHops} steps from
 * the entity to t visits v, so removing v takes all of t's exposure away.
 * <p>
 * Hop-bounded dominance is not the dominance of a graph (it is no tree: two entities may each cut off a third), so it
 * is computed in two steps on the ball of {@code maxHops} steps. First the dominator tree of its breadth-first
 * layering (the DAG of shortest chains; one pass in layer order, each entity's immediate dominator the nearest common
 * dominator of its predecessors one layer up): every chain of at most {@code maxHops} steps includes the shortest
 * ones, so only an entity's dominator-tree descendants can be cut off by it. Then, for each entity with descendants,
 * the shortest chains avoiding it are measured again for those descendants only (an entity outside its subtree keeps
 * a shortest chain without it, so keeps its distance): the descendants left farther than {@code maxHops} are the ones
 * it cuts off. Cost: the claims of the ball's inner layers once, then each edge into the ball at most
 * {@code maxHops} times per tree ancestor (the tree is at most {@code maxHops} deep); never the graph beyond the ball.
 */
public final class Chokepoints {

	private Chokepoints() {
	}

	/**
	 * One chokepoint.
	 *
	 * @param node the entity
	 * @param dominated how many other entities within the hop bound every chain to which passes through it
	 * @param dependentTotalShare the sum of the root's total shares (within the exposure's hops) to the entity and
	 * those it cuts off; {@code NaN} when none is known
	 * @param dependentShare that sum over the sum of the total shares of every counterpart; {@code NaN} when no share
	 * is known
	 */
	public record Chokepoint(int node, int dominated, double dependentTotalShare, double dependentShare) {
	}

	/**
	 * The chokepoints of {@code q.entity()}: every entity but the root that cuts off at least one other within
	 * {@code q.maxHops()} steps, the largest dependent share first, then the most cut off, then by id.
	 *
	 * @param q the exposure whose chains and total shares weigh the chokepoints (its first and maxPaths unused)
	 * @param complete set to false when the exposure's totals are not exact (the chokepoints themselves always are)
	 */
	public static List<Chokepoint> of(ClaimProjection g, ProjectionFilter filter, ExposureEngine.Query q,
			boolean[] complete) {
		ExposureEngine.Totals totals = ExposureEngine.totals(g, filter, q);
		complete[0] &= totals.complete();
		NodeMarks index = NodeMarks.borrow(g);
		try {
			Ball ball = Ball.of(g, g.weights(filter), q.direction(), q.entity(), q.maxHops(), index);
			double[] total = new double[ball.size];
			Arrays.fill(total, Double.NaN);
			double all = Double.NaN;
			for (int i = 0; i < totals.nodes().length; i++) {
				int at = index.get(totals.nodes()[i]);
				double t = totals.totals()[i];
				if (at != NodeMarks.ABSENT && !Double.isNaN(t)) {
					total[at] = t;
					all = Double.isNaN(all) ? t : all + t;
				}
			}
			List<Chokepoint> found = new CutOff(ball, q.maxHops()).chokepoints(total, all);
			found.sort(Comparator
				.comparingDouble((Chokepoint c) -> Double.isNaN(c.dependentShare()) ? 1 : -c.dependentShare())
				.thenComparingInt(c -> -c.dominated())
				.thenComparing(c -> g.entityId(c.node())));
			return found;
		}
		finally {
			index.release(g);
		}
	}

	private static double plus(double sum, double v) {
		if (Double.isNaN(v)) {
			return sum;
		}
		return Double.isNaN(sum) ? v : sum + v;
	}

	/**
	 * The entities within {@code maxHops} known-share steps of the root, in breadth-first order (the root at 0), each
	 * with its distance, and for each its predecessors: the entities at most {@code maxHops - 1} steps away with a step
	 * of known share to it (CSR by index).
	 */
	static final class Ball {

		int size;

		int[] node = new int[64];

		int[] dist = new int[64];

		int[] predStart;

		int[] pred;

		static Ball of(ClaimProjection g, ClaimWeights weights, ExposureDirection direction, int root, int maxHops,
				NodeMarks index) {
			Ball ball = new Ball();
			ball.add(root, 0, index);
			int[] from = new int[256];
			int[] to = new int[256];
			int edges = 0;
			for (int head = 0; head < ball.size && ball.dist[head] < maxHops; head++) {
				int v = ball.node[head];
				for (int pass = 0; pass < 2; pass++) {
					ClaimProjection.Incidence at = pass == 0 ? g.outgoing() : g.incoming();
					for (int j = at.start(v), end = at.end(v); j < end; j++) {
						int c = at.claim(j);
						if (!weights.walkable(c) || Double.isNaN(ExposureEngine.stepShare(g, direction, c, v))) {
							continue;
						}
						int w = at.far(c);
						int wi = index.get(w);
						if (wi == NodeMarks.ABSENT) {
							wi = ball.add(w, ball.dist[head] + 1, index);
						}
						if (wi == 0) {
							continue;
						}
						if (edges == from.length) {
							from = Arrays.copyOf(from, edges * 2);
							to = Arrays.copyOf(to, edges * 2);
						}
						from[edges] = head;
						to[edges] = wi;
						edges++;
					}
				}
			}
			ball.predStart = new int[ball.size + 1];
			for (int e = 0; e < edges; e++) {
				ball.predStart[to[e] + 1]++;
			}
			for (int i = 0; i < ball.size; i++) {
				ball.predStart[i + 1] += ball.predStart[i];
			}
			int[] next = Arrays.copyOf(ball.predStart, ball.size);
			ball.pred = new int[edges];
			for (int e = 0; e < edges; e++) {
				ball.pred[next[to[e]]++] = from[e];
			}
			return ball;
		}

		private int add(int v, int d, NodeMarks index) {
			if (this.size == this.node.length) {
				this.node = Arrays.copyOf(this.node, this.size * 2);
				this.dist = Arrays.copyOf(this.dist, this.size * 2);
			}
			this.node[this.size] = v;
			this.dist[this.size] = d;
			index.put(v, this.size);
			return this.size++;
		}

	}

	/** The dominator tree of the ball's breadth-first layering, and per entity what it cuts off. */
	static final class CutOff {

		private static final int FAR = Integer.MAX_VALUE / 2;

		private final Ball ball;

		private final int maxHops;

		private final int[] idom;

		/** Preorder position of each entity in the tree, the size of its subtree, and the entity at each position. */
		private final int[] pre;

		private final int[] subtree;

		private final int[] atPre;

		/** Scratch: the distance of a descendant when the entity being tried is removed. */
		private final int[] without;

		CutOff(Ball ball, int maxHops) {
			this.ball = ball;
			this.maxHops = maxHops;
			int n = ball.size;
			this.idom = new int[n];
			int[] depth = new int[n];
			for (int t = 1; t < n; t++) {
				int d = -1;
				for (int j = ball.predStart[t]; j < ball.predStart[t + 1]; j++) {
					int u = ball.pred[j];
					if (ball.dist[u] == ball.dist[t] - 1) {
						d = d < 0 ? u : commonDominator(d, u, depth);
					}
				}
				this.idom[t] = d;
				depth[t] = depth[d] + 1;
			}
			this.pre = new int[n];
			this.subtree = new int[n];
			this.atPre = new int[n];
			preorder();
			this.without = new int[n];
		}

		private int commonDominator(int a, int b, int[] depth) {
			while (a != b) {
				if (depth[a] >= depth[b]) {
					a = this.idom[a];
				}
				else {
					b = this.idom[b];
				}
			}
			return a;
		}

		/** Numbers the tree in preorder (children CSR by parent, then an explicit stack). */
		private void preorder() {
			int n = this.ball.size;
			int[] childStart = new int[n + 1];
			for (int t = 1; t < n; t++) {
				childStart[this.idom[t] + 1]++;
			}
			for (int i = 0; i < n; i++) {
				childStart[i + 1] += childStart[i];
			}
			int[] children = new int[Math.max(0, n - 1)];
			int[] next = Arrays.copyOf(childStart, n);
			for (int t = 1; t < n; t++) {
				children[next[this.idom[t]]++] = t;
			}
			int[] stack = new int[n];
			int top = 0;
			stack[top++] = 0;
			int position = 0;
			while (top > 0) {
				int v = stack[--top];
				this.pre[v] = position;
				this.atPre[position++] = v;
				for (int j = childStart[v + 1] - 1; j >= childStart[v]; j--) {
					stack[top++] = children[j];
				}
			}
			for (int p = n - 1; p >= 0; p--) {
				int v = this.atPre[p];
				this.subtree[v] += 1;
				if (v != 0) {
					this.subtree[this.idom[v]] += this.subtree[v];
				}
			}
		}

		List<Chokepoint> chokepoints(double[] total, double all) {
			List<Chokepoint> found = new ArrayList<>();
			for (int v = 1; v < this.ball.size; v++) {
				if (this.subtree[v] < 2) {
					continue;
				}
				int cut = 0;
				double dependent = total[v];
				int first = this.pre[v] + 1;
				int end = this.pre[v] + this.subtree[v];
				measureWithout(v, first, end);
				for (int p = first; p < end; p++) {
					int t = this.atPre[p];
					if (this.without[t] > this.maxHops) {
						cut++;
						dependent = plus(dependent, total[t]);
					}
				}
				if (cut > 0) {
					double share = Double.isNaN(all) || all == 0 || Double.isNaN(dependent) ? Double.NaN
							: dependent / all;
					found.add(new Chokepoint(this.ball.node[v], cut, dependent, share));
				}
			}
			return found;
		}

		/**
		 * The distances of v's descendants (preorder positions {@code first..end-1}) once v is removed: seeded from
		 * their predecessors outside the subtree (whose distances do not change), then relaxed inside it, at most
		 * {@code maxHops} rounds since no chain that counts is longer.
		 */
		private void measureWithout(int v, int first, int end) {
			Ball b = this.ball;
			for (int p = first; p < end; p++) {
				int t = this.atPre[p];
				int d = FAR;
				for (int j = b.predStart[t]; j < b.predStart[t + 1]; j++) {
					int u = b.pred[j];
					if (u != v && !inside(u, first, end)) {
						d = Math.min(d, b.dist[u] + 1);
					}
				}
				this.without[t] = d;
			}
			boolean changed = true;
			for (int round = 0; changed && round < this.maxHops; round++) {
				changed = false;
				for (int p = first; p < end; p++) {
					int t = this.atPre[p];
					for (int j = b.predStart[t]; j < b.predStart[t + 1]; j++) {
						int u = b.pred[j];
						if (inside(u, first, end) && this.without[u] + 1 < this.without[t]) {
							this.without[t] = this.without[u] + 1;
							changed = true;
						}
					}
				}
			}
		}

		private boolean inside(int u, int first, int end) {
			int p = this.pre[u];
			return p >= first && p < end;
		}

	}

}
