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

	/** The nodes slotted, as a bit set over node indexes, when the layer is {@link #inNodeOrder() read in order}. */
	private final long[] bits;

	WalkLayer(ExposureEngine engine, boolean knownOnly, NodeMarks slot) {
		this(engine, knownOnly, slot, false);
	}

	/**
	 * @param ordered whether the layer keeps the bit set {@link #inNodeOrder()} reads (the layers whose sums feed the
	 * next layer's: their order of addition is then the nodes' order, the same in a joint walk, {@link JointWalk})
	 */
	WalkLayer(ExposureEngine engine, boolean knownOnly, NodeMarks slot, boolean ordered) {
		this.engine = engine;
		this.knownOnly = knownOnly;
		this.slot = slot;
		this.bits = ordered ? new long[(engine.graph().entityCount() + 63) >>> 6] : null;
	}

	/**
	 * The nodes of the layer by node index, ascending: the order in which the next layer adds their steps, so that
	 * each sum adds its terms in an order that does not depend on which node was reached first (a walk over the
	 * graph as it is and the same walk beside a scenario's, {@link JointWalk}, then add the same terms in the same
	 * order, bit for bit). A few nodes are sorted; many are read off the bit set.
	 */
	int[] inNodeOrder() {
		return inNodeOrder(this.node, this.size, this.bits);
	}

	/** The nodes of two ascending arrays, ascending, each once. */
	static int[] union(int[] a, int[] b) {
		int[] merged = new int[a.length + b.length];
		int i = 0;
		int j = 0;
		int n = 0;
		while (i < a.length || j < b.length) {
			int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
			merged[n++] = next;
			while (i < a.length && a[i] == next) {
				i++;
			}
			while (j < b.length && b[j] == next) {
				j++;
			}
		}
		return n == merged.length ? merged : Arrays.copyOf(merged, n);
	}

	/** The {@code size} first of {@code nodes} (also set in {@code bits}) by node index. */
	static int[] inNodeOrder(int[] nodes, int size, long[] bits) {
		int[] sorted = new int[size];
		if ((long) size * 32 < bits.length) {
			System.arraycopy(nodes, 0, sorted, 0, size);
			Arrays.sort(sorted);
			return sorted;
		}
		int n = 0;
		for (int w = 0; w < bits.length && n < size; w++) {
			long word = bits[w];
			while (word != 0) {
				sorted[n++] = (w << 6) + Long.numberOfTrailingZeros(word);
				word &= word - 1;
			}
		}
		return sorted;
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
		if (this.bits != null) {
			this.bits[v >>> 6] |= 1L << v;
		}
		return i;
	}

}
