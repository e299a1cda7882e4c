package org.ecograph.analysis.exposure;

import java.util.Arrays;

import org.ecograph.analysis.projection.NodeMarks;

/**
 * A sparse vector over nodes of (share, paths, known paths): the walks of one length from the exposure's entity.
 * Share sums the products of the known step shares (a walk with an unknown share adds 0), paths counts walks, known
 * paths counts the walks whose every share is known. With {@code knownOnly} only steps of known share are walked:
 * the share and the known count stay exact, the path count then counts known walks only.
 */
final class WalkLayer {

	private final ExposureEngine engine;

	private final boolean knownOnly;

	final NodeMarks slot;

	int size;

	int[] node = new int[64];

	double[] s = new double[64];

	double[] c = new double[64];

	double[] k = new double[64];

	WalkLayer(ExposureEngine engine, boolean knownOnly, NodeMarks slot) {
		this.engine = engine;
		this.knownOnly = knownOnly;
		this.slot = slot;
	}

	/** Adds every step out of {@code v}, weighted by v's own (share, paths, known paths). */
	void addStepsFrom(int v, double share, double paths, double known) {
		this.engine.forEachStep(v, this.knownOnly, (claim, u) -> add(v, claim, u, share, paths, known));
	}

	/** Adds the step from {@code v} over {@code claim} to {@code u}; returns u's slot. */
	int add(int v, int claim, int u, double share, double paths, double known) {
		double step = this.engine.stepShare(claim, v);
		boolean isKnown = !Double.isNaN(step);
		int i = index(u);
		this.s[i] += isKnown ? share * step : 0;
		this.c[i] += paths;
		this.k[i] += isKnown ? known : 0;
		return i;
	}

	double[] get(int v) {
		int i = this.slot.get(v);
		return i == NodeMarks.ABSENT ? new double[3] : new double[] { this.s[i], this.c[i], this.k[i] };
	}

	boolean has(int v) {
		return this.slot.has(v);
	}

	int index(int v) {
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
