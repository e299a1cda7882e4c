package org.ecograph.analysis.exposure;

import java.util.Arrays;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.NodeMarks;
import org.ecograph.analysis.projection.OverlaidProjection;

/**
 * The tallies of {@link WalkAlgebra} for the graph as it is and for a scenario's overlay of it, in one walk: the
 * union of both graphs (the overlay's incidence lists every claim of the base, in the base's order, then the claims
 * it adds) is walked once, and every node of a layer carries two triples of (share, paths, known paths), one per
 * side. A step adds to a side only when that side walks it with a known share: a claim the overlay removes adds to
 * the graph as it is only, a hypothetical one to the scenario only, a capped or scaled one to each with its own
 * share; a node is on a side when a step of that side reached it (its path count is then at least 1), and a branch
 * is followed when either side reached its node.
 * <p>
 * Exact, bit for bit: each side's sums add the same terms in the same order as {@link WalkAlgebra} on that side's
 * graph alone. The terms are the same products (a side's share at a node is the same double, by induction over the
 * layers, times the same step share); the order is the same because both add a layer's steps node by node in node
 * order ({@link WalkLayer#inNodeOrder()}), each node's claims in its incidence order (the base's order for the graph
 * as it is, the overlay's for the scenario, the union's restricted to either), and the two-step cycles around a direct
 * neighbour group its neighbours in the order of their first claim walkable on that side. Only the order in which
 * nodes take their slot in the tallies differs, which no answer reads (the ranking is a total order).
 * <p>
 * Hot loop: a claim the overlay does not touch (one bit test, {@link OverlaidProjection#untouched}) has the same
 * figures on both sides, and the same walkability when the overlay keeps the largest flow amount (the step weights'
 * scale): its share is read once and added to both.
 */
final class JointWalk {

	private final ExposureEngine before;

	private final ExposureEngine after;

	private final ClaimProjection g;

	private final OverlaidProjection overlay;

	private final ExposureDirection direction;

	private final int baseClaims;

	/** Whether an untouched claim is walkable on the overlay exactly when it is on the base. */
	private final boolean sameScale;

	JointWalk(ExposureEngine before, ExposureEngine after, OverlaidProjection overlay) {
		this.before = before;
		this.after = after;
		this.g = before.graph();
		this.overlay = overlay;
		this.direction = before.query().direction();
		this.baseClaims = this.g.claimCount();
		this.sameScale = overlay.keepsScale(before.filter());
	}

	/** Which side walks a claim of the union: the checks of the hot loops, for the joint walks of this package. */
	Sides sides() {
		return new Sides(this);
	}

	/** The per-claim checks of a joint walk. */
	static final class Sides {

		private final JointWalk w;

		private Sides(JointWalk w) {
			this.w = w;
		}

		OverlaidProjection overlay() {
			return this.w.overlay;
		}

		/**
		 * Whether {@code c} has the same figures and walk on both sides (a claim of the base the overlay does not
		 * touch, the scale kept): then {@link #walksBefore} says whether either walks it.
		 */
		boolean shared(int c) {
			return c < this.w.baseClaims && this.w.sameScale && this.w.overlay.untouched(c);
		}

		boolean walksBefore(int c) {
			return this.w.walksBefore(c);
		}

		boolean walksAfter(int c) {
			return this.w.after.walkable(c);
		}

	}

