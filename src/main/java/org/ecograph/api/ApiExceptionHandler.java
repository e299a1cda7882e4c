package org.ecograph.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.ecograph.analysis.ProjectionNotReadyException;
import org.ecograph.catalog.InvalidCursorException;
import org.ecograph.catalog.UnknownEntitiesException;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.InvalidArgumentException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every expected failure, whichever layer throws it, to a GraphQL error: malformed or out-of-range arguments to
 * {@code BAD_REQUEST}, missing entities to {@code NOT_FOUND}, with the exception's message (which names the
 * argument, value and allowed range, or the id). A database transaction that outlives the query timeout is a
 * {@code BAD_REQUEST} saying so (the request asked for too much, like an operation over the complexity budget).
 * Anything else is logged with its stack trace and answered as
 * {@code INTERNAL_ERROR} "Internal error", with only the execution id to find it in the log: never the exception's
 * message, which may hold Cypher or data.
 */
@ControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** The Neo4j status codes of a transaction that ran out of time (server- or client-configured timeout). */
	private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

	private final Duration queryTimeout;

	ApiExceptionHandler(ApiLimits limits) {
		this.queryTimeout = limits.queryTimeout();
	}

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), env, Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), env, Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), env, Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError invalidCursor(InvalidCursorException ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), env, Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError entityNotFound(EntityNotFoundException ex, DataFetchingEnvironment env) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), env, Map.of("ids", List.of(ex.id())));
	}

	@GraphQlExceptionHandler
	GraphQLError unknownEntities(UnknownEntitiesException ex, DataFetchingEnvironment env) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), env, Map.of("ids", ex.ids()));
	}

	@GraphQlExceptionHandler
	GraphQLError notReady(ProjectionNotReadyException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(Unavailable.UNAVAILABLE)
			.message(ex.getMessage())
			.build();
	}

	/** A temporary condition: asking again shortly succeeds. */
	enum Unavailable implements graphql.ErrorClassification {

		UNAVAILABLE

	}

	@GraphQlExceptionHandler
	GraphQLError internal(Exception ex, DataFetchingEnvironment env) {
		if (timedOut(ex)) {
			log.info("Query timed out at {} (execution {})", env.getExecutionStepInfo().getPath(),
					env.getExecutionId());
			return error(ErrorType.BAD_REQUEST, "The request took longer than the query timeout of "
					+ this.queryTimeout.toSeconds() + " s: ask for less (fewer hops, a smaller first, k or limit)",
					env, Map.of());
		}
		String executionId = String.valueOf(env.getExecutionId());
		log.error("Internal error at {} (execution {})", env.getExecutionStepInfo().getPath(), executionId, ex);
		return error(ErrorType.INTERNAL_ERROR, "Internal error", env, Map.of("executionId", executionId));
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().startsWith(TIMED_OUT)) {
				return true;
			}
		}
		return false;
	}

	private static GraphQLError error(ErrorType type, String message, DataFetchingEnvironment env,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

}
