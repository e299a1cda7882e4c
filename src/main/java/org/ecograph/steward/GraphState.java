package org.ecograph.steward;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ecograph.data.ClaimLookup;
import org.ecograph.data.Graph;
import org.ecograph.data.Row;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Judgement;
import org.ecograph.model.RelationKind;
import org.ecograph.model.Source;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the subjects of a change in the caller's transaction (the one {@link ChangeWriter} begins):
 * entities, claims, sources, merged ids, assertions and judgements, as the maps a {@link Snapshot} keeps and as the records a mutation
 * returns. A claim is found by id through {@link ClaimLookup}; deleting or replacing one names its known kind, so
 * each statement seeks one index. Relationship types and entity labels are rendered from {@link RelationKind} and
 * {@link EntityKind} (closed vocabularies) only; every value is a parameter. Nothing here opens a transaction: a
 * statement outside one is refused by {@link Graph}.
 */
@Component
class GraphState {

	private static final String ENTITY = "MATCH (n:Entity {id: $id}) RETURN n";

	private static final String SOURCE = "MATCH (s:Source {id: $id}) RETURN s";

	private static final String MERGED_ID = "MATCH (m:MergedId {id: $id}) RETURN m.into AS into";

	/** Entities, claims and assertions by id, in one statement: a seek of an id index each (planned once). */
	private static final String STATES = Graph.plannedOnce("""
			CALL () { UNWIND $entityIds AS id MATCH (n:Entity {id: id}) RETURN collect({id: id, n: n}) AS entities }
			%s
			CALL () {
			  UNWIND $assertionIds AS id MATCH (x:Assertion {id: id}) RETURN collect({id: id, a: x}) AS assertions
			}
			RETURN entities, claims, assertions""".formatted(ClaimLookup.collectByIds("claimIds", "claims")));

	/**
	 * A claim by id, the entities of {@code $entityIds} and of the claim's ends, and the claim's assertions ordered by
	 * id, in one statement: a seek of an id index each (planned once).
	 */
	private static final String CLAIM_WITH_ENDS = Graph.plannedOnce("""
			%s
			CALL (claims) {
			  UNWIND $entityIds + [x IN claims | x.c.from] + [x IN claims | x.c.to] AS id
			  WITH DISTINCT id MATCH (n:Entity {id: id}) RETURN collect({id: id, n: n}) AS entities
			}
			CALL () { MATCH (x:Assertion {claim: $claimId}) WITH x ORDER BY x.id RETURN collect({a: x}) AS assertions }
			RETURN claims, entities, assertions""".formatted(ClaimLookup.collectByIds("claimIds", "claims")));

	/** Every claim at an entity, either way; a claim from the entity to itself once. */
	private static final String CLAIMS_OF = """
			MATCH (e:Entity {id: $id})-[r]-() WHERE type(r) IN $types
			RETURN DISTINCT {claim: r, from: startNode(r).id, to: endNode(r).id} AS claim""";

	/** Two seeks, one per end (two clauses: one pattern of two would be reported as a cartesian product). */
	private static final Map<RelationKind, String> CREATE_CLAIM = perKind(
			"MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) CREATE (a)-[r:%s]->(b) SET r = $props");

	private static final Map<RelationKind, String> DELETE_CLAIM = perKind("MATCH ()-[r:%s {id: $id}]->() DELETE r");

	/**
	 * Replaces the properties of the claim with this id, kind and ends, in place (a seek of the kind's id index); how
	 * many it replaced: 0 when the claim has other ends (or none of this kind has the id).
	 */
	private static final Map<RelationKind, String> REPLACE_CLAIM = perKind("""
			MATCH ()-[r:%s {id: $id}]->() WHERE startNode(r).id = $from AND endNode(r).id = $to
			SET r = $props RETURN count(r) AS replaced""");

	/** Creates the entity if absent, adds its kind labels ({@code %s}: rendered from {@link EntityKind}). */
	private static final String PUT_ENTITY = "MERGE (n:Entity {id: $id}) SET n%s SET n = $props";

