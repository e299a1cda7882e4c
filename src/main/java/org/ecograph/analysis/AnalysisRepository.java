package org.ecograph.analysis;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.GraphMapping;
import org.ecograph.model.RelationKind;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of the analysis: the details of the entities and claims an answer names, fetched by id in one query
 * each, and the funding claims of one target. Reads run in read transactions with the API's query timeout, so a
 * cluster routes them to a reader; the projection build alone runs without a timeout. Values are always parameters;
 * the only text rendered into a query is relationship types taken from {@link RelationKind}.
 */
@Repository
class AnalysisRepository {

	private static final String ENTITIES = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n";

	private static final String INCOMING_FUNDING = """
			MATCH (:Entity)-[r:FUNDS]->(:Entity {id: $target})
			WHERE %s
			RETURN %s AS claim""".formatted(ClaimFilter.CYPHER_PREDICATE, GraphMapping.CLAIM_PROJECTION);

	/** One branch per relation kind, so each seeks the kind's claim-id index. */
	private static final Map<RelationKind, String> CLAIMS_BY_ID = java.util.Arrays.stream(RelationKind.values())
		.collect(Collectors.toMap(Function.identity(), k -> """
				UNWIND $ids AS id
				MATCH ()-[r:%s {id: id}]->()
				RETURN %s AS claim""".formatted(k.name(), GraphMapping.CLAIM_PROJECTION)));

	private final Driver driver;

	private final Duration timeout;

	AnalysisRepository(Driver driver, @Value("${ecograph.api.query-timeout:10s}") Duration timeout) {
		this.driver = driver;
		this.timeout = timeout;
	}

	/** Runs {@code work} in one read transaction with the query timeout. */
	<T> T read(Function<TransactionContext, T> work) {
		return read(work, TransactionConfig.builder().withTimeout(this.timeout).build());
	}

	/** Runs {@code work} in one read transaction without a client timeout (the projection build). */
	<T> T readUnbounded(Function<TransactionContext, T> work) {
		return read(work, TransactionConfig.builder().withTimeout(Duration.ZERO).build());
	}

	private <T> T read(Function<TransactionContext, T> work, TransactionConfig config) {
		try (Session session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(work::apply, config);
		}
	}

	/** The entities with these ids, by id; unknown ids are absent. */
	Map<String, Entity> entities(TransactionContext tx, Collection<String> ids) {
		Map<String, Entity> entities = new HashMap<>();
		tx.run(ENTITIES, Map.of("ids", List.copyOf(new LinkedHashSet<>(ids))))
			.list(r -> GraphMapping.entity(r.get("n").asNode()))
			.forEach(e -> entities.put(e.id(), e));
		return entities;
	}

	/** The claims with these ids, grouped by kind (one index seek per id); unknown ids are absent. */
	Map<String, Claim> claims(TransactionContext tx, Map<RelationKind, ? extends Collection<String>> idsByKind) {
		Map<String, Claim> claims = new HashMap<>();
		idsByKind.forEach((kind, ids) -> tx.run(CLAIMS_BY_ID.get(kind), Map.of("ids", List.copyOf(ids)))
			.list(r -> GraphMapping.claim(r.get("claim")))
			.forEach(c -> claims.put(c.id(), c)));
		return claims;
	}

	/** The {@code FUNDS} claims into {@code target} passing {@code filter}. */
	List<Claim> incomingFunding(TransactionContext tx, String target, ClaimFilter filter) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("target", target);
		return tx.run(INCOMING_FUNDING, parameters).list(r -> GraphMapping.claim(r.get("claim")));
	}

}
