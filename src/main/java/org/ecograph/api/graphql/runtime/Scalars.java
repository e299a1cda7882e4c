package org.ecograph.api.graphql.runtime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The two custom scalars of the schema: {@code Date} (ISO day) and {@code JSON} (a property map). */
final class Scalars {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A calendar day in ISO 8601 form, yyyy-MM-dd, from 0001-01-01 to 9999-12-31.")
		.coercing(new DateCoercing())
		.build();

	static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
		.name("JSON")
		.description("An arbitrary JSON object; dates inside it are ISO strings.")
		.coercing(new JsonCoercing())
		.build();

	private Scalars() {
	}

	/** The first day a {@code Date} may name. */
	static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

	/** The last day a {@code Date} may name. */
	static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			if (value instanceof String text) {
				return parse(text, CoercingSerializeException::new).toString();
			}
			throw new CoercingSerializeException("Date cannot represent " + value.getClass().getSimpleName());
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof LocalDate date) {
				return date;
			}
			if (input instanceof String text) {
				return parse(text, CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("Date must be a string yyyy-MM-dd, got " + input);
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				return parse(text.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException("Date must be a string yyyy-MM-dd, got " + AstPrinter.printAst(input));
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return StringValue.of(serialize(input, context, locale));
		}

		/**
		 * An ISO day within {@link #FIRST_DAY}..{@link #LAST_DAY}: ISO 8601 also writes years before 1 and after 9999
		 * ({@code -0001-01-01}, {@code +999999999-12-31}), which no claim has and which only make date filters work
		 * for nothing.
		 */
		private static <E extends RuntimeException> LocalDate parse(String text,
				java.util.function.Function<String, E> error) {
			LocalDate date;
			try {
				date = LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw error.apply("Date '" + shorten(text) + "' is not an ISO day: expected yyyy-MM-dd, e.g. 2025-01-21");
			}
			if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
				throw error.apply("Date '" + text + "' is outside the allowed range " + FIRST_DAY + ".." + LAST_DAY);
			}
			return date;
		}

		private static String shorten(String text) {
			return text.length() <= 40 ? text : text.substring(0, 40) + "...";
		}

	}

	private static final class JsonCoercing implements Coercing<Object, Object> {

		@Override
		public Object serialize(Object value, GraphQLContext context, Locale locale) {
			return plain(value);
		}

		@Override
		public Object parseValue(Object input, GraphQLContext context, Locale locale) {
			return input;
		}

		@Override
		public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			return literal(input, variables);
		}

		/** Plain JSON values: maps, lists, strings, numbers, booleans; dates and other values as strings. */
		private static Object plain(Object value) {
			if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
				return value;
			}
			if (value instanceof Map<?, ?> map) {
				Map<String, Object> out = new LinkedHashMap<>();
				map.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))))
					.forEach(e -> out.put(String.valueOf(e.getKey()), plain(e.getValue())));
				return out;
			}
			if (value instanceof Iterable<?> items) {
				List<Object> out = new ArrayList<>();
				items.forEach(item -> out.add(plain(item)));
				return out;
			}
			if (value instanceof Object[] items) {
				return plain(List.of(items));
			}
			if (value instanceof TemporalAccessor) {
				return value.toString();
			}
			return String.valueOf(value);
		}

		private static Object literal(Value<?> input, CoercedVariables variables) {
			if (input instanceof NullValue) {
				return null;
			}
			if (input instanceof StringValue v) {
				return v.getValue();
			}
			if (input instanceof IntValue v) {
				return v.getValue();
			}
			if (input instanceof FloatValue v) {
				return v.getValue();
			}
			if (input instanceof BooleanValue v) {
				return v.isValue();
			}
			if (input instanceof ArrayValue v) {
				return v.getValues().stream().map(item -> literal(item, variables)).toList();
			}
			if (input instanceof ObjectValue v) {
				Map<String, Object> out = new LinkedHashMap<>();
				v.getObjectFields().forEach(f -> out.put(f.getName(), literal(f.getValue(), variables)));
				return out;
			}
			if (input instanceof VariableReference v) {
				return variables.get(v.getName());
			}
			// only an enum value is left: JSON has no such thing
			throw new CoercingParseLiteralException("JSON cannot represent " + AstPrinter.printAst(input)
					+ ": write it as a string");
		}

	}

}
