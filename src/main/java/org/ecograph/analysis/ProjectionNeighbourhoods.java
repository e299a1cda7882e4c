package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.NodeMarks;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Component;

/**
 * Neighbourhoods on the current {@link ClaimProjection}: every entity within {@code hops} relations passing a filter
 * of the start entities, nearest first (by distance, then id), cut at a limit. Node indexes follow id order, so
 * sorting is free.
 */
@Component
class ProjectionNeighbourhoods {

	private final ProjectionHolder projections;

	ProjectionNeighbourhoods(ProjectionHolder projections) {
		this.projections = projections;
	}

	Neighbourhood around(List<String> starts, int hops, ClaimFilter relations, Set<EntityKind> kinds,
			int limit) {
		ClaimProjection g = this.projections.snapshot().projection();
		List<String> unknown = starts.stream().filter(id -> g.node(id) < 0).distinct().toList();
		if (!unknown.isEmpty()) {
			return new Neighbourhood(unknown, List.of(), List.of(), Map.of(), false, g.version());
		}
		ProjectionFilter filter = ProjectionFilter.of(relations);
		NodeMarks reached = NodeMarks.borrow(g);
		try {
			List<Integer> order = new ArrayList<>();
			int[] frontier = starts.stream().mapToInt(g::node).distinct().sorted().toArray();
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
			List<Integer> kept = order.subList(0, Math.min(limit, order.size()));
			reached.clear();
			kept.forEach(v -> reached.put(v, 1));
			List<Integer> claims = new ArrayList<>();
			for (int v : kept) {
				for (int j = g.outStart[v]; j < g.outStart[v + 1]; j++) {
					int c = g.outClaims[j];
					if (reached.has(g.dst[c]) && g.passes(c, filter)) {
						claims.add(c);
					}
				}
			}
			List<String> claimIds = new ArrayList<>();
			Map<RelationKind, List<String>> byKind = new EnumMap<>(RelationKind.class);
			claims.stream().map(c -> Map.entry(g.claimId(c), g.kind(c))).sorted(Map.Entry.comparingByKey())
				.forEach(e -> {
					claimIds.add(e.getKey());
					byKind.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
				});
			return new Neighbourhood(List.of(), kept.stream().map(g::entityId).toList(), claimIds, byKind, truncated,
					g.version());
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
		for (int v : frontier) {
			for (int pass = 0; pass < 2; pass++) {
				int[] start = pass == 0 ? g.outStart : g.inStart;
				int[] incident = pass == 0 ? g.outClaims : g.inClaims;
				for (int j = start[v]; j < start[v + 1]; j++) {
					int c = incident[j];
					int m = g.otherEnd(c, v);
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
