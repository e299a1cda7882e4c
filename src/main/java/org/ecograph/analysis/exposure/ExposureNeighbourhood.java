package org.ecograph.analysis.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.NodeMarks;
import org.ecograph.analysis.projection.ProjectedRoute;

/**
 * The exposure's entity's neighbourhood two steps deep over every walkable step, known share or not: the walks of one
 * and two steps ({@link WalkLayer}), the entity's claims grouped by neighbour and, for three-step questions, the
 * two-step prefixes that reach each node. From these, one counterpart at a time and at the cost of its own claims:
 * the exact number of simple paths of up to three steps (walk counts less the walks that revisit a node), the fewest
 * steps to it, and its strongest routes by share (meeting in the middle). Borrowed scratch: {@link #release()}.
 */
final class ExposureNeighbourhood {

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

	private final int hops;

	private final NodeMarks m1;

	private final NodeMarks m2;

	private final NodeMarks scratch;

	private final WalkLayer l1;

	private final WalkLayer l2;

	/** The walks of two steps returning to the entity (set once the walks of two steps are made). */
	private double cycleAtStart;

	/** The entity's claims per l1 slot, in CSR form. */
	private final int[] groupStart;

	private final int[] groupClaim;

	/** Per l2 slot y, the two-step prefixes s-x-y: x's l1 slot and the claim x-y; null unless routes of 3 steps are listed. */
	private int[] prefixStart;

	private int[] prefixFrom;

	private int[] prefixClaim;

	/**
	 * Bounds for pruning the route listing: per l1 slot x, the largest known share (-1: none) and the largest weight
	 * of the entity's claims to x; per l2 slot y, the largest of those times the prefix claim's, over y's prefixes.
	 */
	private double[] groupShare;

	private double[] groupWeight;

	private double[] prefixShareBound;

	private double[] prefixWeightBound;

	ExposureNeighbourhood(ExposureEngine engine) {
		this(engine, true);
		if (this.hops >= 2) {
			twoSteps();
		}
	}

	/**
	 * The neighbourhoods of the graph as it is ({@code before}) and of a scenario's overlay of it ({@code after}),
	 * their walks of two steps found in one scan ({@link #twoSteps(ExposureNeighbourhood, ExposureNeighbourhood,
	 * JointWalk.Sides)}); each equal to the one its engine makes alone.
	 */
	static ExposureNeighbourhood[] joint(ExposureEngine before, ExposureEngine after, JointWalk.Sides sides) {
		ExposureNeighbourhood a = new ExposureNeighbourhood(before, true);
		ExposureNeighbourhood b;
		try {
			b = new ExposureNeighbourhood(after, true);
		}
		catch (RuntimeException ex) {
			a.release();
			throw ex;
		}
		if (a.hops >= 2) {
			twoSteps(a, b, sides);
		}
		return new ExposureNeighbourhood[] { a, b };
	}

	private ExposureNeighbourhood(ExposureEngine engine, boolean oneStep) {
		this.engine = engine;
		this.g = engine.graph();
		this.s = engine.query().entity();
		this.hops = engine.query().maxHops();
		this.m1 = NodeMarks.borrow(this.g);
		this.m2 = NodeMarks.borrow(this.g);
		this.scratch = NodeMarks.borrow(this.g);
		this.l1 = new WalkLayer(engine, false, this.m1, this.hops >= 2);
		this.l1.addStepsFrom(this.s, 1, 1, 1);
		int[] counts = new int[this.l1.size + 1];
		engine.forEachStep(this.s, false, (c, u) -> counts[this.l1.slot.get(u) + 1]++);
		for (int i = 0; i < this.l1.size; i++) {
			counts[i + 1] += counts[i];
		}
		this.groupStart = counts;
		this.groupClaim = new int[counts[this.l1.size]];
		int[] next = Arrays.copyOf(counts, this.l1.size);
		engine.forEachStep(this.s, false, (c, u) -> this.groupClaim[next[this.l1.slot.get(u)]++] = c);
		this.groupShare = new double[this.l1.size];
		this.groupWeight = new double[this.l1.size];
		for (int i = 0; i < this.l1.size; i++) {
			this.groupShare[i] = -1;
			for (int j = this.groupStart[i]; j < this.groupStart[i + 1]; j++) {
				this.groupShare[i] = Math.max(this.groupShare[i], known(engine.stepShare(this.groupClaim[j], this.s)));
				this.groupWeight[i] = Math.max(this.groupWeight[i], engine.weight(this.groupClaim[j]));
			}
		}
		this.l2 = new WalkLayer(engine, false, this.m2);
		this.prefixes = this.hops >= 3 && engine.query().maxPaths() > 0;
		this.found = new int[][] { new int[this.prefixes ? 1024 : 0], new int[this.prefixes ? 1024 : 0],
				new int[this.prefixes ? 1024 : 0] };
	}

