package org.ecograph.api;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.ecograph.catalog.InvalidCursorException;
import org.ecograph.catalog.UnknownEntitiesException;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.InvalidArgumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every expected failure, whichever layer throws it, to a GraphQL error: malformed or out-of-range arguments to
 * {@code BAD_REQUEST}, missing entities to {@code NOT_FOUND}, with the exception's message (which names the
 * argument, value and allowed range, or the id). Anything else is logged with its stack trace and answered as
 * {@code INTERNAL_ERROR} "Internal error", with only the execution id to find it in the log: never the exception's
 * message, which may hold Cypher or data.
 */
@ControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

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
	GraphQLError internal(Exception ex, DataFetchingEnvironment env) {
		String executionId = String.valueOf(env.getExecutionId());
		log.error("Internal error at {} (execution {})", env.getExecutionStepInfo().getPath(), executionId, ex);
		return error(ErrorType.INTERNAL_ERROR, "Internal error", env, Map.of("executionId", executionId));
	}

	private static GraphQLError error(ErrorType type, String message, DataFetchingEnvironment env,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

}
