package org.ecograph.analysis.projection;

import java.util.Comparator;

/**
 * A simple path found on a {@link ClaimProjection}, before its entities and claims are fetched.
 *
 * @param nodes node indexes in walking order, {@code claims.length + 1} of them
 * @param claims claim indexes, one per step
 * @param strength the product of the step weights
 * @param share the product of the dependent side's shares (exposure routes), {@code NaN} when one is unknown or
 * not asked for
 */
public record ProjectedRoute(int[] nodes, int[] claims, double strength, double share) {

	public int hops() {
		return this.claims.length;
	}

	/** Node ids then claim ids joined: the last tie-breaker, as in the oracle of the tests. */
	public String key(ClaimProjection g) {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < this.nodes.length; i++) {
			key.append(i == 0 ? "" : ",").append(g.entityId(this.nodes[i]));
		}
		key.append('|');
		for (int i = 0; i < this.claims.length; i++) {
			key.append(i == 0 ? "" : ",").append(g.claimId(this.claims[i]));
		}
		return key.toString();
	}

	/** Strongest first, then fewest hops, then {@link #key}: the order of paths ranked by strength. */
	public static Comparator<ProjectedRoute> strongestFirst(ClaimProjection g) {
		return BY_STRENGTH.thenComparing(BY_HOPS).thenComparing(r -> r.key(g));
	}

	/** Fewest hops first, then strongest, then {@link #key}: the order of paths ranked by hops. */
	public static Comparator<ProjectedRoute> fewestHopsFirst(ClaimProjection g) {
		return BY_HOPS.thenComparing(BY_STRENGTH).thenComparing(r -> r.key(g));
	}

	private static final Comparator<ProjectedRoute> BY_STRENGTH = Comparator.comparingDouble(ProjectedRoute::strength)
		.reversed();

	private static final Comparator<ProjectedRoute> BY_HOPS = Comparator.comparingInt(ProjectedRoute::hops);

}