	/** Whether the two-step prefixes are kept (routes of three steps are listed). */
	private final boolean prefixes;

	/** The prefixes found while walking two steps (l2 slot, l1 slot, claim), until made CSR; and how many. */
	private int[][] found;

	private int foundSize;

	/**
	 * The walks of two steps, and with prefixes each node's prefixes in CSR form: the direct neighbours' steps in node
	 * order (the order of a joint scan, {@link #twoSteps(ExposureNeighbourhood, ExposureNeighbourhood,
	 * JointWalk.Sides)}), each node's claims in its incidence order.
	 */
	private void twoSteps() {
		for (int x : this.l1.inNodeOrder()) {
			int xi = this.l1.slot.get(x);
			this.engine.forEachStep(x, false, (c, y) -> step(x, xi, c, y));
		}
		madeTwoSteps();
	}

	/** The step from the direct neighbour x (l1 slot xi) over c to y, added to the walks of two steps. */
	private void step(int x, int xi, int c, int y) {
		int yi = this.l2.add(x, c, y, this.l1.s[xi], this.l1.c[xi], this.l1.k[xi]);
		if (this.prefixes) {
			int n = this.foundSize;
			if (n == this.found[0].length) {
				for (int f = 0; f < 3; f++) {
					this.found[f] = Arrays.copyOf(this.found[f], n * 2);
				}
			}
			this.found[0][n] = yi;
			this.found[1][n] = xi;
			this.found[2][n] = c;
			this.foundSize++;
		}
	}

	/**
	 * Both sides' walks of two steps from one scan of the union of their direct neighbours' claims (in node order,
	 * each node's claims in the overlay's incidence order): each side adds the steps it walks, in the order it would
	 * alone ({@link JointWalk}).
	 */
	private static void twoSteps(ExposureNeighbourhood a, ExposureNeighbourhood b, JointWalk.Sides sides) {
		int[] xs = WalkLayer.union(a.l1.inNodeOrder(), b.l1.inNodeOrder());
		for (int x : xs) {
			// a hypothetical entity (after the base's nodes) is the scenario's only
			int xa = x < a.g.entityCount() ? a.l1.slot.get(x) : NodeMarks.ABSENT;
			int xb = b.l1.slot.get(x);
			for (int pass = 0; pass < 2; pass++) {
				ClaimProjection.Incidence at = pass == 0 ? sides.overlay().outgoing() : sides.overlay().incoming();
				for (int j = at.start(x), last = at.end(x); j < last; j++) {
					int c = at.claim(j);
					int y;
					if (sides.shared(c)) {
						if (!sides.walksBefore(c)) {
							continue;
						}
						y = at.far(c);
						if (xa != NodeMarks.ABSENT) {
							a.step(x, xa, c, y);
						}
						if (xb != NodeMarks.ABSENT) {
							b.step(x, xb, c, y);
						}
						continue;
					}
					if (xa != NodeMarks.ABSENT && sides.walksBefore(c)) {
						a.step(x, xa, c, at.far(c));
					}
					if (xb != NodeMarks.ABSENT && sides.walksAfter(c)) {
						b.step(x, xb, c, at.far(c));
					}
				}
			}
		}
		a.madeTwoSteps();
		b.madeTwoSteps();
	}

