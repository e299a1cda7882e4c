package org.ecograph.steward;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecograph.ingest.GraphValidator;
import org.ecograph.model.RelationKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

/**
 * Reads and writes the subjects of a change inside its transaction: entities, claims (found by id whatever their
 * type), sources and merged ids, as the property maps a {@link Snapshot} keeps. Relationship types are rendered from
 * {@link RelationKind} (the closed vocabulary), every value is a parameter.
 */
final class GraphState {

	private final Transaction tx;

	GraphState(Transaction tx) {
		this.tx = tx;
	}

	Transaction tx() {
		return this.tx;
	}

	/** An entity as {@code {labels, properties}}, or {@code null}. */
	Map<String, Object> entity(String id) {
		return this.tx.run("MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, properties(n) AS properties",
				Map.of("id", id))
			.list()
			.stream()
			.findFirst()
			.map(r -> Map.<String, Object>of("labels", r.get("labels").asList(Value::asString).stream().sorted().toList(),
					"properties", r.get("properties").asMap()))
			.orElse(null);
	}

	/** A source as {@code {properties}}, or {@code null}. */
	Map<String, Object> source(String id) {
		return this.tx.run("MATCH (s:Source {id: $id}) RETURN properties(s) AS properties", Map.of("id", id))
			.list()
			.stream()
			.findFirst()
			.map(r -> Map.<String, Object>of("properties", r.get("properties").asMap()))
			.orElse(null);
	}

	/** A merged id as {@code {into}}, or {@code null}. */
	Map<String, Object> mergedId(String id) {
		return this.tx.run("MATCH (m:MergedId {id: $id}) RETURN m.into AS into", Map.of("id", id))
			.list()
			.stream()
			.findFirst()
			.map(r -> Map.<String, Object>of("into", r.get("into").asString()))
			.orElse(null);
	}

	/** A claim as {@code {type, from, to, properties}}, or {@code null}. */
	Map<String, Object> claim(String id) {
		return findClaim(id).map(GraphState::claimState).orElse(null);
	}

	/** The claims that start or end at an entity, by id, as {@code {type, from, to, properties}}. */
	Map<String, Map<String, Object>> claimsOf(String entityId) {
		Map<String, Map<String, Object>> claims = new HashMap<>();
		this.tx.run("""
				MATCH (e:Entity {id: $id})-[r]-() WHERE type(r) IN $types
				RETURN DISTINCT r AS r, startNode(r).id AS from, endNode(r).id AS to""",
				Map.of("id", entityId, "types", RelationKind.types()))
			.list()
			.forEach(row -> claims.put(row.get("r").asRelationship().get("id").asString(), claimState(row)));
		return claims;
	}

	private Optional<Record> findClaim(String id) {
		return this.tx.run(GraphValidator.TOUCHED_CLAIMS + " RETURN r, a.id AS from, b.id AS to",
				Map.of("claimIds", List.of(id)))
			.list()
			.stream()
			.findFirst();
	}

	private static Map<String, Object> claimState(Record row) {
		Relationship r = row.get("r").asRelationship();
		return Map.of("type", r.type(), "from", row.get("from").asString(), "to", row.get("to").asString(),
				"properties", r.asMap());
	}

	/** Replaces the claim with this id (if any) by one of the given type, ends and properties. */
	void putClaim(String id, RelationKind kind, String from, String to, Map<String, Object> properties) {
		deleteClaim(id);
		Map<String, Object> props = new HashMap<>(properties);
		props.put("id", id);
		this.tx.run("MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) CREATE (a)-[r:" + kind.name()
				+ "]->(b) SET r = $props", Map.of("from", from, "to", to, "props", props)).consume();
	}

	void deleteClaim(String id) {
		this.tx.run(GraphValidator.TOUCHED_CLAIMS + " DELETE r", Map.of("claimIds", List.of(id))).consume();
	}

	/** Creates the entity if absent (with its kind labels) and replaces its properties. */
	void putEntity(String id, List<String> labels, Map<String, Object> properties) {
		Map<String, Object> props = new HashMap<>(properties);
		props.put("id", id);
		String labelText = labels.stream()
			.filter(l -> l.equals("Entity") || org.ecograph.model.EntityKind.fromLabel(l).isPresent())
			.map(l -> ":" + l)
			.reduce("", String::concat);
		this.tx.run("MERGE (n:Entity {id: $id}) SET n" + labelText + " SET n = $props",
				Map.of("id", id, "props", props)).consume();
	}

	/** Deletes an entity that has no relationships left; returns whether it did. */
	boolean deleteEntityIfUnconnected(String id) {
		return this.tx.run("""
				MATCH (n:Entity {id: $id}) WHERE NOT EXISTS { (n)--() }
				DELETE n RETURN count(*) AS deleted""", Map.of("id", id)).single().get("deleted").asLong() > 0;
	}

	void putSource(String id, Map<String, Object> properties) {
		Map<String, Object> props = new HashMap<>(properties);
		props.put("id", id);
		this.tx.run("MERGE (s:Source {id: $id}) SET s = $props", Map.of("id", id, "props", props)).consume();
	}

	void deleteSource(String id) {
		this.tx.run("MATCH (s:Source {id: $id}) DELETE s", Map.of("id", id)).consume();
	}

	void putMergedId(String id, String into) {
		this.tx.run("MERGE (m:MergedId {id: $id}) SET m.into = $into", Map.of("id", id, "into", into)).consume();
	}

	void deleteMergedId(String id) {
		this.tx.run("MATCH (m:MergedId {id: $id}) DELETE m", Map.of("id", id)).consume();
	}

	/** The ids merged into {@code id} before (they must now point to wherever {@code id} goes). */
	List<String> mergedInto(String id) {
		return this.tx.run("MATCH (m:MergedId {into: $id}) RETURN m.id AS id ORDER BY id", Map.of("id", id))
			.list(r -> r.get("id").asString());
	}

	/** Whether some claim names this source. */
	boolean sourceCited(String id) {
		return this.tx.run("""
				MATCH ()-[r]->() WHERE type(r) IN $types AND $id IN r.sources RETURN count(r) > 0 AS cited""",
				Map.of("id", id, "types", RelationKind.types())).single().get("cited").asBoolean();
	}

}