	/** An entity whose only relationships are claims reverts retracted (RevertService), deleted with them. */
	private static final String DELETE_UNCONNECTED_ENTITY = """
			MATCH (n:Entity {id: $id}) WHERE NOT EXISTS { (n)-[r]-() WHERE r.retractedByRevertOf IS NULL }
			DETACH DELETE n RETURN count(*) AS deleted""";

	private static final String PUT_SOURCE = "MERGE (s:Source {id: $id}) SET s = $props";

	private static final String DELETE_SOURCE = "MATCH (s:Source {id: $id}) DELETE s";

	private static final String PUT_MERGED_ID = "MERGE (m:MergedId {id: $id}) SET m.into = $into";

	private static final String DELETE_MERGED_ID = "MATCH (m:MergedId {id: $id}) DELETE m";

	private static final String MERGED_INTO = "MATCH (m:MergedId {into: $id}) RETURN m.id AS id ORDER BY id";

	/** Whether some claim names the source: a scan of the claims, run only when a revert removes a source. */
	private static final String SOURCE_CITED = """
			MATCH ()-[r]->() WHERE type(r) IN $types AND $id IN r.sources RETURN count(r) > 0 AS cited""";

	private static final String ASSERTION = "MATCH (a:Assertion {id: $id}) RETURN a";

	/** Every assertion of one claim, superseded ones included: a seek of the claim index. */
	private static final String ASSERTIONS_OF = "MATCH (a:Assertion {claim: $claim}) RETURN a ORDER BY a.id";

	/** Creates each assertion if absent and replaces its properties: a seek of the id constraint's index each. */
	private static final String PUT_ASSERTIONS = """
			UNWIND $rows AS row MERGE (a:Assertion {id: row.id}) SET a = row.props""";

	private static final String DELETE_ASSERTION = "MATCH (a:Assertion {id: $id}) DELETE a";

	private static final String JUDGEMENT = "MATCH (j:Judgement {id: $id}) RETURN j";

	/**
	 * The live judgements: few (a steward's each), read whole when a judgement is written, through the index on
	 * {@code left} (every judgement has one).
	 */
	private static final String LIVE_JUDGEMENTS = """
			MATCH (j:Judgement) WHERE j.left IS NOT NULL AND j.withdrawnAt IS NULL RETURN j""";

	/**
	 * The merged ids no judgement names: merges made before judgements (their claims were moved and the duplicate
	 * deleted). Few, read whole.
	 */
	private static final String UNJUDGED_MERGED_IDS = """
			MATCH (m:MergedId) WHERE m.into IS NOT NULL
			  AND NOT EXISTS { MATCH (j:Judgement) WHERE j.left = m.id OR j.right = m.id }
			RETURN m.id AS id, m.into AS into ORDER BY id""";

	private static final String PUT_JUDGEMENT = "MERGE (j:Judgement {id: $id}) SET j = $props";

	private static final String DELETE_JUDGEMENT = "MATCH (j:Judgement {id: $id}) DELETE j";

	private final Graph graph;

	private final ClaimLookup claims;

	GraphState(Graph graph, ClaimLookup claims) {
		this.graph = graph;
		this.claims = claims;
	}

	/** An entity as {@code {labels, properties}}, or {@code null}. */
	Map<String, Object> entityState(String id) {
		return this.graph.query(ENTITY)
			.bind("id", id)
			.one(row -> Map.<String, Object>of("labels", row.labels("n"), "properties", row.map("n")))
			.orElse(null);
	}

