package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
			List<Integer> order = new ArrayList<>();
			int[] frontier = Arrays.stream(starts).distinct().sorted().toArray();
			for (int v : frontier) {
				reached.put(v, 1);
				order.add(v);
			}
			for (int hop = 0; hop < hops && frontier.length > 0 && order.size() <= limit; hop++) {
				frontier = next(g, filter, kinds, frontier, reached);
				for (int v : frontier) {
					order.add(v);
				}
			}
			boolean truncated = order.size() > limit;
			int[] kept = order.subList(0, Math.min(limit, order.size())).stream().mapToInt(Integer::intValue).toArray();
			reached.clear();
			for (int v : kept) {
				reached.put(v, 1);
			}
			List<Integer> claims = new ArrayList<>();
			for (int v : kept) {
				g.outgoing().forEach(v, c -> {
					if (reached.has(g.dst(c)) && g.passes(c, filter)) {
						claims.add(c);
					}
				});
			}
			int[] byId = claims.stream()
				.map(c -> Map.entry(g.claimId(c), c))
				.sorted(Map.Entry.comparingByKey())
				.mapToInt(Map.Entry::getValue)
				.toArray();
			return new Reach(kept, byId, truncated);
		}
		finally {
			reached.release(g);
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
