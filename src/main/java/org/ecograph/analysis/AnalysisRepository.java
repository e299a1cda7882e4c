package org.ecograph.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.GraphMapping;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of the analysis: every read runs in one read transaction with the API's query timeout, so a cluster
 * routes it to a reader and a runaway query is stopped. Values are always parameters; no bound is rendered into the
 * text because neighbourhoods are expanded one hop per query.
 */
@Repository
class AnalysisRepository {

	/** Which way a neighbourhood expands from its start nodes. */
	enum Expansion {

		OUT("(n)-[r]->(m:Entity)"), IN("(n)<-[r]-(m:Entity)"), BOTH("(n)-[r]-(m:Entity)");

		private final String query;

		Expansion(String pattern) {
			this.query = """
					UNWIND $frontier AS id
					MATCH (n:Entity {id: id})
					MATCH %s
					WHERE %s
					RETURN DISTINCT %s AS claim
					LIMIT $limit""".formatted(pattern, ClaimFilter.CYPHER_PREDICATE, GraphMapping.CLAIM_PROJECTION);
		}

	}

	/**
	 * Claims loaded around some start nodes.
	 *
	 * @param claims the claims, by id
	 * @param truncated whether the row cap cut the neighbourhood
	 */
	record Neighbourhood(Map<String, Claim> claims, boolean truncated) {
	}

	private static final String ENTITIES = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n";

	private static final String ENTITY_KINDS = """
			MATCH (n:Entity)
			RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels""";

	private static final String LARGEST_AMOUNT = """
			MATCH (:Entity)-[r]->(:Entity)
			WHERE r.amountUsd IS NOT NULL AND %s
			RETURN max(r.amountUsd) AS largest""".formatted(ClaimFilter.CYPHER_PREDICATE);

	private static final String ALL_CLAIMS = """
			MATCH (:Entity)-[r]->(:Entity)
			WHERE %s
			RETURN %s AS claim""".formatted(ClaimFilter.CYPHER_PREDICATE, GraphMapping.CLAIM_PROJECTION);

	private static final String INCOMING_FUNDING = """
			MATCH (:Entity)-[r:FUNDS]->(:Entity {id: $target})
			WHERE %s
			RETURN %s AS claim""".formatted(ClaimFilter.CYPHER_PREDICATE, GraphMapping.CLAIM_PROJECTION);

	private final Driver driver;

	private final Duration timeout;

	AnalysisRepository(Driver driver, @Value("${ecograph.api.query-timeout:10s}") Duration timeout) {
		this.driver = driver;
		this.timeout = timeout;
	}

	/** Runs {@code work} in one read transaction with the query timeout. */
	<T> T read(Function<TransactionContext, T> work) {
		try (Session session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(work::apply, TransactionConfig.builder().withTimeout(this.timeout).build());
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

	/** The kind of every entity, by id. */
	Map<String, EntityKind> entityKinds(TransactionContext tx) {
		Map<String, EntityKind> kinds = new TreeMap<>();
		for (Record r : tx.run(ENTITY_KINDS).list()) {
			EntityKind kind = r.get("labels")
				.asList(org.neo4j.driver.Value::asString)
				.stream()
				.map(EntityKind::fromLabel)
				.flatMap(Optional::stream)
				.findFirst()
				.orElse(null);
			kinds.put(r.get("id").asString(), kind);
		}
		return kinds;
	}

	/**
	 * The claims passing {@code filter} within {@code hops} steps of {@code starts}, one query per hop, at most
	 * {@code budget} rows in all.
	 */
	Neighbourhood expand(TransactionContext tx, Collection<String> starts, int hops, Expansion expansion,
			ClaimFilter filter, int budget) {
		Map<String, Claim> claims = new LinkedHashMap<>();
		Set<String> seen = new LinkedHashSet<>(starts);
		List<String> frontier = new ArrayList<>(starts);
		int rows = 0;
		for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
			Map<String, Object> parameters = filter.parameters();
			parameters.put("frontier", frontier);
			parameters.put("limit", budget - rows + 1);
			List<Claim> layer = tx.run(expansion.query, parameters).list(r -> GraphMapping.claim(r.get("claim")));
			rows += layer.size();
			if (rows > budget) {
				layer = layer.subList(0, layer.size() - (rows - budget));
			}
			List<String> next = new ArrayList<>();
			for (Claim c : layer) {
				claims.putIfAbsent(c.id(), c);
				for (String end : List.of(c.fromId(), c.toId())) {
					if (seen.add(end)) {
						next.add(end);
					}
				}
			}
			if (rows > budget) {
				return new Neighbourhood(claims, true);
			}
			frontier = next;
		}
		return new Neighbourhood(claims, false);
	}

	/** The largest amount among the claims passing {@code filter}, {@code null} when none has one. */
	Double largestAmount(TransactionContext tx, ClaimFilter filter) {
		org.neo4j.driver.Value largest = tx.run(LARGEST_AMOUNT, filter.parameters()).single().get("largest");
		return largest.isNull() ? null : largest.asDouble();
	}

	/** Every claim passing {@code filter}. */
	List<Claim> claims(TransactionContext tx, ClaimFilter filter) {
		return tx.run(ALL_CLAIMS, filter.parameters()).list(r -> GraphMapping.claim(r.get("claim")));
	}

	/** The {@code FUNDS} claims into {@code target} passing {@code filter}. */
	List<Claim> incomingFunding(TransactionContext tx, String target, ClaimFilter filter) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("target", target);
		return tx.run(INCOMING_FUNDING, parameters).list(r -> GraphMapping.claim(r.get("claim")));
	}

}
