package org.ecograph.data;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.neo4j.graphdb.Label;

/**
 * The columns of one result row, or the entries of one map inside it, as {@link Row} reads them: the same plain Java
 * values however the statement ran. Strings, booleans and {@code java.time} values as they are; whole numbers as
 * {@code Long}, other numbers as {@code Double}; lists (stored arrays included) as lists; maps as maps; nodes and
 * relationships as {@link GraphElement}s.
 */
interface Cells {

	/** The driver's types (a list's type name says what it holds, so types are compared, not named). */
	TypeSystem TYPES = TypeSystem.getDefault();

	/** The column names, in the statement's order. */
	Iterable<String> keys();

	/** The column's value as described above; {@code null} when absent or null. */
	Object get(String key);

	/** A row the driver received over Bolt. */
	static Cells of(MapAccessor values) {
		return new Cells() {

			@Override
			public Iterable<String> keys() {
				return values.keys();
			}

			@Override
			public Object get(String key) {
				return fromDriver(values.get(key));
			}

		};
	}

	/** A row the embedded kernel returned ({@code row}), with its columns in order. */
	static Cells of(List<String> columns, Map<String, Object> row) {
		return new Cells() {

			@Override
			public Iterable<String> keys() {
				return columns;
			}

			@Override
			public Object get(String key) {
				return fromKernel(row.get(key));
			}

		};
	}

	/** A map already read (an entry of a list of maps, a map column). */
	static Cells of(Map<String, Object> read) {
		return new Cells() {

			@Override
			public Iterable<String> keys() {
				return read.keySet();
			}

			@Override
			public Object get(String key) {
				return read.get(key);
			}

		};
	}

	/** A driver value as a plain one. */
	static Object fromDriver(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.hasType(TYPES.NODE())) {
			Node node = value.asNode();
			List<String> labels = new ArrayList<>();
			node.labels().forEach(labels::add);
			return new GraphElement(List.copyOf(labels), null, node.asMap());
		}
		if (value.hasType(TYPES.RELATIONSHIP())) {
			Relationship r = value.asRelationship();
			return new GraphElement(List.of(), r.type(), r.asMap());
		}
		if (value.hasType(TYPES.LIST())) {
			return Collections.unmodifiableList(value.asList(Cells::fromDriver));
		}
		if (value.hasType(TYPES.MAP())) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (String key : value.keys()) {
				map.put(key, fromDriver(value.get(key)));
			}
			return Collections.unmodifiableMap(map);
		}
		return value.asObject();
	}

	/**
	 * A value of the embedded kernel (its entities, stored arrays, narrower numbers) as the driver would have
	 * delivered it. Nodes and relationships are read at once: they are valid only inside their transaction.
	 */
	static Object fromKernel(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof org.neo4j.graphdb.Node node) {
			List<String> labels = new ArrayList<>();
			for (Label label : node.getLabels()) {
				labels.add(label.name());
			}
			return new GraphElement(List.copyOf(labels), null, properties(node.getAllProperties()));
		}
		if (value instanceof org.neo4j.graphdb.Relationship r) {
			return new GraphElement(List.of(), r.getType().name(), properties(r.getAllProperties()));
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> read = new LinkedHashMap<>();
			map.forEach((key, item) -> read.put(String.valueOf(key), fromKernel(item)));
			return Collections.unmodifiableMap(read);
		}
		if (value instanceof Collection<?> list) {
			List<Object> read = new ArrayList<>(list.size());
			list.forEach(item -> read.add(fromKernel(item)));
			return Collections.unmodifiableList(read);
		}
		if (value.getClass().isArray()) {
			int length = Array.getLength(value);
			List<Object> read = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				read.add(fromKernel(Array.get(value, i)));
			}
			return Collections.unmodifiableList(read);
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof Float f) {
			return f.doubleValue();
		}
		if (value instanceof org.neo4j.graphdb.Path) {
			throw new IllegalStateException("A statement returned a path: return its nodes and relationships instead");
		}
		return value;
	}

	/** A plain value with every node or relationship replaced by its properties. */
	static Object plain(Object value) {
		if (value instanceof GraphElement element) {
			return element.properties();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> plain = new LinkedHashMap<>();
			map.forEach((key, item) -> plain.put(String.valueOf(key), plain(item)));
			return plain;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Cells::plain).toList();
		}
		return value;
	}

	private static Map<String, Object> properties(Map<String, Object> stored) {
		Map<String, Object> read = new LinkedHashMap<>();
		stored.forEach((key, item) -> read.put(key, fromKernel(item)));
		return Collections.unmodifiableMap(read);
	}

}
