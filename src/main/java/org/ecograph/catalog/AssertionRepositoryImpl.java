package org.ecograph.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.ecograph.data.Graph;
import org.ecograph.model.Assertion;
import org.springframework.stereotype.Repository;

/**
 * {@link AssertionRepository} on {@link Graph}: the assertions of a batch of claims are one seek of the
 * assertion-claim index per claim id; the claims with several assertions are one scan of that index (the
 * consistency check reads the whole graph by design), never of the label.
 */
@Repository
class AssertionRepositoryImpl implements AssertionRepository {

	static final String LIVE_OF = """
			UNWIND $claims AS claim
			MATCH (a:Assertion {claim: claim}) WHERE a.supersededAt IS NULL
			RETURN a ORDER BY a.claim, a.id""";

	static final String LIVE_OF_SEVERAL = """
			MATCH (a:Assertion) WHERE a.claim IS NOT NULL AND a.supersededAt IS NULL
			WITH a.claim AS claim, collect(a) AS live WHERE size(live) > 1
			UNWIND live AS a
			RETURN a ORDER BY a.claim, a.id""";

	private final Graph graph;

	AssertionRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	@Override
	public List<Assertion> liveOf(Collection<String> claimIds) {
		return this.graph.query(LIVE_OF)
			.bind("claims", List.copyOf(Set.copyOf(claimIds)))
			.list(row -> Assertion.fromProperties(row.map("a")));
	}

	@Override
	public List<Assertion> liveOfClaimsWithSeveral() {
		return this.graph.query(LIVE_OF_SEVERAL).list(row -> Assertion.fromProperties(row.map("a")));
	}

}
