package org.ecograph.api.graphql.runtime;

import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's instrumentations chained as graphql-java chains them ({@link ChainedInstrumentation}), but for
 * the hooks graphql-java calls for every field and object of an answer: a hook none of them implements returns at
 * once instead of asking each instrumentation in turn. The application's own instrumentations and Spring's
 * observation work per request (and wrap data fetchers), so a subgraph of hundreds of nodes and edges no longer pays
 * the chain five times per field. Which hooks an instrumentation implements is read once from its class; the chain is
 * the same list, in the same order, that Spring Boot's auto-configuration gives.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentationChainConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer selectiveInstrumentationChain(ObjectProvider<Instrumentation> instrumentations) {
		return builder -> builder.configureGraphQl(graphQl -> {
			List<Instrumentation> all = instrumentations.orderedStream().toList();
			if (!all.isEmpty()) {
				graphQl.instrumentation(new Chain(all));
			}
		});
	}

	/** A chain that skips the per-field and per-object hooks no instrumentation of it implements. */
	static final class Chain extends ChainedInstrumentation {

		private final boolean executionStrategy;

		private final boolean executeObject;

		private final boolean deferredField;

		private final boolean fieldExecution;

		private final boolean fieldFetching;

		private final boolean fieldCompletion;

		private final boolean fieldListCompletion;

		Chain(List<Instrumentation> instrumentations) {
			super(instrumentations);
			this.executionStrategy = anyImplements(instrumentations, "beginExecutionStrategy",
					InstrumentationExecutionStrategyParameters.class);
			this.executeObject = anyImplements(instrumentations, "beginExecuteObject",
					InstrumentationExecutionStrategyParameters.class);
			this.deferredField = anyImplements(instrumentations, "beginDeferredField",
					InstrumentationFieldParameters.class);
			this.fieldExecution = anyImplements(instrumentations, "beginFieldExecution",
					InstrumentationFieldParameters.class);
			// graphql-java calls beginFieldFetching, whose default asks the deprecated beginFieldFetch
			this.fieldFetching = anyImplements(instrumentations, "beginFieldFetching",
					InstrumentationFieldFetchParameters.class)
					|| anyImplements(instrumentations, "beginFieldFetch", InstrumentationFieldFetchParameters.class);
			this.fieldCompletion = anyImplements(instrumentations, "beginFieldCompletion",
					InstrumentationFieldCompleteParameters.class);
			this.fieldListCompletion = anyImplements(instrumentations, "beginFieldListCompletion",
					InstrumentationFieldCompleteParameters.class);
		}

		/**
		 * Whether any of {@code instrumentations} declares the hook {@code name} itself or inherits it from a class
		 * other than graphql-java's do-nothing bases ({@link Instrumentation}'s defaults,
		 * {@link SimplePerformantInstrumentation}).
		 */
		static boolean anyImplements(List<Instrumentation> instrumentations, String name, Class<?> parameters) {
			for (Instrumentation instrumentation : instrumentations) {
				try {
					Class<?> declaring = instrumentation.getClass()
						.getMethod(name, parameters, InstrumentationState.class)
						.getDeclaringClass();
					if (declaring != Instrumentation.class && declaring != SimplePerformantInstrumentation.class) {
						return true;
					}
				}
				catch (NoSuchMethodException ex) {
					return true; // a hook this code does not know: keep the chain's behaviour
				}
			}
			return false;
		}

		@Override
		public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return this.executionStrategy ? super.beginExecutionStrategy(parameters, state)
					: ExecutionStrategyInstrumentationContext.NOOP;
		}

		@Override
		public ExecuteObjectInstrumentationContext beginExecuteObject(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return this.executeObject ? super.beginExecuteObject(parameters, state)
					: ExecuteObjectInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return this.deferredField ? super.beginDeferredField(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return this.fieldExecution ? super.beginFieldExecution(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return this.fieldFetching ? super.beginFieldFetching(parameters, state)
					: FieldFetchingInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return this.fieldCompletion ? super.beginFieldCompletion(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldListCompletion(
				InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
			return this.fieldListCompletion ? super.beginFieldListCompletion(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

	}

}
