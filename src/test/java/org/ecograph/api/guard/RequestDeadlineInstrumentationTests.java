package org.ecograph.api.guard;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wall-clock limit on a bare graphql-java engine: a request past its deadline fetches nothing more. */
class RequestDeadlineInstrumentationTests {

	private final GraphQL graphQl = GraphQL.newGraphQL(schema())
		.instrumentation(new RequestDeadlineInstrumentation())
		.build();

	@Test
	void fetchesNothingOnceTheDeadlineHasPassed() {
		ExecutionResult result = execute(System.nanoTime() - 1);
		assertThat(result.getErrors()).hasSize(2);
		assertThat(result.getErrors().get(0).getMessage()).endsWith("The request ran past its time limit of 15000 ms"
				+ " and this field was not fetched: ask for less (fewer aliases, hops, a smaller first, k or limit)");
		assertThat(result.<Map<String, Object>>getData()).containsEntry("a", null).containsEntry("b", null);
	}

	@Test
	void fetchesEverythingBeforeTheDeadline() {
		ExecutionResult result = execute(System.nanoTime() + Duration.ofMinutes(5).toNanos());
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData()).containsEntry("a", "fetched").containsEntry("b", "fetched");
	}

	private ExecutionResult execute(long deadline) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput("{ a: value b: value }")
			.graphQLContext(Map.of(RequestDeadlineInstrumentation.DEADLINE, deadline,
					RequestDeadlineInstrumentation.TIMEOUT, Duration.ofSeconds(15)))
			.build());
	}

	private static GraphQLSchema schema() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", builder -> builder.dataFetcher("value", env -> "fetched"))
			.build();
		return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { value: String }"),
				wiring);
	}

}
