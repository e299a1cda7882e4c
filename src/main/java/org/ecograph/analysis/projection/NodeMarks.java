package org.ecograph.analysis.projection;

import java.util.Arrays;

/**
 * A reusable map from node index to a small int, cleared in O(1) by bumping an epoch: the per-request scratch of the
 * algorithms on a {@link ClaimProjection}, so that a question near a few nodes never touches arrays of the whole
 * graph's size beyond allocating them once. Not thread-safe: borrow one per computation ({@link #borrow}).
 */
public final class NodeMarks {

	public static final int ABSENT = -1;

	private final int[] stamp;

	private final int[] value;

	private int epoch;

	private NodeMarks(int size) {
		this.stamp = new int[size];
		this.value = new int[size];
	}

	public static NodeMarks borrow(ClaimProjection projection) {
		NodeMarks marks = projection.scratch().poll();
		if (marks == null) {
			marks = new NodeMarks(projection.entityCount());
		}
		marks.clear();
		return marks;
	}

	public void release(ClaimProjection projection) {
		projection.scratch().offer(this);
	}

	public void clear() {
		if (++this.epoch == Integer.MAX_VALUE) {
			Arrays.fill(this.stamp, 0);
			this.epoch = 1;
		}
	}

	public int get(int node) {
		return this.stamp[node] == this.epoch ? this.value[node] : ABSENT;
	}

	public boolean has(int node) {
		return this.stamp[node] == this.epoch;
	}

	public void put(int node, int v) {
		this.stamp[node] = this.epoch;
		this.value[node] = v;
	}

}
