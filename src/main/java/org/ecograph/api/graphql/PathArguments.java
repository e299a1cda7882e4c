package org.ecograph.api.graphql;

import java.util.List;

import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.Limits;
import org.ecograph.model.RelationKind;

/**
 * The arguments of {@code influencePaths} beside its claim filter; absent or {@code null} values take the schema's
 * defaults.
 *
 * @param from the entity the paths start at
 * @param to the entity the paths end at
 * @param maxHops the most relations on a path, 1..{@link ApiLimits#maxHops()}; default 4
 * @param kinds the relation kinds a path may follow; {@code null} for all
 * @param k how many paths, 1..{@link ApiLimits#maxK()}; default 5
 * @param rankBy how paths are ranked; default {@link PathRanking#STRENGTH}
 * @param followDirection whether a path follows relations only from source to target; default false
 */
record PathArguments(String from, String to, Integer maxHops, List<RelationKind> kinds, Integer k,
		PathRanking rankBy, Boolean followDirection) {

	PathArguments {
		maxHops = maxHops == null ? 4 : maxHops;
		k = k == null ? 5 : k;
		rankBy = rankBy == null ? PathRanking.STRENGTH : rankBy;
		followDirection = Boolean.TRUE.equals(followDirection);
	}

	/** These arguments, checked against the configured bounds. */
	PathArguments within(ApiLimits limits) {
		Limits.check("maxHops", this.maxHops, 1, limits.maxHops());
		Limits.check("k", this.k, 1, limits.maxK());
		return this;
	}

}