	/** The prefixes in CSR form, with their bounds; the walks at the entity. */
	private void madeTwoSteps() {
		int atStart = this.l2.slot.get(this.s);
		this.cycleAtStart = atStart == NodeMarks.ABSENT ? 0 : this.l2.c[atStart];
		int[][] found = this.found;
		int[] size = { this.foundSize };
		this.found = null;
		if (!this.prefixes) {
			return;
		}
		this.prefixStart = new int[this.l2.size + 1];
		for (int e = 0; e < size[0]; e++) {
			this.prefixStart[found[0][e] + 1]++;
		}
		for (int y = 0; y < this.l2.size; y++) {
			this.prefixStart[y + 1] += this.prefixStart[y];
		}
		int[] next = Arrays.copyOf(this.prefixStart, this.l2.size);
		this.prefixFrom = new int[size[0]];
		this.prefixClaim = new int[size[0]];
		this.prefixShareBound = new double[this.l2.size];
		this.prefixWeightBound = new double[this.l2.size];
		Arrays.fill(this.prefixShareBound, -1);
		for (int e = 0; e < size[0]; e++) {
			int y = found[0][e];
			int xi = found[1][e];
			int c = found[2][e];
			int at = next[y]++;
			this.prefixFrom[at] = xi;
			this.prefixClaim[at] = c;
			this.prefixShareBound[y] = Math.max(this.prefixShareBound[y],
					product(this.groupShare[xi], known(this.engine.stepShare(c, this.l1.node[xi]))));
			this.prefixWeightBound[y] = Math.max(this.prefixWeightBound[y], this.groupWeight[xi] * this.engine.weight(c));
		}
	}

	/** A share, or -1 when unknown. */
	private static double known(double share) {
		return Double.isNaN(share) ? -1 : share;
	}

	/** The product of two known shares, -1 when either is unknown. */
	private static double product(double a, double b) {
		return a < 0 || b < 0 ? -1 : a * b;
	}

	void release() {
		this.m1.release(this.g);
		this.m2.release(this.g);
		this.scratch.release(this.g);
	}

	/** The fewest steps from the entity to {@code t}: 1, 2, or 3 (for any node beyond two steps). */
	int hops(int t) {
		if (this.l1.has(t)) {
			return 1;
		}
		return this.hops >= 2 && this.l2.has(t) ? 2 : 3;
	}

	/** The sum of the amounts of the direct claims to {@code t}, {@code NaN} when none has one. */
	double amount(int t) {
		int i = this.l1.slot.get(t);
		double sum = Double.NaN;
		if (i != NodeMarks.ABSENT) {
			for (int j = this.groupStart[i]; j < this.groupStart[i + 1]; j++) {
				double a = this.g.amountUsd(this.groupClaim[j]);
				if (!Double.isNaN(a)) {
					sum = Double.isNaN(sum) ? a : sum + a;
				}
			}
		}
		return sum;
	}

	/** The nodes one step away. */
	void forEachDirect(IntConsumer action) {
		for (int i = 0; i < this.l1.size; i++) {
			action.accept(this.l1.node[i]);
		}
	}

	/** The nodes exactly two steps away. */
	void forEachAtTwo(IntConsumer action) {
		for (int i = 0; i < this.l2.size; i++) {
			int v = this.l2.node[i];
			if (v != this.s && !this.l1.has(v)) {
				action.accept(v);
			}
		}
	}

	/** The nodes exactly three steps away (a scan of the claims of the nodes two steps away). */
	void forEachAtThree(IntConsumer action) {
		this.scratch.clear();
		forEachAtTwo(y -> this.engine.forEachStep(y, false, (c, z) -> {
			if (z != this.s && !this.l1.has(z) && !this.l2.has(z) && !this.scratch.has(z)) {
				this.scratch.put(z, 0);
				action.accept(z);
			}
		}));
	}

	/** The number of simple paths of at most the question's steps from the entity to {@code t}. */
	long pathCount(int t) {
		int i1 = this.l1.slot.get(t);
		double p1 = i1 == NodeMarks.ABSENT ? 0 : this.l1.c[i1];
		if (this.hops == 1) {
			return Math.round(p1);
		}
		int i2 = this.l2.slot.get(t);
		double p2 = i2 == NodeMarks.ABSENT ? 0 : this.l2.c[i2];
		if (this.hops == 2) {
			return Math.round(p1 + p2);
		}
		double[] p3 = { 0 };
		this.engine.forEachStep(t, false, (c, y) -> {
			int yi = this.l2.slot.get(y);
			if (yi != NodeMarks.ABSENT) {
				p3[0] += this.l2.c[yi];
			}
		});
		if (p1 > 0) {
			// Less the walks s-x-s-t, s-t-y-t, plus s-t-s-t counted in both.
			double[][] local = WalkAlgebra.aroundDirectNeighbour(this.engine, t, this.s, this.scratch);
			p3[0] = p3[0] - this.cycleAtStart * p1 - p1 * local[1][1] + p1 * local[0][1] * p1;
		}
		return Math.round(p1 + p2 + p3[0]);
	}

