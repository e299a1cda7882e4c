package org.ecograph.api;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.Introspection;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The limits on whole operations: nesting depth and complexity (see {@link #complexity}), both checked before any
 * data is fetched and reported as {@code BAD_REQUEST}, and the timeout of every database transaction. graphql-java's
 * parser limits (tokens, characters, recursion) stay at their defaults.
 */
@Configuration(proxyBeanMethods = false)
class OperationLimitsConfiguration {

	/**
	 * The depth limit counts the fields that read data. Introspection ({@code __schema}, {@code __type}) is left to
	 * graphql-java's {@link graphql.introspection.GoodFaithIntrospection}, on by default: one {@code __schema} or
	 * {@code __type} per operation, no {@code __Type} field repeated (no cycles), at most 20 levels and 500 fields. So
	 * the standard introspection query of GraphiQL and graphql-js (about 14 levels of {@code ofType}) passes, while a
	 * crafted one is refused, and a deep data query next to introspection is still held to the limit.
	 */
	@Bean
	MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(ApiLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				int depth = dataDepth(parameters.getExecutionContext());
				if (depth > limits.maxDepth()) {
					throw mkAbortException(depth, limits.maxDepth());
				}
				return SimpleInstrumentationContext.noOp();
			}

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return badRequest("query depth " + depth + " is out of range: allowed 1.." + maxDepth);
			}

		};
	}

	/** The deepest nesting of fields outside introspection: a top-level field is at depth 1. */
	static int dataDepth(ExecutionContext context) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build();
		return traverser.reducePreOrder(
				(field, deepest) -> underIntrospection(field) ? deepest : Math.max(deepest, depth(field)), 0);
	}

	private static int depth(QueryVisitorFieldEnvironment field) {
		int depth = 1;
		for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null; parent = parent
			.getParentEnvironment()) {
			depth++;
		}
		return depth;
	}

	private static boolean underIntrospection(QueryVisitorFieldEnvironment field) {
		QueryVisitorFieldEnvironment top = field;
		while (top.getParentEnvironment() != null) {
			top = top.getParentEnvironment();
		}
		String name = top.getField().getName();
		return name.equals(Introspection.SchemaMetaFieldDef.getName())
				|| name.equals(Introspection.TypeMetaFieldDef.getName());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(ApiLimits limits) {
		FieldComplexityCalculator calculator = (field, children) -> complexity(field, children, limits.maxFirst());
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), calculator) {

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return badRequest("query complexity " + complexity + " is out of range: allowed 1.." + maxComplexity
						+ " (each field counts 1 plus its selections, times its page size `first`)");
			}

		};
	}

	/**
	 * A field costs one, plus its selections as many times as it may return items: a listing with {@code first: 50}
	 * whose items select 10 fields costs 1 + 50 x 10. So the budget bounds the size of an answer, not of a document.
	 * A {@code first} over the limit counts as the limit, so that its own, clearer error reports it.
	 */
	static int complexity(FieldComplexityEnvironment field, int childComplexity, int maxFirst) {
		Object first = field.getArguments().get("first");
		long times = first instanceof Number number ? Math.max(1, Math.min(maxFirst, number.longValue())) : 1;
		return (int) Math.min(Integer.MAX_VALUE / 2, 1 + times * childComplexity);
	}

	/** Every transaction without a timeout of its own gets {@link ApiLimits#queryTimeout()}. */
	@Bean
	TransactionManagerCustomizer<AbstractPlatformTransactionManager> queryTimeout(ApiLimits limits) {
		int seconds = (int) Math.max(1, limits.queryTimeout().toSeconds());
		return manager -> manager.setDefaultTimeout(seconds);
	}

	private static AbortExecutionException badRequest(String message) {
		GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
		return new AbortExecutionException(List.of(error));
	}

}
