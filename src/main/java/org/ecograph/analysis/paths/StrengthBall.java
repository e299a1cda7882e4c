package org.ecograph.analysis.paths;

import java.util.Arrays;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.NodeMarks;

/**
 * The nodes one end of a path question reaches, strongest walk first, each with the strength of its strongest walk: a
 * Dijkstra search on the product of step weights (weights lie in 0..1, so a walk never grows stronger by going on),
 * advanced one node at a time by its caller. Every node it settles has had its claims scanned; every node it has not
 * settled is reached by no walk stronger than {@link #top()}.
 */
final class StrengthBall {

	private final ClaimProjection g;

	private final ClaimWeights weights;

	private final boolean forward;

	private final boolean followDirection;

	/** Node to its index in the arrays below. */
	private final NodeMarks index;

	private int[] nodes = new int[64];

	private double[] strength = new double[64];

	private boolean[] settled = new boolean[64];

	private int size;

	/** A binary max-heap of (strength, index) pairs; stale pairs are skipped when popped. */
	private double[] heapKeys = new double[64];

	private int[] heapItems = new int[64];

	private int heapSize;

	private long scannedClaims;

	/**
	 * @param weights the step weight of each claim under the question's filter
	 * @param forward whether the search walks claims from their source (the start's) or back to it (the target's)
	 */
	StrengthBall(ClaimProjection g, ClaimWeights weights, boolean forward, boolean followDirection, NodeMarks index) {
		this.g = g;
		this.weights = weights;
		this.forward = forward;
		this.followDirection = followDirection;
		this.index = index;
	}

	/** Starts the search at {@code origin}. */
	void start(int origin) {
		offer(origin, 1.0);
	}

	/** The strength of the strongest walk to a node not yet settled (0 when none is left): no settled node is weaker. */
	double top() {
		while (this.heapSize > 0) {
			int i = this.heapItems[0];
			if (!this.settled[i] && this.heapKeys[0] >= this.strength[i]) {
				return this.heapKeys[0];
			}
			pop();
		}
		return 0;
	}

	/** How many claims the settled nodes have had scanned. */
	long scannedClaims() {
		return this.scannedClaims;
	}

	/** Settles the node of {@link #top()} (there must be one) and offers its neighbours. */
	void settleNext() {
		double s = top();
		int i = pop();
		this.settled[i] = true;
		int v = this.nodes[i];
		for (int pass = 0; pass < 2; pass++) {
			boolean out = pass == 0;
			if (this.followDirection && out != this.forward) {
				continue;
			}
			ClaimProjection.Incidence at = out ? this.g.outgoing() : this.g.incoming();
			this.scannedClaims += at.degree(v);
			for (int j = at.start(v), last = at.end(v); j < last; j++) {
				int c = at.claim(j);
				double candidate = s * this.weights.weight(c);
				if (candidate > 0) {
					offer(at.far(c), candidate);
				}
			}
		}
	}

	/** Whether the node was settled (its claims scanned, its strength final). */
	boolean settled(int node) {
		int i = this.index.get(node);
		return i != NodeMarks.ABSENT && this.settled[i];
	}

	/** The strength of the strongest walk to the node when settled, else {@link #top()}, an upper bound of it. */
	double bound(int node) {
		int i = this.index.get(node);
		return i != NodeMarks.ABSENT && this.settled[i] ? this.strength[i] : top();
	}

	int size() {
		return this.size;
	}

	int node(int i) {
		return this.nodes[i];
	}

	private void offer(int node, double s) {
		int i = this.index.get(node);
		if (i == NodeMarks.ABSENT) {
			if (this.size == this.nodes.length) {
				int capacity = this.size * 2;
				this.nodes = Arrays.copyOf(this.nodes, capacity);
				this.strength = Arrays.copyOf(this.strength, capacity);
				this.settled = Arrays.copyOf(this.settled, capacity);
			}
			i = this.size++;
			this.index.put(node, i);
			this.nodes[i] = node;
		}
		else if (this.settled[i] || this.strength[i] >= s) {
			return;
		}
		this.strength[i] = s;
		push(s, i);
	}

	private void push(double key, int item) {
		if (this.heapSize == this.heapKeys.length) {
			this.heapKeys = Arrays.copyOf(this.heapKeys, this.heapSize * 2);
			this.heapItems = Arrays.copyOf(this.heapItems, this.heapSize * 2);
		}
		int i = this.heapSize++;
		while (i > 0) {
			int parent = (i - 1) / 2;
			if (this.heapKeys[parent] >= key) {
				break;
			}
			this.heapKeys[i] = this.heapKeys[parent];
			this.heapItems[i] = this.heapItems[parent];
			i = parent;
		}
		this.heapKeys[i] = key;
		this.heapItems[i] = item;
	}

	private int pop() {
		int top = this.heapItems[0];
		double key = this.heapKeys[--this.heapSize];
		int item = this.heapItems[this.heapSize];
		int i = 0;
		while (true) {
			int l = 2 * i + 1;
			if (l >= this.heapSize) {
				break;
			}
			int larger = l + 1 < this.heapSize && this.heapKeys[l + 1] > this.heapKeys[l] ? l + 1 : l;
			if (this.heapKeys[larger] <= key) {
				break;
			}
			this.heapKeys[i] = this.heapKeys[larger];
			this.heapItems[i] = this.heapItems[larger];
			i = larger;
		}
		this.heapKeys[i] = key;
		this.heapItems[i] = item;
		return top;
	}

}
