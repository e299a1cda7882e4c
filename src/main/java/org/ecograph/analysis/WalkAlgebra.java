package org.ecograph.analysis;

import java.util.Arrays;

/**
 * Exact integrated shares over simple paths of at most three steps, by walk sums and inclusion-exclusion (see
 * {@link ExposureEngine}). Three quantities travel together: the known share (unknown counts as 0), the number of
 * paths, and the number of paths whose every share is known.
 */
final class WalkAlgebra {

	private final ExposureEngine engine;

	private final ClaimProjection g;

	WalkAlgebra(ExposureEngine engine) {
		this.engine = engine;
		this.g = engine.graph();
	}

	ExposureEngine.Tallies tallies() {
		int s = this.engine.query().entity();
		int hops = this.engine.query().maxHops();
		NodeMarks m1 = NodeMarks.borrow(this.g);
		NodeMarks m2 = NodeMarks.borrow(this.g);
		NodeMarks m3 = NodeMarks.borrow(this.g);
		NodeMarks groups = NodeMarks.borrow(this.g);
		NodeMarks out = NodeMarks.borrow(this.g);
		try {
			Layer l1 = new Layer(m1);
			l1.addStepsFrom(s, 1, 1, 1);
			Layer l2 = new Layer(m2);
			if (hops >= 2) {
				for (int i = 0; i < l1.size; i++) {
					l2.addStepsFrom(l1.node[i], l1.s[i], l1.c[i], l1.k[i]);
				}
			}
			Layer l3 = new Layer(m3);
			if (hops >= 3) {
				for (int i = 0; i < l2.size; i++) {
					l3.addStepsFrom(l2.node[i], l2.s[i], l2.c[i], l2.k[i]);
				}
			}
			ExposureEngine.Tallies tallies = new ExposureEngine.Tallies(out);
			for (Layer layer : new Layer[] { l1, l2, l3 }) {
				for (int i = 0; i < layer.size; i++) {
					if (layer.node[i] != s) {
						tallies.slot(layer.node[i]);
					}
				}
			}
			int atStart = l2.slot.get(s);
			double[] cycleAtStart = atStart == NodeMarks.ABSENT ? new double[3]
					: new double[] { l2.s[atStart], l2.c[atStart], l2.k[atStart] };
			for (int i = 0; i < tallies.size; i++) {
				int t = tallies.node[i];
				double[] p1 = l1.get(t);
				double[] p2 = l2.get(t);
				double[] p3 = l3.get(t);
				if (hops >= 3 && l1.slot.has(t)) {
					double[][] local = aroundDirectNeighbour(t, s, groups);
					double[] back = local[0];
					double[] cycle = local[1];
					for (int q = 0; q < 3; q++) {
						p3[q] = p3[q] - cycleAtStart[q] * p1[q] - p1[q] * cycle[q] + p1[q] * back[q] * p1[q];
					}
				}
				tallies.direct[i] = p1[0];
				tallies.paths[i] = p1[1] + p2[1] + p3[1];
				tallies.knownDirect[i] = p1[2];
				tallies.indirect[i] = p2[0] + p3[0];
				tallies.knownIndirect[i] = p2[2] + p3[2];
				tallies.knownPaths[i] = p1[2] + p2[2] + p3[2];
			}
			amounts(s, tallies);
			return tallies;
		}
		finally {
			for (NodeMarks marks : new NodeMarks[] { m1, m2, m3, groups, out }) {
				marks.release(this.g);
			}
		}
	}

	/** The direct claims' flow amounts, per counterpart. */
	private void amounts(int s, ExposureEngine.Tallies tallies) {
		forEachStep(s, (c, u) -> {
			double amount = this.g.amountUsd[c];
			if (!Double.isNaN(amount)) {
				int i = tallies.slot(u);
				tallies.amount[i] = Double.isNaN(tallies.amount[i]) ? amount : tallies.amount[i] + amount;
			}
		});
	}