	/** Both sides' tallies, slotted in {@code outBefore} and {@code outAfter}: the graph's, then the overlay's. */
	ExposureEngine.Tallies[] tallies(NodeMarks outBefore, NodeMarks outAfter) {
		int s = this.before.query().entity();
		int hops = this.before.query().maxHops();
		NodeMarks m1 = NodeMarks.borrow(this.overlay);
		NodeMarks m2 = NodeMarks.borrow(this.overlay);
		NodeMarks m3 = NodeMarks.borrow(this.overlay);
		NodeMarks groups = NodeMarks.borrow(this.overlay);
		try {
			Layer l1 = new Layer(m1, hops >= 2);
			l1.addStepsFrom(s, true, 1, 1, 1, true, 1, 1, 1);
			Layer l2 = new Layer(m2, hops >= 3);
			if (hops >= 2) {
				for (int v : l1.inNodeOrder()) {
					int i = l1.slot.get(v);
					l2.addStepsFrom(v, l1.c[0][i] > 0, l1.s[0][i], l1.c[0][i], l1.k[0][i], l1.c[1][i] > 0, l1.s[1][i],
							l1.c[1][i], l1.k[1][i]);
				}
			}
			Layer l3 = new Layer(m3, false);
			if (hops >= 3) {
				for (int v : l2.inNodeOrder()) {
					int i = l2.slot.get(v);
					l3.addStepsFrom(v, l2.c[0][i] > 0, l2.s[0][i], l2.c[0][i], l2.k[0][i], l2.c[1][i] > 0, l2.s[1][i],
							l2.c[1][i], l2.k[1][i]);
				}
			}
			// per l1 slot and side: A[t,s] and the two-step cycles at t (WalkAlgebra.aroundDirectNeighbour)
			double[][][] around = new double[2][][];
			if (hops >= 3) {
				around[0] = new double[l1.size][];
				around[1] = new double[l1.size][];
				for (int i = 0; i < l1.size; i++) {
					aroundDirectNeighbour(l1.node[i], s, l1.c[0][i] > 0, l1.c[1][i] > 0, groups, around, i);
				}
			}
			return new ExposureEngine.Tallies[] { side(0, outBefore, s, hops, l1, l2, l3, around[0]),
					side(1, outAfter, s, hops, l1, l2, l3, around[1]) };
		}
		finally {
			for (NodeMarks marks : new NodeMarks[] { m1, m2, m3, groups }) {
				marks.release(this.overlay);
			}
		}
	}

	/** One side's tallies from the joint layers, as {@link WalkAlgebra#tallies} makes them from its own. */
	private ExposureEngine.Tallies side(int k, NodeMarks out, int s, int hops, Layer l1, Layer l2, Layer l3,
			double[][] around) {
		ExposureEngine.Tallies tallies = new ExposureEngine.Tallies(out);
		for (Layer layer : new Layer[] { l1, l2, l3 }) {
			for (int i = 0; i < layer.size; i++) {
				if (layer.c[k][i] > 0 && layer.node[i] != s) {
					tallies.slot(layer.node[i]);
				}
			}
		}
		double[] cycleAtStart = l2.get(k, s);
		for (int i = 0; i < tallies.size; i++) {
			int t = tallies.node[i];
			double[] p1 = l1.get(k, t);
			double[] p2 = l2.get(k, t);
			double[] p3 = l3.get(k, t);
			int at = l1.slot.get(t);
			if (hops >= 3 && at != NodeMarks.ABSENT && l1.c[k][at] > 0) {
				// {A[t,s] as (share, paths, known), the cycles at t as the same}
				double[] local = around[at];
				for (int q = 0; q < 3; q++) {
					p3[q] = p3[q] - cycleAtStart[q] * p1[q] - p1[q] * local[3 + q] + p1[q] * local[q] * p1[q];
				}
			}
			tallies.direct[i] = p1[0];
			tallies.knownDirect[i] = p1[2];
			tallies.indirect[i] = p2[0] + p3[0];
			tallies.knownIndirect[i] = p2[2] + p3[2];
			tallies.knownPaths[i] = p1[2] + p2[2] + p3[2];
		}
		return tallies;
	}

	/** Whether the graph as it is walks {@code c} (a claim the overlay added is not one of its claims). */
	private boolean walksBefore(int c) {
		return c < this.baseClaims && this.before.walkable(c);
	}

