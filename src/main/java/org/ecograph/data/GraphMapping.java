package org.ecograph.data;

import java.time.LocalDate;
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

/**
 * Maps nodes and relationships of a result ({@link GraphElement}s, however the statement ran) to the model's records:
 * nodes to {@link Entity}, {@link Measure} and {@link Source}, a claim relationship and its ends' ids to
 * {@link Claim}.
 */
final class GraphMapping {

	private GraphMapping() {
	}

	static Entity entity(GraphElement node) {
		EntityKind kind = null;
		for (String label : node.labels()) {
			kind = EntityKind.fromLabel(label).orElse(kind);
		}
		Map<String, Object> p = node.properties();
		return new Entity(node.string("id"), kind, node.string("name"), strings(p.get("aliases")),
				node.string("description"), p);
	}

	static Claim claim(GraphElement r, String fromId, String toId) {
		Map<String, Object> p = r.properties();
		return new Claim(r.string("id"), RelationKind.valueOf(r.type()), fromId, toId, number(p, "amountUsd"),
				number(p, "shareOfSource"), number(p, "shareOfTarget"), r.string("instrument"), r.string("role"),
				r.has("status") ? ClaimStatus.valueOf(r.string("status")) : null, (LocalDate) p.get("validFrom"),
				(LocalDate) p.get("validTo"), (LocalDate) p.get("asOf"), number(p, "confidence"), r.string("quote"),
				r.string("note"), strings(p.get("sources")), p, AmountKind.fromStored(r.string(AmountKind.PROPERTY)),
				Boolean.TRUE.equals(p.get(ClaimFilter.INFERRED)), r.string(Claim.INFERENCE));
	}

	static Measure measure(GraphElement node) {
		Map<String, Object> p = node.properties();
		return new Measure(node.string("id"), node.string("subject"), node.string("metric"), number(p, "value"),
				number(p, "valueTo"), MeasureBound.fromStored(node.string(MeasureBound.PROPERTY)),
				Unit.valueOf(node.string("unit")), node.string("period"),
				node.has("status") ? ClaimStatus.valueOf(node.string("status")) : null, (LocalDate) p.get("asOf"),
				number(p, "confidence"), node.string("quote"), strings(p.get("sources")), node.string("scope"),
				node.string("note"), strings(p.get("places")), node.string("relativeTo"), node.string("partOf"),
				Boolean.TRUE.equals(p.get(ClaimFilter.INFERRED)), node.string(Claim.INFERENCE), p);
	}

	static Source source(GraphElement node) {
		return new Source(node.string("id"), node.string("title"), node.string("language"), node.string("url"),
				node.string("publisher"), (LocalDate) node.properties().get("publishedOn"), node.properties());
	}

	/** A list of strings; empty for {@code null}. */
	static List<String> strings(Object list) {
		if (list == null) {
			return List.of();
		}
		return ((List<?>) list).stream().map(String.class::cast).toList();
	}

	private static Double number(Map<String, Object> properties, String key) {
		Object v = properties.get(key);
		return v == null ? null : ((Number) v).doubleValue();
	}

}
