package org.ecograph.api.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.ParseAndValidate;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.CoercedVariables;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.ecograph.api.ApiLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operation limits measure depth and complexity in one traversal ({@link OperationLimitsConfiguration#measure});
 * it must give what graphql-java's complexity calculator and the former depth traversal gave, for every operation of
 * the test documents on the application's schema (aliases, fragments, introspection, mutations, variables).
 */
class OperationLimitsMeasureTests {

	private static final ApiLimits LIMITS = new ApiLimits(6, 20, 100, 3, 5000, 12, 5000);

	@Test
	void oneTraversalGivesTheDepthAndComplexityOfTwo() throws IOException {
		GraphQLSchema schema = schema();
		List<String> measured = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
				Document document = Parser.parse(Files.readString(file));
				if (!ParseAndValidate.validate(schema, document).isEmpty()) {
					continue; // written to be refused before the limits
				}
				for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
					CoercedVariables variables = variables(schema, operation);
					if (variables == null) {
						continue;
					}
					OperationLimitsConfiguration.Measured one = OperationLimitsConfiguration.measure(schema, document,
							operation.getName(), variables, LIMITS);
					int complexity = QueryComplexityCalculator.newCalculator()
						.fieldComplexityCalculator((field, children) -> OperationLimitsConfiguration.complexity(field,
								children, LIMITS))
						.schema(schema)
						.document(document)
						.operationName(operation.getName())
						.variables(variables)
						.build()
						.calculate();
					String what = file.getFileName() + " " + operation.getName();
					assertThat(one.complexity()).as(what + ": complexity").isEqualTo(complexity);
					assertThat(one.depth()).as(what + ": depth")
						.isEqualTo(depth(schema, document, operation.getName(), variables));
					measured.add(what + " " + one);
				}
			}
		}
		assertThat(measured).as("operations measured").hasSizeGreaterThan(40);
		assertThat(measured).as("some deeper than the limit").anyMatch(m -> m.contains("depth=13"));
		assertThat(measured.stream().filter(m -> !m.contains("complexity=0")).count()).isGreaterThan(40);
	}

	/**
	 * A value for each variable of a named or listed scalar or enum type (an {@code Int} 7, so that pages multiply),
	 * as its argument would be coerced; {@code null} when one is an input object (such operations are left out).
	 */
	private static CoercedVariables variables(GraphQLSchema schema, OperationDefinition operation) {
		Map<String, Object> values = new HashMap<>();
		for (VariableDefinition variable : operation.getVariableDefinitions()) {
			Type<?> type = variable.getType();
			boolean list = false;
			while (!(type instanceof TypeName)) {
				list |= type instanceof ListType;
				type = type instanceof NonNullType nonNull ? nonNull.getType() : ((ListType) type).getType();
			}
			GraphQLType named = schema.getType(((TypeName) type).getName());
			Object value;
			if (named instanceof GraphQLEnumType enumType) {
				value = enumType.getValues().get(0).getName();
			}
			else if (named instanceof GraphQLScalarType scalar) {
				value = switch (scalar.getName()) {
					case "Int" -> 7;
					case "Float" -> 0.5;
					case "Boolean" -> true;
					case "Date" -> "2025-06-01";
					default -> "company:x";
				};
			}
			else {
				return null;
			}
			values.put(variable.getName(), list ? List.of(value) : value);
		}
		return CoercedVariables.of(values);
	}

	/** The depth as the former depth instrumentation traversed it: the deepest data field, introspection aside. */
	private static int depth(GraphQLSchema schema, Document document, String operation, CoercedVariables variables) {
		return QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operation)
			.coercedVariables(variables)
			.build()
			.reducePreOrder((field, deepest) -> {
				int depth = 1;
				QueryVisitorFieldEnvironment top = field;
				for (; top.getParentEnvironment() != null; top = top.getParentEnvironment()) {
					depth++;
				}
				String name = top.getField().getName();
				boolean introspection = name.equals(Introspection.SchemaMetaFieldDef.getName())
						|| name.equals(Introspection.TypeMetaFieldDef.getName());
				return introspection ? deepest : Math.max(deepest, depth);
			}, 0);
	}

	/** The application's schema (the files of {@code graphql/}), its fields answered by nothing. */
	private static GraphQLSchema schema() throws IOException {
		TypeDefinitionRegistry types = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				types.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(new MockedWiringFactory()).build();
		return new SchemaGenerator().makeExecutableSchema(types, wiring);
	}

}