	/**
	 * {@link WalkAlgebra#aroundDirectNeighbour} for each side on which {@code t} is a direct neighbour, from one scan
	 * of t's claims: the neighbours are grouped once, and each side sums its cycles over its own groups in the order
	 * of their first claim that side walks (the single walk's order). Stored in {@code around[side][slot]} as
	 * {toStart, cycle} flattened to six figures.
	 */
	private void aroundDirectNeighbour(int t, int s, boolean onBefore, boolean onAfter, NodeMarks groups,
			double[][][] around, int slot) {
		groups.clear();
		int size = 0;
		int[] ys = new int[16];
		// per group: there and back, each (share, paths, known paths), per side
		double[][] there = { new double[48], new double[48] };
		double[][] back = { new double[48], new double[48] };
		// per side: its groups in the order that side first walked to them
		int[][] order = { new int[16], new int[16] };
		int[] ordered = new int[2];
		boolean[][] seen = { new boolean[16], new boolean[16] };
		boolean[] on = { onBefore, onAfter };
		for (int pass = 0; pass < 2; pass++) {
			ClaimProjection.Incidence at = pass == 0 ? this.overlay.outgoing() : this.overlay.incoming();
			for (int j = at.start(t), last = at.end(t); j < last; j++) {
				int c = at.claim(j);
				boolean shared = c < this.baseClaims && this.sameScale && this.overlay.untouched(c);
				boolean walkA;
				boolean walkB;
				if (shared) {
					walkA = this.before.walkable(c);
					walkB = walkA;
				}
				else {
					walkA = walksBefore(c);
					walkB = this.after.walkable(c);
				}
				walkA &= onBefore;
				walkB &= onAfter;
				if (!walkA && !walkB) {
					continue;
				}
				int y = at.far(c);
				int i = groups.get(y);
				if (i == NodeMarks.ABSENT) {
					if (size == ys.length) {
						ys = Arrays.copyOf(ys, size * 2);
						for (int k = 0; k < 2; k++) {
							there[k] = Arrays.copyOf(there[k], size * 6);
							back[k] = Arrays.copyOf(back[k], size * 6);
							seen[k] = Arrays.copyOf(seen[k], size * 2);
						}
					}
					i = size++;
					groups.put(y, i);
					ys[i] = y;
				}
				double thereA = Double.NaN;
				double backA = Double.NaN;
				if (walkA || shared) {
					thereA = ExposureEngine.stepShare(this.g, this.direction, c, t);
					backA = ExposureEngine.stepShare(this.g, this.direction, c, y);
				}
				for (int k = 0; k < 2; k++) {
					if (!(k == 0 ? walkA : walkB)) {
						continue;
					}
					if (!seen[k][i]) {
						seen[k][i] = true;
						if (ordered[k] == order[k].length) {
							order[k] = Arrays.copyOf(order[k], ordered[k] * 2);
						}
						order[k][ordered[k]++] = i;
					}
					boolean own = k == 0 || shared;
					add(there[k], 3 * i, own ? thereA : ExposureEngine.stepShare(this.overlay, this.direction, c, t));
					add(back[k], 3 * i, own ? backA : ExposureEngine.stepShare(this.overlay, this.direction, c, y));
				}
			}
		}
		for (int k = 0; k < 2; k++) {
			if (!on[k]) {
				continue;
			}
			double[] cycle = new double[3];
			double[] toStart = new double[3];
			for (int n = 0; n < ordered[k]; n++) {
				int i = order[k][n];
				for (int q = 0; q < 3; q++) {
					cycle[q] += there[k][3 * i + q] * back[k][3 * i + q];
				}
				if (ys[i] == s) {
					toStart = new double[] { there[k][3 * i], there[k][3 * i + 1], there[k][3 * i + 2] };
				}
			}
			around[k][slot] = new double[] { toStart[0], toStart[1], toStart[2], cycle[0], cycle[1], cycle[2] };
		}
	}

	private static void add(double[] sums, int at, double share) {
		boolean known = !Double.isNaN(share);
		sums[at] += known ? share : 0;
		sums[at + 1] += 1;
		sums[at + 2] += known ? 1 : 0;
	}

	/**
	 * A layer of walks of one length over the union, per side (0: the graph as it is, 1: the scenario): as
	 * {@link WalkLayer} with {@code knownOnly}, twice.
	 */
	private final class Layer {

		final NodeMarks slot;

		int size;

		int[] node = new int[64];

		/** Per side (0: the graph as it is, 1: the scenario): share, paths and known paths per slot. */
		final double[][] s = { new double[64], new double[64] };

