package org.ecograph.api.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.ecograph.api.ApiLimits;
import org.ecograph.api.BadRequestException;
import org.ecograph.api.SubgraphArguments;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/**
 * The query parameters of {@code GET /export/{format}} as the client sent them, text, bound by name: parsed into the
 * {@link SubgraphArguments} the GraphQL {@code subgraph} field takes, each failure a {@link BadRequestException}
 * naming the parameter, the value and what is allowed. Lists are comma-separated or repeated. The ranges are left to
 * the shared subgraph checks.
 *
 * @param ids the entities to start from (required)
 * @param hops an integer
 * @param kinds relation kinds
 * @param entityKinds entity kinds
 * @param status claim statuses
 * @param minConfidence a number
 * @param asOf a day, {@code YYYY-MM-DD}
 * @param knownOn a day, {@code YYYY-MM-DD}
 * @param limit an integer
 * @param includeInferred {@code true} or {@code false}
 */
record ExportArguments(List<String> ids, String hops, List<String> kinds, List<String> entityKinds,
		List<String> status, String minConfidence, String asOf, String knownOn, String limit,
		String includeInferred) {

	/** The subgraph these parameters ask for, parsed; {@code limits} only say what is allowed in the messages. */
	SubgraphArguments subgraph(ApiLimits limits) {
		List<String> start = list(this.ids);
		if (start == null) {
			throw new BadRequestException("ids is required: give one or more entity ids separated by commas,"
					+ " e.g. ids=agency:us-doe");
		}
		return new SubgraphArguments(start, integer("hops", this.hops, "0.." + limits.maxSubgraphHops()),
				enums("kinds", this.kinds, RelationKind.class, "a relation kind"),
				enums("entityKinds", this.entityKinds, EntityKind.class, "an entity kind"),
				enums("status", this.status, ClaimStatus.class, "a claim status"),
				number("minConfidence", this.minConfidence, "0..1"), date("asOf", this.asOf),
				date("knownOn", this.knownOn), bool("includeInferred", this.includeInferred),
				integer("limit", this.limit, "1.." + limits.maxSubgraphLimit()));
	}

	/** Comma-separated (or repeated) values, trimmed, blanks dropped; {@code null} when none. */
	private static List<String> list(List<String> values) {
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
	private static <E extends Enum<E>> List<E> enums(String parameter, List<String> values, Class<E> type,
			String what) {
		List<String> names = list(values);
		return names == null ? null : names.stream().map(name -> constant(parameter, name, type, what)).toList();
	}

	private static Integer integer(String parameter, String value, String allowed) {
		return parse(parameter, value, Integer::valueOf, "is not an integer: allowed " + allowed);
	}

	private static Double number(String parameter, String value, String allowed) {
		return parse(parameter, value, Double::valueOf, "is not a number: allowed " + allowed);
	}

	private static Boolean bool(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.trim()) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new BadRequestException(parameter + " '" + value + "' is not a boolean: allowed true, false");
		};
	}

	private static LocalDate date(String parameter, String value) {
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
