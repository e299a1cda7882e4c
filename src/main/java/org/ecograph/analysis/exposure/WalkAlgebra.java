package org.ecograph.analysis.exposure;

import java.util.Arrays;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.NodeMarks;

/**
 * Exact integrated shares over simple paths of at most three steps, by walk sums and inclusion-exclusion (see
 * {@link ExposureEngine}), walking only steps of known share: a path with an unknown share adds nothing to a share,
 * so the sums and the numbers of paths whose every share is known are exact, at the cost of the known-share
 * neighbourhood only. The tallies leave the number of all paths to {@link ExposureNeighbourhood}.
 */
final class WalkAlgebra {

	private final ExposureEngine engine;

	private final ClaimProjection g;

	WalkAlgebra(ExposureEngine engine) {
		this.engine = engine;
		this.g = engine.graph();
	}

	/** The tallies of every node reached by known-share steps, slotted in {@code out} (the caller's to release). */
	ExposureEngine.Tallies tallies(NodeMarks out) {
		int s = this.engine.query().entity();
		int hops = this.engine.query().maxHops();
		NodeMarks m1 = NodeMarks.borrow(this.g);
		NodeMarks m2 = NodeMarks.borrow(this.g);
		NodeMarks m3 = NodeMarks.borrow(this.g);
		NodeMarks groups = NodeMarks.borrow(this.g);
		try {
			// each layer adds the steps of the one before in node order (not in the order they were reached): the
			// sums then add their terms in the same order as a joint walk's (JointWalk), bit for bit
			WalkLayer l1 = new WalkLayer(this.engine, true, m1, hops >= 2);
			l1.addStepsFrom(s, 1, 1, 1);
			WalkLayer l2 = new WalkLayer(this.engine, true, m2, hops >= 3);
			if (hops >= 2) {
				for (int v : l1.inNodeOrder()) {
					int i = l1.slot.get(v);
					l2.addStepsFrom(v, l1.s[i], l1.c[i], l1.k[i]);
				}
			}
			WalkLayer l3 = new WalkLayer(this.engine, true, m3);
			if (hops >= 3) {
				for (int v : l2.inNodeOrder()) {
					int i = l2.slot.get(v);
					l3.addStepsFrom(v, l2.s[i], l2.c[i], l2.k[i]);
				}
			}
			ExposureEngine.Tallies tallies = new ExposureEngine.Tallies(out);
			for (WalkLayer layer : new WalkLayer[] { l1, l2, l3 }) {
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
					double[][] local = aroundDirectNeighbour(this.engine, t, s, groups);
					double[] back = local[0];
					double[] cycle = local[1];
					for (int q = 0; q < 3; q++) {
						p3[q] = p3[q] - cycleAtStart[q] * p1[q] - p1[q] * cycle[q] + p1[q] * back[q] * p1[q];
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
		finally {
			for (NodeMarks marks : new NodeMarks[] { m1, m2, m3, groups }) {
				marks.release(this.g);
			}
		}
	}

	/**
	 * For a direct neighbour t of s: A[t,s] (stepping back to s) and the two-step cycles at t, the sum over its
	 * neighbours y of A[t,y]·A[y,t], each as (share, paths, known paths).
	 */
	static double[][] aroundDirectNeighbour(ExposureEngine engine, int t, int s, NodeMarks groups) {
		ClaimProjection g = engine.graph();
		groups.clear();
		int size = 0;
		int[] ys = new int[16];
		double[] there = new double[48];
		double[] back = new double[48];
		for (int pass = 0; pass < 2; pass++) {
			ClaimProjection.Incidence at = pass == 0 ? g.outgoing() : g.incoming();
			for (int j = at.start(t), last = at.end(t); j < last; j++) {
				int c = at.claim(j);
				if (!engine.walkable(c)) {
					continue;
				}
				int y = at.far(c);
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
				add(there, 3 * i, engine.stepShare(c, t));
				add(back, 3 * i, engine.stepShare(c, y));
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

}
