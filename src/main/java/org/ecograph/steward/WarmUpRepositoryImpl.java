package org.ecograph.steward;

import java.util.Arrays;
import java.util.Optional;

import org.ecograph.data.Graph;
import org.ecograph.data.GraphRead;
import org.ecograph.data.Row;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Repository;

/** The warm-up's one read: the first matching claim (LIMIT 1 stops at it, whatever the graph's size). */
@Repository
@GraphRead
class WarmUpRepositoryImpl implements WarmUpRepository {

	private static final String FUNDS_CLAIM = """
			MATCH (a:Entity)-[r:FUNDS]->(b:Entity)
			WHERE r.id IS NOT NULL AND r.retractedAt IS NULL AND size(coalesce(r.sources, [])) > 0
			RETURN r.id AS id, type(r) AS kind, a.id AS from, b.id AS to, r.sources AS sources
			LIMIT 1""";

	private static final String ANY_CLAIM = """
			MATCH (a:Entity)-[r]->(b:Entity)
			WHERE type(r) IN $kinds AND r.id IS NOT NULL AND r.retractedAt IS NULL AND size(coalesce(r.sources, [])) > 0
			RETURN r.id AS id, type(r) AS kind, a.id AS from, b.id AS to, r.sources AS sources
			LIMIT 1""";

	private final Graph graph;

	WarmUpRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	@Override
	public Optional<ClaimOnRecord> anyClaim() {
		Optional<ClaimOnRecord> funds = this.graph.query(FUNDS_CLAIM).one(WarmUpRepositoryImpl::claim);
		return funds.isPresent() ? funds
				: this.graph.query(ANY_CLAIM)
					.bind("kinds", Arrays.stream(RelationKind.values()).map(RelationKind::name).toList())
					.one(WarmUpRepositoryImpl::claim);
	}

	private static ClaimOnRecord claim(Row row) {
		return new ClaimOnRecord(row.string("id"), RelationKind.valueOf(row.string("kind")), row.string("from"),
				row.string("to"), row.strings("sources"));
	}

}