	/**
	 * The states of entities, claims and assertions, as {@link #entityState}, {@link #claimStates} and
	 * {@link #assertionState} give them, read in one statement.
	 */
	States states(Collection<String> entityIds, Collection<String> claimIds, Collection<String> assertionIds) {
		if (entityIds.isEmpty() && claimIds.isEmpty() && assertionIds.isEmpty()) {
			return new States(Map.of(), Map.of(), Map.of());
		}
		return this.graph.query(STATES)
			.bind("entityIds", List.copyOf(entityIds))
			.bind("claimIds", List.copyOf(claimIds))
			.bind("assertionIds", List.copyOf(assertionIds))
			.single(row -> {
				Map<String, Map<String, Object>> entities = entityStates(row);
				Map<String, Map<String, Object>> claims = new HashMap<>();
				ClaimLookup.claims(row, "claims").forEach((id, claim) -> claims.put(id, state(claim)));
				Map<String, Map<String, Object>> assertions = new HashMap<>();
				row.rows("assertions").forEach(a -> assertions.put(a.string("id"), Map.of("properties", a.map("a"))));
				return new States(entities, claims, assertions);
			});
	}

	/**
	 * A claim's state ({@link #claimState}, {@code null}: none), the states of the entities {@code entityIds} and of
	 * the claim's ends (as {@link #entityState} gives each, by id), and the stored properties of the claim's
	 * assertions (as {@link #assertionPropertiesOf} gives them), read in one statement.
	 */
	ClaimWithEnds claimWithEnds(String claimId, Collection<String> entityIds) {
		return this.graph.query(CLAIM_WITH_ENDS)
			.bind("claimIds", List.of(claimId))
			.bind("claimId", claimId)
			.bind("entityIds", List.copyOf(entityIds))
			.single(row -> {
				Map<String, Map<String, Object>> entities = entityStates(row);
				Claim claim = ClaimLookup.claims(row, "claims").get(claimId);
				List<Map<String, Object>> assertions = row.rows("assertions").stream().map(a -> a.map("a")).toList();
				return new ClaimWithEnds(claim == null ? null : state(claim), entities, assertions);
			});
	}

	/** The column {@code entities} of {@link #STATES} and {@link #CLAIM_WITH_ENDS}: entity states by id. */
	private static Map<String, Map<String, Object>> entityStates(Row row) {
		Map<String, Map<String, Object>> entities = new HashMap<>();
		row.rows("entities").forEach(e -> entities.put(e.string("id"),
				Map.of("labels", e.labels("n"), "properties", e.map("n"))));
		return entities;
	}

	/** What {@link #claimWithEnds} read. */
	record ClaimWithEnds(Map<String, Object> claim, Map<String, Map<String, Object>> entities,
			List<Map<String, Object>> assertions) {
	}

	/** Entities, claims and assertions by id ({@link #states}); absent ones are left out. */
	record States(Map<String, Map<String, Object>> entities, Map<String, Map<String, Object>> claims,
			Map<String, Map<String, Object>> assertions) {
	}

	/** An entity as the API returns it, or {@code null}. */
	Entity entity(String id) {
		return this.graph.query(ENTITY).bind("id", id).one(row -> row.entity("n")).orElse(null);
	}

	/** A source as {@code {properties}}, or {@code null}. */
	Map<String, Object> sourceState(String id) {
		return this.graph.query(SOURCE)
			.bind("id", id)
			.one(row -> Map.<String, Object>of("properties", row.map("s")))
			.orElse(null);
	}

	/** A source as the API returns it, or {@code null}. */
	Source source(String id) {
		return this.graph.query(SOURCE).bind("id", id).one(row -> row.source("s")).orElse(null);
	}

	/** A merged id as {@code {into}}, or {@code null}. */
	Map<String, Object> mergedIdState(String id) {
		return this.graph.query(MERGED_ID)
			.bind("id", id)
			.one(row -> Map.<String, Object>of("into", row.string("into")))
			.orElse(null);
	}

	/** A claim as {@code {type, from, to, properties}}, or {@code null}. */
	Map<String, Object> claimState(String id) {
		return this.claims.byId(id).map(GraphState::state).orElse(null);
	}

