package org.ecograph.api.guard;

import java.time.Duration;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import org.ecograph.api.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * The wall-clock limit of a request: once its deadline (stamped by {@link RequestGuard}) has passed, no field that
 * reads data is fetched any more; each answers a {@code BAD_REQUEST} saying the request ran out of time. Together
 * with the timeout of every database transaction this bounds a request to its limit plus one fetch, however many
 * fields it has. Trivial fields (properties of fetched records) are not checked: they cost nothing; nor are the
 * fields of a mutation, which is answered in full once it has written.
 */
@Component
class RequestDeadlineInstrumentation extends SimplePerformantInstrumentation {

	/** GraphQL context key of the deadline, a {@link System#nanoTime()} value. */
	static final String DEADLINE = "ecograph.deadline";

	/** GraphQL context key of the limit the deadline stands for, for the message. */
	static final String TIMEOUT = "ecograph.timeout";

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// A mutation that ran is answered in full: its payload costs little, and the client must learn what it wrote.
		if (parameters.isTrivialDataFetcher() || parameters.getExecutionContext().getOperationDefinition()
			.getOperation() != OperationDefinition.Operation.QUERY) {
			return fetcher;
		}
		Long deadline = parameters.getExecutionContext().getGraphQLContext().get(DEADLINE);
		if (deadline == null) {
			return fetcher;
		}
		Duration timeout = parameters.getExecutionContext().getGraphQLContext().get(TIMEOUT);
		return env -> {
			if (System.nanoTime() - deadline > 0) {
				throw new BadRequestException("The request ran past its time limit of "
						+ (timeout == null ? "?" : timeout.toMillis() + " ms")
						+ " and this field was not fetched: ask for less (fewer aliases, hops, a smaller first, k or limit)");
			}
			return fetcher.get(env);
		};
	}

}
