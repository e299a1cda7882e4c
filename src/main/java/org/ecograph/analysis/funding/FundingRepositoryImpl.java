package org.ecograph.analysis.funding;

import java.util.List;

import org.ecograph.data.ClaimPredicate;
import org.ecograph.data.Graph;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.springframework.stereotype.Repository;

/** The funding query on the data layer's {@link Graph}: one index seek on the target, its incoming funding. */
@Repository
class FundingRepositoryImpl implements FundingRepository {

	private static final String INCOMING_FUNDING = """
			MATCH (a:Entity)-[r:FUNDS]->(b:Entity {id: $target})
			WHERE %s
			RETURN {claim: r, from: a.id, to: b.id} AS claim""";

	private final Graph graph;

	FundingRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	@Override
	public List<Claim> incomingFunding(String target, ClaimFilter filter) {
		return incoming(target, ClaimPredicate.on("r", filter));
	}

	@Override
	public List<Claim> incomingFundingOn(String target, ClaimFilter filter) {
		return incoming(target, ClaimPredicate.asKnownOn("r", filter));
	}

	private List<Claim> incoming(String target, ClaimPredicate where) {
		return this.graph.query(INCOMING_FUNDING.formatted(where.cypher()))
			.bindAll(where.parameters())
			.bind("target", target)
			.list(row -> row.claim("claim"));
	}

}
