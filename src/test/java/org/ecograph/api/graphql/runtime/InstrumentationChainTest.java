package org.ecograph.api.graphql.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain that skips the per-field hooks none of its instrumentations implements: it skips them for
 * request-level instrumentations, still calls every instrumentation that implements one (once per field, in the
 * chain's order), and calls the request-level hooks of all, as graphql-java's chain does.
 */
class InstrumentationChainTest {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { items: [Item!]! } type Item { id: ID! name: String! }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query", t -> t.dataFetcher("items", env -> List.of(Map.of("id", "a", "name", "A"),
						Map.of("id", "b", "name", "B"), Map.of("id", "c", "name", "C"))))
				.build());

	/** Counts its request-level hooks only. */
	static final class PerRequest extends SimplePerformantInstrumentation {

		final AtomicInteger executions = new AtomicInteger();

		@Override
		public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
			this.executions.incrementAndGet();
			return null;
		}

	}

	/** Records each field completed and fetched, under its name. */
	static final class PerField extends SimplePerformantInstrumentation {

		final List<String> calls;

		final String name;

		PerField(String name, List<String> calls) {
			this.name = name;
			this.calls = calls;
		}

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			this.calls.add(this.name + " completes " + parameters.getExecutionStepInfo().getPath());
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			this.calls.add(this.name + " fetches " + parameters.getExecutionStepInfo().getPath());
			return FieldFetchingInstrumentationContext.NOOP;
		}

	}

	@Test
	void findsWhichInstrumentationsImplementAPerFieldHook() {
		List<Instrumentation> perRequest = List.of(new PerRequest(), new SimplePerformantInstrumentation());
		assertThat(InstrumentationChainConfiguration.Chain.anyImplements(perRequest, "beginFieldCompletion",
				InstrumentationFieldCompleteParameters.class)).isFalse();
		List<Instrumentation> withPerField = List.of(new PerRequest(), new PerField("f", new ArrayList<>()));
		assertThat(InstrumentationChainConfiguration.Chain.anyImplements(withPerField, "beginFieldCompletion",
				InstrumentationFieldCompleteParameters.class)).isTrue();
		assertThat(InstrumentationChainConfiguration.Chain.anyImplements(withPerField, "beginFieldFetching",
				InstrumentationFieldFetchParameters.class)).isTrue();
		// a hook of a name no instrumentation has: the chain keeps graphql-java's behaviour
		assertThat(InstrumentationChainConfiguration.Chain.anyImplements(perRequest, "beginSomethingNew",
				InstrumentationFieldCompleteParameters.class)).isTrue();
	}

	@Test
	void callsEveryInstrumentationThatImplementsAPerFieldHookAndEveryRequestLevelHook() {
		List<String> calls = Collections.synchronizedList(new ArrayList<>());
		PerRequest perRequest = new PerRequest();
		GraphQL graphQl = GraphQL.newGraphQL(SCHEMA)
			.instrumentation(new InstrumentationChainConfiguration.Chain(
					List.of(perRequest, new PerField("first", calls), new PerField("second", calls))))
			.build();

		ExecutionResult result = graphQl.execute("{ items { id name } }");

		assertThat(result.getErrors()).isEmpty();
		assertThat(perRequest.executions).hasValue(1);
		// the list and each item's two fields: each instrumentation once per field, in the chain's order
		assertThat(calls).filteredOn(call -> call.startsWith("first completes")).hasSize(1 + 6);
		assertThat(calls).filteredOn(call -> call.startsWith("second fetches")).hasSize(1 + 6);
		assertThat(calls.indexOf("first completes /items[0]/id")).isLessThan(
				calls.indexOf("second completes /items[0]/id"));
	}

	@Test
	void answersAsGraphqlJavasChainWhenNoInstrumentationHasAPerFieldHook() {
		PerRequest perRequest = new PerRequest();
		GraphQL selective = GraphQL.newGraphQL(SCHEMA)
			.instrumentation(new InstrumentationChainConfiguration.Chain(List.of(perRequest, new PerRequest())))
			.build();
		GraphQL plain = GraphQL.newGraphQL(SCHEMA).build();

		ExecutionResult answer = selective.execute("{ items { id name } }");

		assertThat(answer.toSpecification()).isEqualTo(plain.execute("{ items { id name } }").toSpecification());
		assertThat(perRequest.executions).hasValue(1);
	}

}
