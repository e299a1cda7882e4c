package org.ecograph.watch;

import java.util.Arrays;
import java.util.Set;

import org.ecograph.analysis.projection.ClaimProjection;

/**
 * Which saved questions the changes between two graph versions cannot concern, on the newer snapshot: the distance
 * of every entity from the nearest entity where the graph changed ({@code changedAt}, see
 * {@link org.ecograph.analysis.projection.ProjectionPublished}), over every claim walked either way, up to the
 * longest distance a question needs.
 * <p>
 * Why a question whose entity is farther than {@code maxHops - 1} from every change keeps its answer: take a chain of
 * at most {@code maxHops} steps from the entity, in the old graph or the new. If none of its claims changed, it is in
 * both graphs alike. Otherwise the first changed claim has an end that is a change, reached from the entity by the
 * unchanged part before it, which is in the new graph too: so that change is at most {@code maxHops - 1} steps away.
 * Every chain an answer counts or could count is thus the same in both versions. Global inputs (the step weights'
 * largest amount, a change of judgements) are the caller's to check.
 */
final class Unconcerned {

	private static final int FAR = Integer.MAX_VALUE;

	private final ClaimProjection g;

	private final int[] distance;

	private Unconcerned(ClaimProjection g, int[] distance) {
		this.g = g;
		this.distance = distance;
	}

	/** The distances from the changes on {@code g}, up to {@code depth} steps (farther: unknown, so far). */
	static Unconcerned of(ClaimProjection g, Set<String> changedAt, int depth) {
		int[] distance = new int[g.entityCount()];
		Arrays.fill(distance, FAR);
		int[] queue = new int[Math.max(16, changedAt.size())];
		int size = 0;
		for (String id : changedAt) {
			int v = g.node(id);
			if (v >= 0 && distance[v] == FAR) {
				distance[v] = 0;
				queue = grown(queue, size);
				queue[size++] = v;
			}
		}
		for (int head = 0; head < size; head++) {
			int v = queue[head];
			if (distance[v] >= depth) {
				continue;
			}
			for (int pass = 0; pass < 2; pass++) {
				ClaimProjection.Incidence at = pass == 0 ? g.outgoing() : g.incoming();
				for (int j = at.start(v), end = at.end(v); j < end; j++) {
					int w = at.far(at.claim(j));
					if (distance[w] == FAR) {
						distance[w] = distance[v] + 1;
						queue = grown(queue, size);
						queue[size++] = w;
					}
				}
			}
		}
		return new Unconcerned(g, distance);
	}

	private static int[] grown(int[] queue, int size) {
		return size < queue.length ? queue : Arrays.copyOf(queue, queue.length * 2);
	}

	/** The longest distance {@link #cannotConcern} needs for a watch: its chains' length less one. */
	static int depthFor(Watch w) {
		return w.maxHops() == null ? 0 : Math.max(0, w.maxHops() - 1);
	}

	/**
	 * Whether the changes cannot have changed the answer of {@code w}: never for RANK_TOP (every claim moves a
	 * PageRank); otherwise every entity it names exists in this snapshot and is no change, and for a question of
	 * chains (EXPOSURE_ABOVE from its entity, NEW_PATH from its {@code from}) no change is within {@code maxHops - 1}
	 * steps of where the chains start.
	 */
	boolean cannotConcern(Watch w) {
		if (w.kind() == WatchKind.RANK_TOP) {
			return false;
		}
		for (String named : new String[] { w.entity(), w.counterpart(), w.from(), w.to() }) {
			if (named != null && (this.g.node(named) < 0 || this.distance[this.g.node(named)] == 0)) {
				return false;
			}
		}
		return switch (w.kind()) {
			case EXPOSURE_ABOVE -> farther(w.entity(), w);
			case NEW_PATH -> farther(w.from(), w);
			default -> true;
		};
	}

	private boolean farther(String start, Watch w) {
		return w.maxHops() != null && this.distance[this.g.node(start)] > depthFor(w);
	}

}
