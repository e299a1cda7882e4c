package org.ecograph.api;

import java.util.List;

import graphql.language.AstPrinter;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLObjectType;
import graphql.schema.InputValueWithState;

/**
 * The default of one argument of a root field, read from the schema the server runs (so the schema's
 * {@code maxHops: Int = 4} is the one place it is written): {@code defaults} of the {@code limits} answer.
 *
 * @param field the root field, e.g. {@code influencePaths}
 * @param argument the argument, e.g. {@code maxHops}
 * @param value the default as a GraphQL literal ({@code 4}, {@code true}, {@code STRENGTH}), as introspection's
 * {@code defaultValue} writes it
 */
record ArgumentDefault(String field, String argument, String value) {

	/** The defaults of every argument of the fields of {@code type} that declares one, in schema order. */
	static List<ArgumentDefault> of(GraphQLObjectType type) {
		return type.getFieldDefinitions()
			.stream()
			.flatMap(field -> field.getArguments()
				.stream()
				.filter(GraphQLArgument::hasSetDefaultValue)
				.map(argument -> new ArgumentDefault(field.getName(), argument.getName(),
						literal(argument.getArgumentDefaultValue()))))
			.toList();
	}

	// An SDL schema holds its defaults as literals; a programmatic default would be a Java value.
	private static String literal(InputValueWithState value) {
		return value.isLiteral() ? AstPrinter.printAst((Value<?>) value.getValue()) : String.valueOf(value.getValue());
	}

}
