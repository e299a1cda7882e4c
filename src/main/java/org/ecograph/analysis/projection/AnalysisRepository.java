package org.ecograph.analysis.projection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.GraphMapping;
import org.ecograph.model.GraphVersion;
import org.neo4j.driver.QueryRunner;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The analysis's own Cypher, on the same {@link Neo4jClient} and Spring transactions as the catalog (one timeout,
 * one database selection, one bookmark manager): the graph version, the funding claims of one target, and a
 * streaming read for the projection build. Entity and claim details come from the catalog.
 */
@Repository
public class AnalysisRepository {

	private static final String INCOMING_FUNDING = """
			MATCH (:Entity)-[r:FUNDS]->(:Entity {id: $target})
			WHERE %s
			RETURN %s AS claim""".formatted(ClaimFilter.CYPHER_PREDICATE, GraphMapping.CLAIM_PROJECTION);

	private final Neo4jClient neo4j;

	AnalysisRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The graph version the current transaction sees. */
	long version() {
		return this.neo4j.query(GraphVersion.READ)
			.fetchAs(Long.class)
			.mappedBy((types, row) -> row.get("version").asLong())
			.one()
			.orElse(0L);
	}

	/**
	 * Runs {@code work} on the driver's query runner of the current transaction, for results too large to collect;
	 * returns what it returns, {@code null} included.
	 */
	<T> T stream(Function<QueryRunner, T> work) {
		return this.neo4j.delegateTo(runner -> Optional.ofNullable(work.apply(runner))).run().orElse(null);
	}

	/** The {@code FUNDS} claims into {@code target} passing {@code filter}. */
	public List<Claim> incomingFunding(String target, ClaimFilter filter) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("target", target);
		return List.copyOf(this.neo4j.query(INCOMING_FUNDING)
			.bindAll(parameters)
			.fetchAs(Claim.class)
			.mappedBy((types, row) -> GraphMapping.claim(row.get("claim")))
			.all());
	}

}
