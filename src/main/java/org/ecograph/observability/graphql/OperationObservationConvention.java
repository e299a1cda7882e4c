package org.ecograph.observability.graphql;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.GraphQlObservationDocumentation.ExecutionRequestHighCardinalityKeyNames;

/**
 * Spring for GraphQL's {@code graphql.request} observation with the operation's name as a metric tag
 * ({@code graphql.operation.name}, bounded by {@link OperationNames}), so latency and errors are seen per operation;
 * Spring's default keeps the name for traces only, because a client could send any number of names.
 */
final class OperationObservationConvention extends DefaultExecutionRequestObservationConvention {

	private final OperationNames names;

	OperationObservationConvention(OperationNames names) {
		this.names = names;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context)
			.and(KeyValue.of(ExecutionRequestHighCardinalityKeyNames.OPERATION_NAME, name(context)));
	}

	private String name(ExecutionRequestObservationContext context) {
		if (context.getExecutionContext() == null && context.getExecutionResult() == null) {
			return OperationNames.PENDING;
		}
		return this.names.bounded(context.getExecutionContext());
	}

	/** The execution id only: the name is a low-cardinality key already, and a key is one or the other. */
	@Override
	public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return KeyValues.of(executionId(context));
	}

}
