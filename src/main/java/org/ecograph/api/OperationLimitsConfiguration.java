package org.ecograph.api;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The limits on whole operations: nesting depth and complexity (rejected before any data is fetched, as
 * {@code BAD_REQUEST}), and the timeout of every database transaction. graphql-java's parser limits (tokens,
 * characters, recursion) stay at their defaults.
 */
@Configuration(proxyBeanMethods = false)
class OperationLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(ApiLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return badRequest("query depth " + depth + " is out of range: allowed 1.." + maxDepth);
			}

		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(ApiLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return badRequest("query complexity " + complexity + " is out of range: allowed 1.." + maxComplexity
						+ " (one per selected field, nested selections included)");
			}

		};
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
