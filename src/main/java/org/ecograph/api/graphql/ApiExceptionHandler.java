package org.ecograph.api.graphql;

import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import org.ecograph.api.ApiErrors;
import org.ecograph.model.EcographException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Answers every failure of a GraphQL field, whichever layer throws it, as classified by {@link ApiErrors}: an
 * {@link EcographException} with its classification, message and details (e.g. the unknown {@code ids}); a query
 * timeout as a {@code BAD_REQUEST} "ask for less" (a mutation's write that timed out as {@code UNAVAILABLE}: nothing
 * was written, retry); an unreachable database or a concurrent write as
 * {@code UNAVAILABLE}; anything else as {@code INTERNAL_ERROR} "Internal error" with only the execution id to find it
 * in the log, never the exception's message, which may hold Cypher or data.
 */
@ControllerAdvice
class ApiExceptionHandler {

	private final ApiErrors errors;

	ApiExceptionHandler(ApiErrors errors) {
		this.errors = errors;
	}

	@GraphQlExceptionHandler
	GraphQLError handle(Exception ex, DataFetchingEnvironment env) {
		String where = "at " + env.getExecutionStepInfo().getPath() + " (execution " + env.getExecutionId() + ")";
		return this.errors.of(ex, where, isChange(env)).graphQlError(env);
	}

	/** Whether the field is a mutation's own (its write), not a field of its payload read after the write. */
	private static boolean isChange(DataFetchingEnvironment env) {
		return env.getOperationDefinition() != null
				&& env.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
				&& env.getExecutionStepInfo().getPath().getLevel() == 1;
	}

}
