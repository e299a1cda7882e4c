package org.ecograph.observability.graphql;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.DataFetcherResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.ecograph.CapturesTheLog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slow-operation log on graphql-java's real engine: one line with the operation's name, type, cost in fields,
 * duration, graph version and role, and never a value the client sent, neither a variable nor a literal.
 */
@CapturesTheLog
class SlowOperationLogTests {

	private static final String SCHEMA = """
			type Query {
			  entity(id: ID!): Entity
			  search(text: String!, first: Int): [Entity!]!
			  stated: Entity
			}
			type Entity { id: ID! name: String! }
			""";

	@Test
	void logsTheNameCostAndVersionOfASlowOperationButNoVariableOrLiteral(CapturedOutput output) {
		GraphQL graphQl = engine(Duration.ZERO);

		ExecutionResult result = graphQl.execute(ExecutionInput.newExecutionInput()
			.query("query findAcme($id: ID!) { entity(id: $id) { id name } hits: search(text: \"secret-literal\","
					+ " first: 3) { id } }")
			.variables(Map.of("id", "company:secret-variable"))
			.build());

		assertThat(result.getErrors()).isEmpty();
		String line = slowLines(output);
		assertThat(line).contains("slow operation name=findAcme type=query durationMs=", " fields=5 ",
				" graphVersion=42 ", " role=anonymous ", " errors=0");
		assertThat(line).doesNotContain("secret-variable").doesNotContain("secret-literal").doesNotContain("company:");
	}

	@Test
	void logsTheGraphVersionTheAnswerStates(CapturedOutput output) {
		engine(Duration.ZERO).execute("query ranked { stated { id } }");

		assertThat(slowLines(output)).contains("slow operation name=ranked type=query", " graphVersion=9 ");
	}

	@Test
	void namesAnUnnamedOperationByItsTopLevelFields(CapturedOutput output) {
		engine(Duration.ZERO).execute("{ search(text: \"x\") { id } entity(id: \"e:1\") { name } }");

		assertThat(slowLines(output)).contains("slow operation name=entity+search type=query");
	}

	@Test
	void logsNothingUnderTheThreshold(CapturedOutput output) {
		engine(Duration.ofMinutes(1)).execute("{ entity(id: \"e:1\") { name } }");

		assertThat(slowLines(output)).isEmpty();
	}

	private static GraphQL engine(Duration threshold) {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("entity", env -> Map.of("id", env.getArgument("id"), "name", "Acme"))
				.dataFetcher("search", env -> java.util.List.of(Map.of("id", "e:1", "name", "Acme")))
				.dataFetcher("stated", env -> DataFetcherResult.newResult()
					.data(Map.of("id", "e:2", "name", "Stated"))
					.extensions(Map.of("graphVersion", 9L))
					.build()))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
		return GraphQL.newGraphQL(schema).instrumentation(new SlowOperationLog(threshold, () -> 42)).build();
	}

	private static String slowLines(CapturedOutput output) {
		return output.getAll()
			.lines()
			.filter(line -> line.contains(SlowOperationLog.LOGGER) || line.contains("slow operation"))
			.reduce("", (a, b) -> a + b + "\n");
	}

}
