package org.ecograph.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes stored values as Cypher literals, for a backup script that restores them with their types: strings quoted
 * and escaped (every character a Cypher string literal cannot hold as is becomes an escape), integers and floats
 * as written by Java (floats always with a decimal point or exponent, so they stay floats), dates as
 * {@code date('...')}, date-times as {@code datetime('...')}, lists and maps recursively, keys in backticks.
 */
final class CypherLiterals {

	private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private CypherLiterals() {
	}

	static String of(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return string(text);
		}
		if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
			return value.toString();
		}
		if (value instanceof Double number) {
			if (number.isNaN() || number.isInfinite()) {
				throw new IllegalArgumentException("A stored float is " + number + ", which no script can hold");
			}
			return number.toString();
		}
		if (value instanceof LocalDate date) {
			return "date('" + date + "')";
		}
		if (value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
			return "datetime('" + value + "')";
		}
		if (value instanceof LocalDateTime dateTime) {
			return "localdatetime('" + dateTime + "')";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(CypherLiterals::of).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof Map<?, ?> map) {
			return map(new TreeMap<>(map));
		}
		throw new IllegalArgumentException("A stored value of type " + value.getClass().getSimpleName()
				+ " cannot be written to a script");
	}

	static String map(Map<?, ?> map) {
		return new TreeMap<>(map).entrySet()
			.stream()
			.map(e -> key(String.valueOf(e.getKey())) + ": " + of(e.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	static String key(String key) {
		return PLAIN_KEY.matcher(key).matches() ? key : "`" + key.replace("`", "``") + "`";
	}

	static String string(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\'' -> out.append("\\'");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						out.append(String.format("\\u%04X", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('\'').toString();
	}

}
