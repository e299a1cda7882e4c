package org.ecograph.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Measure;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.RelationKind;
import org.ecograph.model.Source;
import org.ecograph.model.Unit;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * Maps driver values to the model's records: nodes to {@link Entity}, {@link Measure} and {@link Source},
 * {@code {claim: r, from: a.id, to: b.id}} maps to {@link Claim}, anything else to plain Java values.
 */
final class GraphMapping {

	private GraphMapping() {
	}

	static Entity entity(Node node) {
		EntityKind kind = null;
		for (String label : node.labels()) {
			kind = EntityKind.fromLabel(label).orElse(kind);
		}
		return new Entity(node.get("id").asString(), kind, node.get("name").asString(null),
				strings(node.get("aliases")), node.get("description").asString(null), node.asMap());
	}

	static Claim claim(Value projected) {
		Relationship r = projected.get("claim").asRelationship();
		return claim(r, projected.get("from").asString(), projected.get("to").asString());
	}

	static Claim claim(Relationship r, String fromId, String toId) {
		return new Claim(r.get("id").asString(), RelationKind.valueOf(r.type()), fromId, toId, number(r, "amountUsd"),
				number(r, "shareOfSource"), number(r, "shareOfTarget"), r.get("instrument").asString(null),
				r.get("role").asString(null),
				r.get("status").isNull() ? null : ClaimStatus.valueOf(r.get("status").asString()),
				r.get("validFrom").isNull() ? null : r.get("validFrom").asLocalDate(),
				r.get("validTo").isNull() ? null : r.get("validTo").asLocalDate(),
				r.get("asOf").isNull() ? null : r.get("asOf").asLocalDate(), number(r, "confidence"),
				r.get("quote").asString(null), r.get("note").asString(null), strings(r.get("sources")), r.asMap(),
				AmountKind.fromStored(r.get(AmountKind.PROPERTY).asString(null)),
				r.get(ClaimFilter.INFERRED).asBoolean(false), r.get(Claim.INFERENCE).asString(null));
	}

	static Measure measure(Node node) {
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

	static Source source(Node node) {
		return new Source(node.get("id").asString(), node.get("title").asString(null),
				node.get("language").asString(null), node.get("url").asString(null),
				node.get("publisher").asString(null),
				node.get("publishedOn").isNull() ? null : node.get("publishedOn").asLocalDate(), node.asMap());
	}

	static List<String> labels(Node node) {
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		labels.sort(null);
		return List.copyOf(labels);
	}

	/** A value as plain Java: nodes and relationships as their property maps, lists and maps element by element. */
	static Object plain(Value value) {
		if (value.isNull()) {
			return null;
		}
		return switch (value.type().name()) {
			case "NODE" -> value.asNode().asMap();
			case "RELATIONSHIP" -> value.asRelationship().asMap();
			case "LIST" -> value.asList(GraphMapping::plain);
			case "MAP" -> plain((MapAccessor) value);
			default -> value.asObject();
		};
	}

	/** Every entry as plain Java ({@link #plain(Value)}), in key order. */
	static Map<String, Object> plain(MapAccessor values) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (String key : values.keys()) {
			map.put(key, plain(values.get(key)));
		}
		return map;
	}

	/** A map value, or the properties of a node or relationship, as plain Java. */
	static Map<String, Object> properties(Value value) {
		return switch (value.type().name()) {
			case "NODE" -> value.asNode().asMap();
			case "RELATIONSHIP" -> value.asRelationship().asMap();
			default -> plain((MapAccessor) value);
		};
	}

	private static List<String> strings(Value list) {
		return list.isNull() ? List.of() : list.asList(Value::asString);
	}

	private static Double number(MapAccessor element, String key) {
		Value v = element.get(key);
		return v.isNull() ? null : v.asDouble();
	}

}
