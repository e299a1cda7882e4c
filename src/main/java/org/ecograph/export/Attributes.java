package org.ecograph.export;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ecograph.subgraph.GraphEdge;
import org.ecograph.subgraph.GraphNode;

/**
 * The columns every tabular or attribute-declaring format shares: for nodes {@code label}, {@code kind} and every
 * stored property, for edges {@code id}, {@code kind} and every stored property, properties in name order. Lists and
 * dates become strings (list items joined by {@value #LIST_SEPARATOR}); a property with numbers of both kinds is a
 * double; with values of any other mix of types, a string.
 */
final class Attributes {

	/** Between the items of a list property written as one string. */
	static final String LIST_SEPARATOR = "; ";

	/** The type of an attribute, by the names GraphML and GEXF both use. */
	enum Type {

		STRING("string"), LONG("long"), DOUBLE("double"), BOOLEAN("boolean");

		final String xmlName;

		Type(String xmlName) {
			this.xmlName = xmlName;
		}

		static Type of(Object value) {
			if (value instanceof Long || value instanceof Integer || value instanceof Short) {
				return LONG;
			}
			if (value instanceof Double || value instanceof Float) {
				return DOUBLE;
			}
			return value instanceof Boolean ? BOOLEAN : STRING;
		}

		Type join(Type other) {
			if (this == other) {
				return this;
			}
			boolean numbers = (this == LONG || this == DOUBLE) && (other == LONG || other == DOUBLE);
			return numbers ? DOUBLE : STRING;
		}

	}

	/** One column: a name and the type all its values fit. */
	record Attribute(String name, Type type) {

		/** The value as text of this attribute's type; {@code null} for no value. */
		String text(Object value) {
			if (value == null) {
				return null;
			}
			if (this.type == Type.DOUBLE && value instanceof Number number) {
				return Double.toString(number.doubleValue());
			}
			return Attributes.text(value);
		}

	}

	private static final Set<String> NODE_RESERVED = Set.of("id", "label", "kind");

	private static final Set<String> EDGE_RESERVED = Set.of("id", "kind", "source", "target");

	private Attributes() {
	}

	/** A node's values by column: label, kind, then its properties but {@code id}, in name order. */
	static Map<String, Object> values(GraphNode node) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("label", node.label());
		values.put("kind", node.kind().name());
		values.putAll(sorted(node.properties(), NODE_RESERVED));
		return values;
	}

	/** An edge's values by column: id, kind, then its properties, in name order. */
	static Map<String, Object> values(GraphEdge edge) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("id", edge.id());
		values.put("kind", edge.kind().name());
		values.putAll(sorted(edge.properties(), EDGE_RESERVED));
		return values;
	}

	/** The columns of the nodes: label, kind, then every property seen, in name order. */
	static List<Attribute> ofNodes(Collection<GraphNode> nodes) {
		return columns(List.of("label", "kind"), nodes.stream().map(Attributes::values).toList());
	}

	/** The columns of the edges: id, kind, then every property seen, in name order. */
	static List<Attribute> ofEdges(Collection<GraphEdge> edges) {
		return columns(List.of("id", "kind"), edges.stream().map(Attributes::values).toList());
	}

	/** A scalar, list or date as text; lists joined by {@value #LIST_SEPARATOR}. */
	static String text(Object value) {
		if (value instanceof Collection<?> items) {
			return String.join(LIST_SEPARATOR, items.stream().map(Attributes::text).toList());
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return String.valueOf(value);
	}

	private static List<Attribute> columns(List<String> first, List<Map<String, Object>> rows) {
		Map<String, Type> types = new LinkedHashMap<>();
		first.forEach(name -> types.put(name, Type.STRING));
		Map<String, Type> rest = new TreeMap<>();
		for (Map<String, Object> row : rows) {
			row.forEach((name, value) -> {
				if (value != null && !first.contains(name)) {
					rest.merge(name, Type.of(value), Type::join);
				}
			});
		}
		types.putAll(rest);
		return types.entrySet().stream().map(e -> new Attribute(e.getKey(), e.getValue())).toList();
	}

	private static Map<String, Object> sorted(Map<String, Object> properties, Set<String> reserved) {
		Map<String, Object> sorted = new TreeMap<>();
		properties.forEach((name, value) -> {
			if (!reserved.contains(name) && value != null) {
				sorted.put(name, value);
			}
		});
		return sorted;
	}

}