	/**
	 * For a direct neighbour t of s: A[t,s] (stepping back to s) and the two-step cycles at t, the sum over its
	 * neighbours y of A[t,y]·A[y,t], each as (share, paths, known paths).
	 */
	private double[][] aroundDirectNeighbour(int t, int s, NodeMarks groups) {
		groups.clear();
		int size = 0;
		int[] ys = new int[16];
		double[] there = new double[48];
		double[] back = new double[48];
		for (int pass = 0; pass < 2; pass++) {
			int[] start = pass == 0 ? this.g.outStart : this.g.inStart;
			int[] claims = pass == 0 ? this.g.outClaims : this.g.inClaims;
			for (int j = start[t]; j < start[t + 1]; j++) {
				int c = claims[j];
				if (!this.engine.walkable(c)) {
					continue;
				}
				int y = this.g.otherEnd(c, t);
				int i = groups.get(y);
				if (i == NodeMarks.ABSENT) {
					if (size == ys.length) {
						ys = Arrays.copyOf(ys, size * 2);
						there = Arrays.copyOf(there, size * 6);
						back = Arrays.copyOf(back, size * 6);
					}
					i = size++;
					groups.put(y, i);
					ys[i] = y;
				}
				add(there, 3 * i, this.engine.stepShare(c, t));
				add(back, 3 * i, this.engine.stepShare(c, y));
			}
		}
		double[] cycle = new double[3];
		double[] toStart = new double[3];
		for (int i = 0; i < size; i++) {
			for (int q = 0; q < 3; q++) {
				cycle[q] += there[3 * i + q] * back[3 * i + q];
			}
			if (ys[i] == s) {
				toStart = new double[] { there[3 * i], there[3 * i + 1], there[3 * i + 2] };
			}
		}
		return new double[][] { toStart, cycle };
	}

	private static void add(double[] sums, int at, double share) {
		boolean known = !Double.isNaN(share);
		sums[at] += known ? share : 0;
		sums[at + 1] += 1;
		sums[at + 2] += known ? 1 : 0;
	}

	private void forEachStep(int v, Step step) {
		for (int pass = 0; pass < 2; pass++) {
			int[] start = pass == 0 ? this.g.outStart : this.g.inStart;
			int[] claims = pass == 0 ? this.g.outClaims : this.g.inClaims;
			for (int j = start[v]; j < start[v + 1]; j++) {
				int c = claims[j];
				if (this.engine.walkable(c)) {
					step.accept(c, this.g.otherEnd(c, v));
				}
			}
		}
	}

	@FunctionalInterface
	private interface Step {

		void accept(int claim, int otherEnd);

	}

	/** A sparse vector over nodes of (share, paths, known paths): the walks of one length from the entity. */
	private final class Layer {

		final NodeMarks slot;

		int size;

		int[] node = new int[64];

		double[] s = new double[64];

		double[] c = new double[64];

		double[] k = new double[64];

		Layer(NodeMarks slot) {
			this.slot = slot;
		}

		/** Adds every step out of {@code v}, weighted by v's own (share, paths, known paths). */
		void addStepsFrom(int v, double share, double paths, double known) {
			forEachStep(v, (claim, u) -> {
				double step = WalkAlgebra.this.engine.stepShare(claim, v);
				boolean isKnown = !Double.isNaN(step);
				int i = index(u);
				this.s[i] += isKnown ? share * step : 0;
				this.c[i] += paths;
				this.k[i] += isKnown ? known : 0;
			});
		}

		double[] get(int v) {
			int i = this.slot.get(v);
			return i == NodeMarks.ABSENT ? new double[3] : new double[] { this.s[i], this.c[i], this.k[i] };
		}

		private int index(int v) {
			int i = this.slot.get(v);
			if (i != NodeMarks.ABSENT) {
				return i;
			}
			if (this.size == this.node.length) {
				int n = this.size * 2;
				this.node = Arrays.copyOf(this.node, n);
				this.s = Arrays.copyOf(this.s, n);
				this.c = Arrays.copyOf(this.c, n);
				this.k = Arrays.copyOf(this.k, n);
			}
			i = this.size++;
			this.node[i] = v;
			this.slot.put(v, i);
			return i;
		}

	}

}
