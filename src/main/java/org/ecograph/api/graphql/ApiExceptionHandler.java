package org.ecograph.api.graphql;

import org.ecograph.api.ApiErrors;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.ecograph.data.QueryTimeout;
import org.ecograph.model.EcographException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every failure of a GraphQL field, whichever layer throws it, to a GraphQL error, once: an
 * {@link EcographException} to the classification of its kind (see {@link ApiErrors}) with its message and details
 * (e.g. the unknown {@code ids}). A database transaction that outlives the query timeout is a {@code BAD_REQUEST}
 * saying so (the request asked for too much, like an operation over the complexity budget); an unreachable database
 * is {@code UNAVAILABLE}. Anything else is logged with its stack trace and answered as {@code INTERNAL_ERROR}
 * "Internal error", with only the execution id to find it in the log: never the exception's message, which may hold
 * Cypher or data.
 */
@ControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final QueryTimeout queryTimeout;

	ApiExceptionHandler(QueryTimeout queryTimeout) {
		this.queryTimeout = queryTimeout;
	}

	@GraphQlExceptionHandler
	GraphQLError known(EcographException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ApiErrors.classification(ex.kind()))
			.message(ex.getMessage())
			.extensions(ex.details())
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError internal(Exception ex, DataFetchingEnvironment env) {
		if (ApiErrors.timedOut(ex)) {
			log.info("Query timed out at {} (execution {})", env.getExecutionStepInfo().getPath(),
					env.getExecutionId());
			return error(ErrorType.BAD_REQUEST, "The request took longer than the query timeout of "
					+ this.queryTimeout.seconds() + " s: ask for less (fewer hops, a smaller first, k or limit)",
					env, Map.of());
		}
		if (ApiErrors.concurrentChange(ex)) {
			log.info("Concurrent change at {} (execution {}): {}", env.getExecutionStepInfo().getPath(),
					env.getExecutionId(), ex.getClass().getSimpleName());
			return error(ApiErrors.Classification.UNAVAILABLE, ApiErrors.CONCURRENT_CHANGE, env,
					Map.of("retryAfterSeconds", 0));
		}
		if (ApiErrors.databaseUnavailable(ex)) {
			log.warn("Database unavailable at {} (execution {}): {}", env.getExecutionStepInfo().getPath(),
					env.getExecutionId(), ex.getClass().getSimpleName());
			return error(ApiErrors.Classification.UNAVAILABLE, ApiErrors.DATABASE_UNAVAILABLE, env,
					Map.of("retryAfterSeconds", ApiErrors.RETRY_AFTER_SECONDS));
		}
		String executionId = String.valueOf(env.getExecutionId());
		log.error("Internal error at {} (execution {})", env.getExecutionStepInfo().getPath(), executionId, ex);
		return error(ErrorType.INTERNAL_ERROR, "Internal error", env, Map.of("executionId", executionId));
	}

	private static GraphQLError error(graphql.ErrorClassification type, String message, DataFetchingEnvironment env,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

}