	/** The strongest routes to {@code t} by share then strength, at most {@code maxPaths}, within the budget. */
	Listing routes(int t) {
		int maxPaths = this.engine.query().maxPaths();
		if (maxPaths == 0) {
			return new Listing(List.of(), true);
		}
		Best best = new Best(maxPaths, this.engine.routeOrder(), this.engine.query().maxExpansions());
		int ti = this.l1.slot.get(t);
		if (ti != NodeMarks.ABSENT) {
			for (int j = this.groupStart[ti]; j < this.groupStart[ti + 1]; j++) {
				best.offer(new int[] { this.s, t }, this.groupClaim[j]);
			}
		}
		if (this.hops >= 2) {
			// The neighbours y of t, each with the bounds of the routes through it, best first: once one cannot
			// rank, none after it can.
			Candidates through = new Candidates();
			this.engine.forEachStep(t, false, (last, y) -> {
				if (y != this.s) {
					through.add(y, last);
				}
			});
			through.sort();
			for (int n = 0; n < through.size && !best.spent(); n++) {
				if (!best.canRank(through.shareBound[n], through.weightBound[n])) {
					break;
				}
				listThrough(t, through.node[n], through.claim[n], best);
			}
		}
		return new Listing(best.routes(), !best.spent());
	}

	/** The routes to t whose last step is {@code last} from y: s-y-t and s-x-y-t. */
	private void listThrough(int t, int y, int last, Best best) {
		double lastShare = known(this.engine.stepShare(last, y));
		double lastWeight = this.engine.weight(last);
		int yi = this.l1.slot.get(y);
		if (yi != NodeMarks.ABSENT
				&& best.canRank(product(this.groupShare[yi], lastShare), this.groupWeight[yi] * lastWeight)) {
			for (int j = this.groupStart[yi]; j < this.groupStart[yi + 1]; j++) {
				best.offer(new int[] { this.s, y, t }, this.groupClaim[j], last);
			}
		}
		int y2 = this.hops >= 3 ? this.l2.slot.get(y) : NodeMarks.ABSENT;
		if (y2 == NodeMarks.ABSENT || !best.canRank(product(this.prefixShareBound[y2], lastShare),
				this.prefixWeightBound[y2] * lastWeight)) {
			return;
		}
		for (int p = this.prefixStart[y2]; p < this.prefixStart[y2 + 1] && !best.spent(); p++) {
			int xi = this.prefixFrom[p];
			int x = this.l1.node[xi];
			int middle = this.prefixClaim[p];
			if (x == t || !best.canRank(
					product(product(this.groupShare[xi], known(this.engine.stepShare(middle, x))), lastShare),
					this.groupWeight[xi] * this.engine.weight(middle) * lastWeight)) {
				continue;
			}
			for (int j = this.groupStart[xi]; j < this.groupStart[xi + 1]; j++) {
				best.offer(new int[] { this.s, x, y, t }, this.groupClaim[j], middle, last);
			}
		}
	}

	/** A counterpart's neighbours with the bounds of the routes through them, sortable best first. */
	private final class Candidates {

		int size;

		int[] node = new int[16];

		int[] claim = new int[16];

		double[] shareBound = new double[16];

		double[] weightBound = new double[16];

