package org.ecograph.api.graphql.runtime;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import org.ecograph.analysis.projection.ProjectionProperties;
import org.ecograph.api.ApiError;
import org.ecograph.data.GraphVersions;
import org.ecograph.model.ErrorKind;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Read-your-writes across instances: a request with the header {@value #HEADER}{@code : n} (the
 * {@code extensions.graphVersion} of an earlier response, e.g. of a mutation on another instance) is answered from
 * graph version {@code n} or later. When this instance does not know version {@code n} yet, it reads the database's
 * version every few milliseconds for up to {@code ecograph.analysis.refresh-wait}; if the database has not reached
 * it by then, the request is refused, {@code UNAVAILABLE}, saying which version this instance has and which was asked.
 * A value that is not a version is a {@code BAD_REQUEST}. Without the header nothing is read or waited for
 * ({@link GraphVersionInstrumentation} only stamps the response).
 */
@Component
class MinimumVersionInterceptor implements WebGraphQlInterceptor {

	/** The request header naming the oldest graph version the client accepts. */
	static final String HEADER = "Ecograph-Min-Version";

	/** More digits than any version has: such a value is refused without being parsed or echoed whole. */
	private static final int MAX_DIGITS = 19;

	private final GraphVersions versions;

	private final ProjectionProperties projection;

	MinimumVersionInterceptor(GraphVersions versions, ProjectionProperties projection) {
		this.versions = versions;
		this.projection = projection;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		List<String> values = request.getHeaders().get(HEADER);
		if (values == null || values.isEmpty()) {
			return chain.next(request);
		}
		long min;
		try {
			min = parse(values);
		}
		catch (IllegalArgumentException ex) {
			return Mono.just(refused(request, ApiError.of(ErrorKind.BAD_REQUEST, ex.getMessage())));
		}
		return Mono.defer(() -> {
			long known = this.versions.awaitAtLeast(min, this.projection.refreshWait());
			if (known < min) {
				return Mono.just(refused(request, ApiError.of(ErrorKind.UNAVAILABLE, "This instance has graph version "
						+ known + " and the request asked for version " + min + " or later (header " + HEADER
						+ "); the database did not reach it within " + this.projection.refreshWait().toMillis()
						+ " ms (ecograph.analysis.refresh-wait): retry, and check the version came from this database",
						Map.of(ApiError.RETRY_AFTER, 1, GraphVersionInstrumentation.GRAPH_VERSION, known))));
			}
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(Map.of(GraphVersionInstrumentation.MIN_VERSION, min,
						GraphVersionInstrumentation.KNOWN_AT_START, known))
				.build());
			return chain.next(request);
		});
	}

	/** The version a header value names; the message of the exception says what is allowed. */
	static long parse(List<String> values) {
		if (values.size() > 1) {
			throw new IllegalArgumentException("The header " + HEADER + " was sent " + values.size()
					+ " times: send it once, with one graph version");
		}
		String value = values.get(0).strip();
		String shown = value.length() > 24 ? value.substring(0, 24) + "..." : value;
		if (value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("The header " + HEADER + " must be a graph version, a whole number from"
					+ " 0 to " + Long.MAX_VALUE + " (the extensions.graphVersion of an earlier response); got '"
					+ shown + "'");
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("The header " + HEADER + " must be a graph version, a whole number"
					+ " from 0 to " + Long.MAX_VALUE + "; got '" + shown + "'");
		}
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, ApiError error) {
		ExecutionResult result = ExecutionResult.newExecutionResult().errors(List.of(error.graphQlError())).build();
		WebGraphQlResponse response = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		response.getResponseHeaders().addAll(error.headers());
		return response;
	}

}