		final double[][] c = { new double[64], new double[64] };

		final double[][] k = { new double[64], new double[64] };

		/** The same arrays as {@link #s}, {@link #c} and {@link #k}, held flat for the hot loop. */
		private double[] sA = this.s[0];

		private double[] cA = this.c[0];

		private double[] kA = this.k[0];

		private double[] sB = this.s[1];

		private double[] cB = this.c[1];

		private double[] kB = this.k[1];

		private final long[] bits;

		Layer(NodeMarks slot, boolean ordered) {
			this.slot = slot;
			this.bits = ordered ? new long[(JointWalk.this.overlay.entityCount() + 63) >>> 6] : null;
		}

		int[] inNodeOrder() {
			return WalkLayer.inNodeOrder(this.node, this.size, this.bits);
		}

		/** A side's (share, paths, known paths) at {@code v}, zeros when that side did not reach it. */
		double[] get(int side, int v) {
			int i = this.slot.get(v);
			return i == NodeMarks.ABSENT || this.c[side][i] == 0 ? new double[3]
					: new double[] { this.s[side][i], this.c[side][i], this.k[side][i] };
		}

		/**
		 * Adds every step out of {@code v} each side walks with a known share, weighted by that side's triple at v
		 * (a side that did not reach v adds nothing).
		 */
		void addStepsFrom(int v, boolean onA, double shareA, double pathsA, double knownA, boolean onB, double shareB,
				double pathsB, double knownB) {
			JointWalk w = JointWalk.this;
			for (int pass = 0; pass < 2; pass++) {
				ClaimProjection.Incidence at = pass == 0 ? w.overlay.outgoing() : w.overlay.incoming();
				for (int j = at.start(v), last = at.end(v); j < last; j++) {
					int claim = at.claim(j);
					if (claim < w.baseClaims && w.sameScale && w.overlay.untouched(claim)) {
						// the same figures on both sides: read once
						if (!w.before.walkable(claim)) {
							continue;
						}
						double step = ExposureEngine.stepShare(w.g, w.direction, claim, v);
						if (Double.isNaN(step)) {
							continue;
						}
						int i = index(at.far(claim));
						if (onA) {
							this.sA[i] += shareA * step;
							this.cA[i] += pathsA;
							this.kA[i] += knownA;
						}
						if (onB) {
							this.sB[i] += shareB * step;
							this.cB[i] += pathsB;
							this.kB[i] += knownB;
						}
						continue;
					}
					if (onA && w.walksBefore(claim)) {
						double step = ExposureEngine.stepShare(w.g, w.direction, claim, v);
						if (!Double.isNaN(step)) {
							int i = index(at.far(claim));
							this.sA[i] += shareA * step;
							this.cA[i] += pathsA;
							this.kA[i] += knownA;
						}
					}
					if (onB && w.after.walkable(claim)) {
						double step = ExposureEngine.stepShare(w.overlay, w.direction, claim, v);
						if (!Double.isNaN(step)) {
							int i = index(at.far(claim));
							this.sB[i] += shareB * step;
							this.cB[i] += pathsB;
							this.kB[i] += knownB;
						}
					}
				}
			}
		}

		int index(int v) {
			int i = this.slot.get(v);
			if (i != NodeMarks.ABSENT) {
				return i;
			}
			if (this.size == this.node.length) {
				int n = this.size * 2;
				this.node = Arrays.copyOf(this.node, n);
				for (int side = 0; side < 2; side++) {
					this.s[side] = Arrays.copyOf(this.s[side], n);
					this.c[side] = Arrays.copyOf(this.c[side], n);
					this.k[side] = Arrays.copyOf(this.k[side], n);
				}
				this.sA = this.s[0];
				this.cA = this.c[0];
				this.kA = this.k[0];
				this.sB = this.s[1];
				this.cB = this.c[1];
				this.kB = this.k[1];
			}
			i = this.size++;
			this.node[i] = v;
			this.slot.put(v, i);
			if (this.bits != null) {
				this.bits[v >>> 6] |= 1L << v;
			}
			return i;
		}

	}

}
