package org.ecograph.data;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.Measure;
import org.ecograph.model.Source;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * One result row, or one map inside a row, read by column name without driver types. Absent and null columns read
 * as {@code null} (or an empty list, or {@code false} for {@link #bool}); a column of the wrong type fails loudly, as
 * a query bug would.
 */
public final class Row {

	private final MapAccessor values;

	Row(MapAccessor values) {
		this.values = values;
	}

	/** Whether the column is absent or null. */
	public boolean isNull(String key) {
		return value(key).isNull();
	}

	public String string(String key) {
		return value(key).asString(null);
	}

	/** A whole number; {@code null} when absent. */
	public Long integer(String key) {
		Value v = value(key);
		return v.isNull() ? null : v.asLong();
	}

	/** A whole number; {@code orElse} when absent. */
	public long integer(String key, long orElse) {
		Value v = value(key);
		return v.isNull() ? orElse : v.asLong();
	}

	/** A number (integer or float) as a double; {@code null} when absent. */
	public Double decimal(String key) {
		Value v = value(key);
		return v.isNull() ? null : v.asDouble();
	}

	/** A boolean; {@code false} when absent. */
	public boolean bool(String key) {
		return value(key).asBoolean(false);
	}

	public LocalDate date(String key) {
		Value v = value(key);
		return v.isNull() ? null : v.asLocalDate();
	}

	public ZonedDateTime dateTime(String key) {
		Value v = value(key);
		return v.isNull() ? null : v.asZonedDateTime();
	}

	/** A list of strings; empty when absent. */
	public List<String> strings(String key) {
		Value v = value(key);
		return v.isNull() ? List.of() : v.asList(Value::asString);
	}

	/**
	 * The column as a plain Java value: numbers, strings, booleans, {@code java.time} values, lists and maps; a node or
	 * relationship as the map of its properties.
	 */
	public Object value(String key, Object orElse) {
		Value v = value(key);
		return v.isNull() ? orElse : GraphMapping.plain(v);
	}

	/** A map column, or the properties of a node or relationship column, as plain Java values; empty when absent. */
	public Map<String, Object> map(String key) {
		Value v = value(key);
		return v.isNull() ? Map.of() : GraphMapping.properties(v);
	}

	/** A list of maps (e.g. {@code collect({a: x, b: y})}), each as a row; empty when absent. */
	public List<Row> rows(String key) {
		Value v = value(key);
		return v.isNull() ? List.of() : v.asList(item -> new Row(item));
	}

	/** A map column as a row. */
	public Row row(String key) {
		return new Row(value(key));
	}

	/** The whole row as plain Java values ({@link #value}). */
	public Map<String, Object> asMap() {
		return GraphMapping.plain(this.values);
	}

	/** An entity from a node column. */
	public Entity entity(String key) {
		return GraphMapping.entity(value(key).asNode());
	}

	/** A claim from a column shaped {@code {claim: r, from: a.id, to: b.id}} (what {@link ClaimLookup} returns). */
	public Claim claim(String key) {
		return GraphMapping.claim(value(key));
	}

	/** A measure from a {@code :Measure} node column. */
	public Measure measure(String key) {
		return GraphMapping.measure(value(key).asNode());
	}

	/** A source from a {@code :Source} node column. */
	public Source source(String key) {
		return GraphMapping.source(value(key).asNode());
	}

	/** The labels of a node column, sorted. */
	public List<String> labels(String key) {
		return GraphMapping.labels(value(key).asNode());
	}

	/** The relationship type of a relationship column. */
	public String type(String key) {
		return value(key).asRelationship().type();
	}

	private Value value(String key) {
		return this.values.get(key);
	}

}
