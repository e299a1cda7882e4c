package org.ecograph.analysis;

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
record ProjectedRoute(int[] nodes, int[] claims, double strength, double share) {

	int hops() {
		return this.claims.length;
	}

	/** Node ids then claim ids joined: the last tie-breaker, as in the oracle of the tests. */
	String key(ClaimProjection g) {
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

	/** The order of a ranking: its primary and secondary keys, then the key text. */
	static Comparator<ProjectedRoute> order(PathRanking ranking, ClaimProjection g) {
		Comparator<ProjectedRoute> byStrength = Comparator.comparingDouble(ProjectedRoute::strength).reversed();
		Comparator<ProjectedRoute> byHops = Comparator.comparingInt(ProjectedRoute::hops);
		Comparator<ProjectedRoute> primary = ranking == PathRanking.HOPS ? byHops.thenComparing(byStrength)
				: byStrength.thenComparing(byHops);
		return primary.thenComparing(r -> r.key(g));
	}

}