		void add(int y, int last) {
			double lastShare = known(ExposureNeighbourhood.this.engine.stepShare(last, y));
			double lastWeight = ExposureNeighbourhood.this.engine.weight(last);
			int yi = ExposureNeighbourhood.this.l1.slot.get(y);
			int y2 = ExposureNeighbourhood.this.hops >= 3 ? ExposureNeighbourhood.this.l2.slot.get(y)
					: NodeMarks.ABSENT;
			double share = -1;
			double weight = 0;
			if (yi != NodeMarks.ABSENT) {
				share = product(groupShare[yi], lastShare);
				weight = groupWeight[yi] * lastWeight;
			}
			if (y2 != NodeMarks.ABSENT) {
				share = Math.max(share, product(prefixShareBound[y2], lastShare));
				weight = Math.max(weight, prefixWeightBound[y2] * lastWeight);
			}
			if (yi == NodeMarks.ABSENT && y2 == NodeMarks.ABSENT) {
				return;
			}
			if (this.size == this.node.length) {
				int n = this.size * 2;
				this.node = Arrays.copyOf(this.node, n);
				this.claim = Arrays.copyOf(this.claim, n);
				this.shareBound = Arrays.copyOf(this.shareBound, n);
				this.weightBound = Arrays.copyOf(this.weightBound, n);
			}
			this.node[this.size] = y;
			this.claim[this.size] = last;
			this.shareBound[this.size] = share;
			this.weightBound[this.size] = weight;
			this.size++;
		}

		/** Larger share bound first (known before unknown), then larger weight bound. */
		void sort() {
			Integer[] order = new Integer[this.size];
			for (int i = 0; i < this.size; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (a, b) -> {
				int c = Double.compare(this.shareBound[b], this.shareBound[a]);
				return c != 0 ? c : Double.compare(this.weightBound[b], this.weightBound[a]);
			});
			int[] n = new int[this.size];
			int[] c = new int[this.size];
			double[] sb = new double[this.size];
			double[] wb = new double[this.size];
			for (int i = 0; i < this.size; i++) {
				n[i] = this.node[order[i]];
				c[i] = this.claim[order[i]];
				sb[i] = this.shareBound[order[i]];
				wb[i] = this.weightBound[order[i]];
			}
			this.node = n;
			this.claim = c;
			this.shareBound = sb;
			this.weightBound = wb;
		}

	}

	/** The best routes offered so far; a route is made only when it can rank. */
	private final class Best {

		private static final double SLACK = 1 + 1e-9;

		private final int size;

		private final Comparator<ProjectedRoute> order;

		private long budget;

		private final List<ProjectedRoute> kept = new ArrayList<>();

		Best(int size, Comparator<ProjectedRoute> order, long budget) {
			this.size = size;
			this.order = order;
			this.budget = budget;
		}

		boolean spent() {
			return this.budget < 0;
		}

		/**
		 * Whether a route whose share is at most {@code shareBound} (-1: not known) and whose strength is at most
		 * {@code strengthBound} could still be kept. Bounds are products of the same factors as the routes', in
		 * another order, so they are inflated a little against rounding.
		 */
		boolean canRank(double shareBound, double strengthBound) {
			if (this.kept.size() < this.size) {
				return true;
			}
			ProjectedRoute worst = this.kept.get(this.size - 1);
			if (!Double.isNaN(worst.share())) {
				return shareBound >= 0 && shareBound * SLACK >= worst.share();
			}
			return shareBound >= 0 || strengthBound * SLACK >= worst.strength();
		}

		void offer(int[] nodes, int... claims) {
			if (--this.budget < 0) {
				return;
			}
			double share = 1;
			double strength = 1;
			for (int i = 0; i < claims.length; i++) {
				share *= ExposureNeighbourhood.this.engine.stepShare(claims[i], nodes[i]);
				strength *= ExposureNeighbourhood.this.engine.weight(claims[i]);
			}
			if (this.kept.size() == this.size && worse(share, strength, claims.length, this.kept.get(this.size - 1))) {
				return;
			}
			this.kept.add(new ProjectedRoute(nodes.clone(), claims.clone(), strength, share));
			this.kept.sort(this.order);
			if (this.kept.size() > this.size) {
				this.kept.remove(this.size);
			}
		}

		/** Strictly after {@code worst} by share, strength and hops (an equal one goes to the full order). */
		private static boolean worse(double share, double strength, int hops, ProjectedRoute worst) {
			double key = Double.isNaN(share) ? 1 : -share;
			double worstKey = Double.isNaN(worst.share()) ? 1 : -worst.share();
			if (key != worstKey) {
				return key > worstKey;
			}
			if (strength != worst.strength()) {
				return strength < worst.strength();
			}
			return hops > worst.hops();
		}

		List<ProjectedRoute> routes() {
			return List.copyOf(this.kept);
		}

	}

}
