package org.ecograph.api.graphql;

import java.time.Duration;
import java.util.List;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.ecograph.api.ApiErrors;
import org.ecograph.data.QueryTimeout;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** The exceptions any service may throw (e.g. the analysis) map to the right GraphQL error types. */
class ApiExceptionHandlerTest {

	private final ApiExceptionHandler handler = new ApiExceptionHandler(
			new ApiErrors(new QueryTimeout(Duration.ofSeconds(10))));

	private final DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.mergedField(MergedField.newMergedField(Field.newField("exposure").build()).build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.rootPath().segment("exposure"))
			.build())
		.build();

	@Test
	void mapsEntityNotFoundToNotFoundNamingTheId() {
		GraphQLError error = this.handler.handle(new EntityNotFoundException("company:nope"), this.env);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
		assertThat(error.getMessage()).isEqualTo("No entity with id company:nope");
		assertThat(error.getExtensions()).containsEntry("ids", List.of("company:nope"));
		assertThat(error.getPath()).containsExactly("exposure");
	}

	@Test
	void mapsInvalidArgumentToBadRequestKeepingTheMessage() {
		GraphQLError error = this.handler
			.handle(new InvalidArgumentException("maxHops 9 is out of range: allowed 1..6"), this.env);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).isEqualTo("maxHops 9 is out of range: allowed 1..6");
	}

	@Test
	void answersAConflictWithAConcurrentWriteAsUnavailableToRetry() {
		var outdated = new org.neo4j.driver.exceptions.TransientException("Neo.TransientError.Transaction.Outdated",
				"Database elements were observed during query execution, but got deleted");
		GraphQLError error = this.handler.handle(
				new org.springframework.dao.TransientDataAccessResourceException("wrapped", outdated), this.env);
		assertThat(error.getErrorType()).isEqualTo(ApiErrors.Classification.UNAVAILABLE);
		assertThat(error.getMessage()).isEqualTo(ApiErrors.CONCURRENT_CHANGE);
		assertThat(error.getExtensions()).containsEntry("retryAfterSeconds", 0);
	}

	@Test
	void answersAQueryThatTimedOutAsABadRequestToAskForLess() {
		GraphQLError error = this.handler.handle(timedOut(), this.env);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).isEqualTo("The request took longer than the query timeout of 10 s: ask for less"
				+ " (fewer hops, a smaller first, k or limit)");
	}

	@Test
	void answersAChangeThatTimedOutAsUnavailableSayingNothingWasWritten() {
		GraphQLError error = this.handler.handle(timedOut(), mutation(ResultPath.rootPath().segment("upsertClaim")));
		assertThat(error.getErrorType()).isEqualTo(ApiErrors.Classification.UNAVAILABLE);
		assertThat(error.getMessage()).startsWith("The change took longer than the query timeout of 10 s and was not"
				+ " written (its transaction was rolled back: nothing changed); retry it");
		assertThat(error.getExtensions()).containsEntry("retryAfterSeconds", ApiErrors.RETRY_AFTER_SECONDS);
		assertThat(error.getPath()).containsExactly("upsertClaim");
	}

	@Test
	void answersAFieldOfAChangesPayloadThatTimedOutAsAQuery() {
		GraphQLError error = this.handler.handle(timedOut(),
				mutation(ResultPath.rootPath().segment("upsertClaim").segment("claim").segment("from")));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
	}

	private static Exception timedOut() {
		return new org.springframework.dao.QueryTimeoutException("wrapped",
				new org.neo4j.driver.exceptions.ClientException("Neo.ClientError.Transaction.TransactionTimedOut",
						"The transaction has been terminated. Retry your operation in a new transaction"));
	}

	private static DataFetchingEnvironment mutation(ResultPath path) {
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField(path.getSegmentName()).build()).build())
			.operationDefinition(OperationDefinition.newOperationDefinition()
				.operation(OperationDefinition.Operation.MUTATION)
				.build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString).path(path).build())
			.build();
	}

	@Test
	void masksAnyOtherException() {
		GraphQLError error = this.handler.handle(new IllegalStateException("MATCH (n) RETURN n"), this.env);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getMessage()).isEqualTo("Internal error");
	}

}
