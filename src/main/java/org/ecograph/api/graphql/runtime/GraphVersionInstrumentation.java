package org.ecograph.api.graphql.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import org.ecograph.api.ApiError;
import org.ecograph.data.GraphVersions;
import org.ecograph.model.ErrorKind;
import org.springframework.stereotype.Component;

/**
 * Puts into every GraphQL response, under {@code extensions.graphVersion}, the graph version its answer was computed
 * on: for an analysis answer, the version of the projection it ran on (set by the answer itself); for a mutation, the
 * version this instance knows after it wrote (at least the write's own version); for any other query, the version
 * this instance knew when the request began (the answer, read from the database afterwards, reflects at least that
 * version). A request that asked for a minimum version ({@link MinimumVersionInterceptor}) and whose analysis answer
 * could only be computed on an older one gets an {@code UNAVAILABLE} error instead of that answer. Reads no database
 * but on the first request after a start ({@link GraphVersions#current()}).
 */
@Component
class GraphVersionInstrumentation extends SimplePerformantInstrumentation {

	/** The response extension. */
	static final String GRAPH_VERSION = "graphVersion";

	/** GraphQL context key: the version this instance knew when the request began, a {@code Long}. */
	static final String KNOWN_AT_START = "ecograph.graphVersion.knownAtStart";

	/** GraphQL context key: the version the client asked for ({@code Ecograph-Min-Version}), a {@code Long}. */
	static final String MIN_VERSION = "ecograph.graphVersion.min";

	/** GraphQL context key: set when the operation run is a mutation. */
	private static final String MUTATION = "ecograph.graphVersion.mutation";

	private final GraphVersions versions;

	GraphVersionInstrumentation(GraphVersions versions) {
		this.versions = versions;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		GraphQLContext context = parameters.getGraphQLContext();
		if (!context.hasKey(KNOWN_AT_START)) {
			context.put(KNOWN_AT_START, this.versions.current());
		}
		return null;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (parameters.getExecutionContext().getOperationDefinition()
			.getOperation() == OperationDefinition.Operation.MUTATION) {
			parameters.getExecutionContext().getGraphQLContext().put(MUTATION, true);
		}
		return null;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		GraphQLContext context = parameters.getGraphQLContext();
		long version = version(result, context);
		Long min = context.get(MIN_VERSION);
		if (min != null && version < min) {
			return CompletableFuture.completedFuture(tooOld(version, min));
		}
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (result.getExtensions() != null) {
			extensions.putAll(result.getExtensions());
		}
		extensions.put(GRAPH_VERSION, version);
		return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
	}

	private long version(ExecutionResult result, GraphQLContext context) {
		Object answered = result.getExtensions() == null ? null : result.getExtensions().get(GRAPH_VERSION);
		if (answered instanceof Number number) {
			return number.longValue();
		}
		if (context.getBoolean(MUTATION, false)) {
			return this.versions.known();
		}
		Long known = context.get(KNOWN_AT_START);
		return known != null ? known : this.versions.current();
	}

	private static ExecutionResult tooOld(long version, long min) {
		ApiError error = ApiError.of(ErrorKind.UNAVAILABLE, "The answer could only be computed on graph version "
				+ version + " and the request asked for version " + min + " or later (header "
				+ MinimumVersionInterceptor.HEADER + "): the analysis snapshot of the newer version was not ready in "
				+ "time (ecograph.analysis.refresh-wait); retry in a few seconds",
				Map.of(ApiError.RETRY_AFTER, 1, GRAPH_VERSION, version));
		return ExecutionResult.newExecutionResult()
			.errors(List.of(error.graphQlError()))
			.addExtension(GRAPH_VERSION, version)
			.build();
	}

}
