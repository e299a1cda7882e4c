package org.ecograph.api.graphql;

import java.util.List;
import java.util.Set;

import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.Limits;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/**
 * The arguments of {@code ranking} beside its claim filter; absent or {@code null} values take the schema's
 * defaults.
 *
 * @param kinds the entity kinds listed; {@code null} for all
 * @param relationKinds the relation kinds that vote; {@code null} for all
 * @param weightBy what a vote weighs; default {@link RankingWeight#AMOUNT}
 * @param first the most entities, 1..{@link ApiLimits#maxFirst()}; default 20
 */
record RankingArguments(List<EntityKind> kinds, List<RelationKind> relationKinds, RankingWeight weightBy,
		Integer first) {

	RankingArguments {
		weightBy = weightBy == null ? RankingWeight.AMOUNT : weightBy;
		first = first == null ? 20 : first;
	}

	/** These arguments, checked against the configured bounds. */
	RankingArguments within(ApiLimits limits) {
		Limits.check("first", this.first, 1, limits.maxFirst());
		return this;
	}

	Set<EntityKind> kindSet() {
		return this.kinds == null ? null : Set.copyOf(this.kinds);
	}

}