	/** The claims with these ids, as {@code {type, from, to, properties}}, by id; absent ones are left out. */
	Map<String, Map<String, Object>> claimStates(Collection<String> ids) {
		Map<String, Map<String, Object>> found = new HashMap<>();
		this.claims.byIds(ids).forEach((id, claim) -> found.put(id, state(claim)));
		return found;
	}

	/** A claim as the API returns it, or {@code null}. */
	Claim claim(String id) {
		return this.claims.byId(id).orElse(null);
	}

	/** The claims that start or end at an entity, by id, as {@code {type, from, to, properties}}. */
	Map<String, Map<String, Object>> claimsOf(String entityId) {
		Map<String, Map<String, Object>> found = new HashMap<>();
		this.graph.query(CLAIMS_OF)
			.bind("id", entityId)
			.bind("types", RelationKind.types())
			.list(row -> row.claim("claim"))
			.forEach(claim -> found.put(claim.id(), state(claim)));
		return found;
	}

	/** The kind of a claim state ({@link #claimState}), {@code null} for none. */
	static RelationKind kindOf(Map<String, Object> claimState) {
		return claimState == null ? null : RelationKind.valueOf((String) claimState.get("type"));
	}

	private static Map<String, Object> state(Claim claim) {
		return Map.of("type", claim.kind().name(), "from", claim.fromId(), "to", claim.toId(), "properties",
				claim.properties());
	}

	/**
	 * Replaces the claim with this id, now of kind {@code current} ({@code null}: there is none), by one of the given
	 * kind, ends and properties; returns its state as {@link #claimState} would read it now (null properties are not
	 * stored), so that a change need not read back what it wrote.
	 */
	Map<String, Object> putClaim(String id, RelationKind current, RelationKind kind, String from, String to,
			Map<String, Object> properties) {
		Map<String, Object> props = new HashMap<>(properties);
		props.values().removeIf(java.util.Objects::isNull);
		props.put("id", id);
		Map<String, Object> written = Map.of("type", kind.name(), "from", from, "to", to, "properties", props);
		// Same kind and ends (a correction, a rank, a revert of one): the properties are replaced in place. Deleting
		// and creating the relationship instead would rewrite both ends' relationship chains, which at a hub (a
		// dense node) costs far more than the properties, and takes both ends' locks.
		if (current == kind && this.graph.query(REPLACE_CLAIM.get(kind))
			.bind("id", id)
			.bind("from", from)
			.bind("to", to)
			.bind("props", props)
			.single(row -> row.integer("replaced", 0)) == 1) {
			return written;
		}
		if (current != null) {
			deleteClaim(id, current);
		}
		this.graph.query(CREATE_CLAIM.get(kind)).bind("from", from).bind("to", to).bind("props", props).run();
		return written;
	}

	/** Deletes the claim with this id, of this kind. */
	void deleteClaim(String id, RelationKind kind) {
		this.graph.query(DELETE_CLAIM.get(kind)).bind("id", id).run();
	}

	/** Creates the entity if absent (with the labels of its kind) and replaces its properties. */
	void putEntity(String id, List<String> labels, Map<String, Object> properties) {
		Map<String, Object> props = new HashMap<>(properties);
		props.put("id", id);
		String kindLabels = labels.stream()
			.map(EntityKind::fromLabel)
			.flatMap(Optional::stream)
			.distinct()
			.map(kind -> ":" + kind.label())
			.collect(Collectors.joining());
		String cypher = kindLabels.isEmpty() ? PUT_ENTITY.formatted(":" + EntityKind.ENTITY_LABEL)
				: PUT_ENTITY.formatted(kindLabels);
		this.graph.query(cypher).bind("id", id).bind("props", props).run();
	}

	/**
	 * Deletes an entity that has no relationships left but claims reverts retracted (deleted with it); returns whether
	 * it did.
	 */
	boolean deleteEntityIfUnconnected(String id) {
		return this.graph.query(DELETE_UNCONNECTED_ENTITY).bind("id", id).single(row -> row.integer("deleted", 0)) > 0;
	}

