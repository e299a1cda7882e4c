package org.ecograph.model;

import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * Maps driver values to {@link Entity} and {@link Claim}. Queries return entities as nodes and claims as
 * {@code {claim: r, from: startNode(r).id, to: endNode(r).id}}-shaped rows; see {@link #CLAIM_PROJECTION}.
 */
public final class GraphMapping {

	/**
	 * A Cypher map projection of a relationship bound to {@code r}, for {@link #claim(Value)}:
	 * {@code RETURN {claim: r, from: startNode(r).id, to: endNode(r).id} AS claim}.
	 */
	public static final String CLAIM_PROJECTION = "{claim: r, from: startNode(r).id, to: endNode(r).id}";

	private GraphMapping() {
	}

	/** An entity from a node with the label {@code Entity} and one kind label. */
	public static Entity entity(Node node) {
		EntityKind kind = null;
		for (String label : node.labels()) {
			kind = EntityKind.fromLabel(label).orElse(kind);
		}
		return new Entity(node.get("id").asString(), kind, node.get("name").asString(null),
				node.get("aliases").isNull() ? List.of() : node.get("aliases").asList(Value::asString),
				node.get("description").asString(null), node.asMap());
	}

	/** A claim from a value shaped by {@link #CLAIM_PROJECTION}. */
	public static Claim claim(Value projected) {
		Relationship r = projected.get("claim").asRelationship();
		return claim(r, projected.get("from").asString(), projected.get("to").asString());
	}

	/** A claim from a relationship and the ids of its start and end nodes. */
	public static Claim claim(Relationship r, String fromId, String toId) {
		return new Claim(r.get("id").asString(), RelationKind.valueOf(r.type()), fromId, toId, number(r, "amountUsd"),
				number(r, "shareOfSource"), number(r, "shareOfTarget"), r.get("instrument").asString(null),
				r.get("role").asString(null),
				r.get("status").isNull() ? null : ClaimStatus.valueOf(r.get("status").asString()),
				r.get("validFrom").isNull() ? null : r.get("validFrom").asLocalDate(),
				r.get("validTo").isNull() ? null : r.get("validTo").asLocalDate(),
				r.get("asOf").isNull() ? null : r.get("asOf").asLocalDate(), number(r, "confidence"),
				r.get("quote").asString(null), r.get("note").asString(null),
				r.get("sources").isNull() ? List.of() : r.get("sources").asList(Value::asString),
				r.asMap(), AmountKind.fromStored(r.get(AmountKind.PROPERTY).asString(null)),
				r.get(ClaimFilter.INFERRED).asBoolean(false), r.get(Claim.INFERENCE).asString(null));
	}

	/** A measure from a {@code :Measure} node. */
	public static Measure measure(Node node) {
		return new Measure(node.get("id").asString(), node.get("subject").asString(null),
				node.get("metric").asString(null), node.get("value").asDouble(), number(node, "valueTo"),
				MeasureBound.fromStored(node.get(MeasureBound.PROPERTY).asString(null)),
				Unit.valueOf(node.get("unit").asString()), node.get("period").asString(null),
				node.get("status").isNull() ? null : ClaimStatus.valueOf(node.get("status").asString()),
				node.get("asOf").isNull() ? null : node.get("asOf").asLocalDate(), number(node, "confidence"),
				node.get("quote").asString(null), strings(node.get("sources")), node.get("scope").asString(null),
				node.get("note").asString(null), strings(node.get("places")), node.get("relativeTo").asString(null),
				node.get("partOf").asString(null), node.get(ClaimFilter.INFERRED).asBoolean(false),
				node.get(Claim.INFERENCE).asString(null), node.asMap());
	}

	private static List<String> strings(Value list) {
		return list.isNull() ? List.of() : list.asList(Value::asString);
	}

	private static Double number(Node node, String key) {
		Value v = node.get(key);
		return v.isNull() ? null : v.asDouble();
	}

	private static Double number(Relationship r, String key) {
		Value v = r.get(key);
		return v.isNull() ? null : v.asDouble();
	}

}
