package org.ecograph.analysis.projection;

import java.util.Arrays;
import java.util.Set;

import org.ecograph.model.EntityKind;

/**
 * A neighbourhood on a {@link ClaimProjection}: every node within {@code hops} claims passing a filter of the start
 * nodes, nearest first (by distance, then id; node indexes follow ids, so sorting is free), cut at a limit, and the
 * passing claims among the nodes kept. Breadth-first, from memory: a neighbourhood costs what it holds.
 */
public final class NeighbourhoodWalk {

	private NeighbourhoodWalk() {
	}

	/**
	 * What a walk reached.
	 *
	 * @param nodes the nodes kept, nearest first
	 * @param claims the claims passing the filter between two kept nodes, in claim id order
	 * @param truncated whether more nodes were within reach than the limit
	 */
	public record Reach(int[] nodes, int[] claims, boolean truncated) {
	}

	/**
	 * The nodes within {@code hops} passing claims of {@code starts}, nearest first, at most {@code limit}; a
	 * neighbour of a kind outside {@code kinds} is not entered ({@code null} or empty: every kind).
	 */
	public static Reach around(ClaimProjection g, int[] starts, int hops, ProjectionFilter filter,
			Set<EntityKind> kinds, int limit) {
		NodeMarks reached = NodeMarks.borrow(g);
		try {
			int[] frontier = Arrays.stream(starts).distinct().sorted().toArray();
			int[] order = Arrays.copyOf(frontier, Math.max(16, frontier.length));
			int size = frontier.length;
			for (int v : frontier) {
				reached.put(v, 1);
			}
			for (int hop = 0; hop < hops && frontier.length > 0 && size <= limit; hop++) {
				frontier = next(g, filter, kinds, frontier, reached);
				if (size + frontier.length > order.length) {
					order = Arrays.copyOf(order, Math.max(2 * order.length, size + frontier.length));
				}
				System.arraycopy(frontier, 0, order, size, frontier.length);
				size += frontier.length;
			}
			boolean truncated = size > limit;
			int[] kept = Arrays.copyOf(order, Math.min(limit, size));
			reached.clear();
			for (int v : kept) {
				reached.put(v, 1);
			}
			int[] claims = new int[16];
			int found = 0;
			ClaimProjection.Incidence out = g.outgoing();
			for (int v : kept) {
				for (int j = out.start(v), end = out.end(v); j < end; j++) {
					int c = out.claim(j);
					if (reached.has(g.dst(c)) && g.passes(c, filter)) {
						if (found == claims.length) {
							claims = Arrays.copyOf(claims, 2 * found);
						}
						claims[found++] = c;
					}
				}
			}
			int[] byId = Arrays.copyOf(claims, found);
			sortByIds(g, byId);
			return new Reach(kept, byId, truncated);
		}
		finally {
			reached.release(g);
		}
	}

	/**
	 * Sorts claims by id ({@link ClaimProjection#compareIds}: their bytes, no string made): by index first, so that
	 * claims whose indexes follow their ids come as one ascending run, then a natural merge sort of the runs.
	 */
	static void sortByIds(ClaimProjection g, int[] claims) {
		int n = claims.length;
		if (n < 2) {
			return;
		}
		Arrays.sort(claims);
		int[] runs = new int[n + 1];
		int count = 1;
		for (int i = 1; i < n; i++) {
			if (g.compareIds(claims[i - 1], claims[i]) > 0) {
				runs[count++] = i;
			}
		}
		runs[count] = n;
		int[] from = claims;
		int[] to = new int[n];
		while (count > 1) {
			int merged = 0;
			for (int i = 0; i < count; i += 2) {
				int lo = runs[i];
				int mid = runs[i + 1];
				int hi = i + 1 < count ? runs[i + 2] : mid;
				int a = lo;
				int b = mid;
				int k = lo;
				while (a < mid && b < hi) {
					to[k++] = g.compareIds(from[a], from[b]) <= 0 ? from[a++] : from[b++];
				}
				System.arraycopy(from, a, to, k, mid - a);
				System.arraycopy(from, b, to, k + mid - a, hi - b);
				runs[merged++] = lo;
			}
			runs[merged] = n;
			count = merged;
			int[] swap = from;
			from = to;
			to = swap;
		}
		if (from != claims) {
			System.arraycopy(from, 0, claims, 0, n);
		}
	}

	/** The nodes one passing claim away from the frontier, not reached before, of an allowed kind, in id order. */
	private static int[] next(ClaimProjection g, ProjectionFilter filter, Set<EntityKind> kinds, int[] frontier,
			NodeMarks reached) {
		int[] next = new int[16];
		int size = 0;
		ClaimProjection.Incidence[] directions = { g.outgoing(), g.incoming() };
		for (int v : frontier) {
			for (ClaimProjection.Incidence at : directions) {
				for (int j = at.start(v), end = at.end(v); j < end; j++) {
					int c = at.claim(j);
					int m = at.far(c);
					if (reached.has(m) || !g.passes(c, filter)
							|| (kinds != null && !kinds.isEmpty() && !kinds.contains(g.entityKind(m)))) {
						continue;
					}
					reached.put(m, 1);
					if (size == next.length) {
						next = Arrays.copyOf(next, size * 2);
					}
					next[size++] = m;
				}
			}
		}
		int[] found = Arrays.copyOf(next, size);
		Arrays.sort(found);
		return found;
	}

}