	void putSource(String id, Map<String, Object> properties) {
		Map<String, Object> props = new HashMap<>(properties);
		props.put("id", id);
		this.graph.query(PUT_SOURCE).bind("id", id).bind("props", props).run();
	}

	void deleteSource(String id) {
		this.graph.query(DELETE_SOURCE).bind("id", id).run();
	}

	void putMergedId(String id, String into) {
		this.graph.query(PUT_MERGED_ID).bind("id", id).bind("into", into).run();
	}

	void deleteMergedId(String id) {
		this.graph.query(DELETE_MERGED_ID).bind("id", id).run();
	}

	/** The ids merged into {@code id} before (they must now point to wherever {@code id} goes). */
	List<String> mergedInto(String id) {
		return this.graph.query(MERGED_INTO).bind("id", id).list(row -> row.string("id"));
	}

	/** Whether some claim names this source. */
	boolean sourceCited(String id) {
		return this.graph.query(SOURCE_CITED)
			.bind("id", id)
			.bind("types", RelationKind.types())
			.single(row -> row.bool("cited"));
	}

	/** An assertion as {@code {properties}}, or {@code null}. */
	Map<String, Object> assertionState(String id) {
		return this.graph.query(ASSERTION)
			.bind("id", id)
			.one(row -> Map.<String, Object>of("properties", row.map("a")))
			.orElse(null);
	}

	/** The stored properties of every assertion of a claim (superseded ones too), ordered by id. */
	List<Map<String, Object>> assertionPropertiesOf(String claimId) {
		return this.graph.query(ASSERTIONS_OF).bind("claim", claimId).list(row -> row.map("a"));
	}

	/** Creates the assertion if absent and replaces its properties. */
	void putAssertion(String id, Map<String, Object> properties) {
		putAssertions(Map.of(id, properties));
	}

	/** Creates each assertion if absent and replaces its properties (by id), in one statement. */
	void putAssertions(Map<String, Map<String, Object>> byId) {
		if (byId.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		byId.forEach((id, properties) -> {
			Map<String, Object> props = new HashMap<>(properties);
			props.put("id", id);
			rows.add(Map.of("id", id, "props", props));
		});
		this.graph.query(PUT_ASSERTIONS).bind("rows", rows).run();
	}

	void deleteAssertion(String id) {
		this.graph.query(DELETE_ASSERTION).bind("id", id).run();
	}

	/** A judgement as {@code {properties}}, or {@code null}. */
	Map<String, Object> judgementState(String id) {
		return this.graph.query(JUDGEMENT)
			.bind("id", id)
			.one(row -> Map.<String, Object>of("properties", row.map("j")))
			.orElse(null);
	}

	/** Every live (not withdrawn) judgement. */
	List<Judgement> liveJudgements() {
		return this.graph.query(LIVE_JUDGEMENTS).list(row -> Judgement.fromProperties(row.map("j")));
	}

	/** The merged ids no judgement names, id → the id it resolves to. */
	Map<String, String> unjudgedMergedIds() {
		Map<String, String> found = new java.util.TreeMap<>();
		this.graph.query(UNJUDGED_MERGED_IDS).list(row -> Map.entry(row.string("id"), row.string("into")))
			.forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	/** Creates the judgement if absent and replaces its properties. */
	void putJudgement(String id, Map<String, Object> properties) {
		Map<String, Object> props = new HashMap<>(properties);
		props.put("id", id);
		this.graph.query(PUT_JUDGEMENT).bind("id", id).bind("props", props).run();
	}

	void deleteJudgement(String id) {
		this.graph.query(DELETE_JUDGEMENT).bind("id", id).run();
	}

	private static Map<RelationKind, String> perKind(String template) {
		Map<RelationKind, String> statements = new EnumMap<>(RelationKind.class);
		for (RelationKind kind : RelationKind.values()) {
			statements.put(kind, template.formatted(kind.name()));
		}
		return statements;
	}

}
