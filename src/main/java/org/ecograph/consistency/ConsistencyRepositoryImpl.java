package org.ecograph.consistency;

import java.util.List;

import org.ecograph.data.ClaimPredicate;
import org.ecograph.data.Graph;
import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Repository;

/**
 * {@link ConsistencyRepository} on {@link Graph}. The checks run over the whole graph (a finding about an entity is
 * the same whether it is asked for alone or not), and a sized amount may stand on a claim of any kind, so this reads
 * every relationship: a whole-graph read by design.
 */
@Repository
class ConsistencyRepositoryImpl implements ConsistencyRepository {

	/** The claim kinds the checks read, besides any claim with a {@link AmountKind#SIZE} amount. */
	static final List<String> CHECKED_KINDS = List.of(RelationKind.FUNDS.name(), RelationKind.OWNS.name(),
			RelationKind.MEMBER_OF.name(), RelationKind.ACCESSES_DATA.name(), RelationKind.PUBLISHES.name());

	private static final String CLAIM = "r";

	private final Graph graph;

	ConsistencyRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	static String claims(ClaimPredicate where) {
		return """
				MATCH (a:Entity)-[r]->(b:Entity)
				WHERE (type(r) IN $checkedKinds OR r.amountKind = $size) AND %s
				RETURN {claim: r, from: a.id, to: b.id} AS claim ORDER BY r.id""".formatted(where.cypher());
	}

	@Override
	public List<Claim> checkedClaims(ClaimFilter filter) {
		ClaimPredicate where = ClaimPredicate.on(CLAIM, filter);
		return this.graph.query(claims(where))
			.bindAll(where.parameters())
			.bind("checkedKinds", CHECKED_KINDS)
			.bind("size", AmountKind.SIZE.name())
			.list(row -> row.claim("claim"));
	}

}
