package org.ecograph.data;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.Measure;
import org.ecograph.model.Source;

/**
 * One result row, or one map inside a row, read by column name without driver or kernel types: the same values
 * whether the statement ran over Bolt or inside the embedded database ({@link Cells}). Absent and null columns read
 * as {@code null} (or an empty list, or {@code false} for {@link #bool}); a column of the wrong type fails loudly, as
 * a query bug would.
 */
public final class Row {

	private final Cells values;

	Row(Cells values) {
		this.values = values;
	}

	/** Whether the column is absent or null. */
	public boolean isNull(String key) {
		return value(key) == null;
	}

	public String string(String key) {
		return as(key, String.class);
	}

	/** A whole number; {@code null} when absent. */
	public Long integer(String key) {
		Number v = as(key, Number.class);
		if (v == null || v instanceof Long) {
			return (Long) v;
		}
		if (v.doubleValue() != Math.rint(v.doubleValue())) {
			throw new IllegalStateException("Column " + key + " holds " + v + ", not a whole number");
		}
		return v.longValue();
	}

	/** A whole number; {@code orElse} when absent. */
	public long integer(String key, long orElse) {
		Long v = integer(key);
		return v == null ? orElse : v;
	}

	/** A number (integer or float) as a double; {@code null} when absent. */
	public Double decimal(String key) {
		Number v = as(key, Number.class);
		return v == null ? null : v.doubleValue();
	}

	/** A boolean; {@code false} when absent. */
	public boolean bool(String key) {
		return Boolean.TRUE.equals(as(key, Boolean.class));
	}

	public LocalDate date(String key) {
		return as(key, LocalDate.class);
	}

	public ZonedDateTime dateTime(String key) {
		return as(key, ZonedDateTime.class);
	}

	/** A list of strings; empty when absent. */
	public List<String> strings(String key) {
		return GraphMapping.strings(value(key));
	}

	/**
	 * The column as a plain Java value: numbers, strings, booleans, {@code java.time} values, lists and maps; a node or
	 * relationship as the map of its properties.
	 */
	public Object value(String key, Object orElse) {
		Object v = value(key);
		return v == null ? orElse : Cells.plain(v);
	}

	/** A map column, or the properties of a node or relationship column, as plain Java values; empty when absent. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> map(String key) {
		Object v = value(key);
		return v == null ? Map.of() : (Map<String, Object>) Cells.plain(v);
	}

	/**
	 * A list of maps (e.g. {@code collect({a: x, b: y})}), or of nodes or relationships (their properties), each as a
	 * row; empty when absent.
	 */
	public List<Row> rows(String key) {
		List<?> v = as(key, List.class);
		return v == null ? List.of() : v.stream().map(item -> asRow(key, item)).toList();
	}

	/** A map column, or the properties of a node or relationship column, as a row. */
	public Row row(String key) {
		return asRow(key, value(key));
	}

	/** The whole row as plain Java values ({@link #value}). */
	public Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		for (String key : this.values.keys()) {
			map.put(key, Cells.plain(value(key)));
		}
		return map;
	}

	/** An entity from a node column. */
	public Entity entity(String key) {
		return GraphMapping.entity(element(key));
	}

	/** A claim from a column shaped {@code {claim: r, from: a.id, to: b.id}} (what {@link ClaimLookup} returns). */
	public Claim claim(String key) {
		Row projected = row(key);
		return GraphMapping.claim(projected.element("claim"), projected.string("from"), projected.string("to"));
	}

	/** A measure from a {@code :Measure} node column. */
	public Measure measure(String key) {
		return GraphMapping.measure(element(key));
	}

	/** A source from a {@code :Source} node column. */
	public Source source(String key) {
		return GraphMapping.source(element(key));
	}

	/** The labels of a node column, sorted. */
	public List<String> labels(String key) {
		return element(key).labels().stream().sorted().toList();
	}

	/** The relationship type of a relationship column. */
	public String type(String key) {
		return element(key).type();
	}

	@SuppressWarnings("unchecked")
	private static Row asRow(String key, Object value) {
		if (value == null) {
			return new Row(Cells.of(Map.of()));
		}
		if (value instanceof GraphElement element) {
			return new Row(Cells.of(element.properties()));
		}
		if (value instanceof Map<?, ?> map) {
			return new Row(Cells.of((Map<String, Object>) map));
		}
		throw new IllegalStateException("Column " + key + " holds " + value.getClass().getSimpleName() + ", not Map");
	}

	private GraphElement element(String key) {
		GraphElement element = as(key, GraphElement.class);
		if (element == null) {
			throw new IllegalStateException("Column " + key + " holds no node or relationship");
		}
		return element;
	}

	private Object value(String key) {
		return this.values.get(key);
	}

	private <T> T as(String key, Class<T> type) {
		Object v = value(key);
		if (v == null || type.isInstance(v)) {
			return type.cast(v);
		}
		throw new IllegalStateException("Column " + key + " holds " + v.getClass().getSimpleName() + ", not "
				+ type.getSimpleName());
	}

}
