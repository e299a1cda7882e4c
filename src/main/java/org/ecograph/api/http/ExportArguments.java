package org.ecograph.api.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.ecograph.api.BadRequestException;

/**
 * Parses the export's query parameters, which arrive as text: each failure is a {@link BadRequestException} naming
 * the parameter, the value and what is allowed. Range checks are left to the shared subgraph checks.
 */
final class ExportArguments {

	private ExportArguments() {
	}

	/** Comma-separated (or repeated) values, trimmed, blanks dropped; {@code null} when none. */
	static List<String> list(List<String> values) {
		if (values == null) {
			return null;
		}
		List<String> items = values.stream()
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter(item -> !item.isEmpty())
			.toList();
		return items.isEmpty() ? null : items;
	}

	/** The constants named by {@code values}; {@code null} when none. */
	static <E extends Enum<E>> List<E> enums(String parameter, List<String> values, Class<E> type, String what) {
		List<String> names = list(values);
		return names == null ? null : names.stream().map(name -> constant(parameter, name, type, what)).toList();
	}

	static Integer integer(String parameter, String value, String allowed) {
		return parse(parameter, value, Integer::valueOf, "is not an integer: allowed " + allowed);
	}

	static Double number(String parameter, String value, String allowed) {
		return parse(parameter, value, Double::valueOf, "is not a number: allowed " + allowed);
	}

	static Boolean bool(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.trim()) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new BadRequestException(parameter + " '" + value + "' is not a boolean: allowed true, false");
		};
	}

	static LocalDate date(String parameter, String value) {
		return parse(parameter, value, LocalDate::parse, "is not a date: expected YYYY-MM-DD, e.g. 2025-12-01");
	}

	private static <E extends Enum<E>> E constant(String parameter, String name, Class<E> type, String what) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(parameter + " '" + name + "' is not " + what + ": allowed "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
		}
	}

	private static <T> T parse(String parameter, String value, Function<String, T> parser, String problem) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.trim());
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw new BadRequestException(parameter + " '" + value + "' " + problem);
		}
	}

}
