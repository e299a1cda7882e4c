package org.ecograph.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.ecograph.model.EcographException;
import org.ecograph.model.ErrorKind;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * One failure as a client is told it, in each of the shapes the API answers in: a GraphQL field error
 * ({@link #graphQlError}), the GraphQL-shaped body of a request refused before GraphQL runs ({@link #graphQlBody}),
 * and the {@code {"error": ...}} body of the plain HTTP endpoints ({@link #httpBody}), each with the same
 * classification, message and HTTP headers. {@link ApiErrors} decides which failure is which.
 *
 * @param classification the GraphQL error classification ({@code extensions.classification})
 * @param status the HTTP status on the plain endpoints and for requests refused before GraphQL runs
 * @param message for the client: what was wrong and what is allowed; never a stack trace, Cypher or a class name
 * @param details further extensions for the client (e.g. the unknown {@code ids}, {@value #RETRY_AFTER})
 */
public record ApiError(ErrorClassification classification, HttpStatus status, String message,
		Map<String, Object> details) {

	/** The extension that tells a client how many seconds to wait before it retries. */
	public static final String RETRY_AFTER = "retryAfterSeconds";

	/** Anything not expected: the client learns only that it happened (and, in GraphQL, the execution id). */
	public static final ApiError INTERNAL = new ApiError(ErrorType.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR,
			"Internal error", Map.of());

	public ApiError {
		details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
	}

	/** A failure of {@code kind}, with the HTTP status of the kind. */
	public static ApiError of(ErrorKind kind, String message, Map<String, Object> details) {
		return new ApiError(ApiErrors.classification(kind), HttpStatus.valueOf(kind.httpStatus()), message, details);
	}

	public static ApiError of(ErrorKind kind, String message) {
		return of(kind, message, Map.of());
	}

	/** An expected failure of any layer, with its message and details. */
	public static ApiError of(EcographException failure) {
		return of(failure.kind(), failure.getMessage(), failure.details());
	}

	/** The same failure answered with another HTTP status (a body too large is a BAD_REQUEST answered 413). */
	public ApiError withStatus(HttpStatus status) {
		return new ApiError(this.classification, status, this.message, this.details);
	}

	/** Whether this is an unexpected failure, answered without any detail. */
	public boolean internal() {
		return this.classification == ErrorType.INTERNAL_ERROR;
	}

	public Optional<Integer> retryAfterSeconds() {
		return Optional.ofNullable((Integer) this.details.get(RETRY_AFTER));
	}

	/** The headers that go with this failure over HTTP: {@code Retry-After}, {@code WWW-Authenticate}. */
	public HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		retryAfterSeconds().ifPresent(seconds -> headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
		if (this.classification == ApiErrors.Classification.UNAUTHENTICATED) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ecograph\"");
		}
		return headers;
	}

	/** The error of a GraphQL field; an internal error names the execution to find in the log. */
	public GraphQLError graphQlError(DataFetchingEnvironment env) {
		Map<String, Object> extensions = internal()
				? Map.of("executionId", String.valueOf(env.getExecutionId())) : this.details;
		return GraphqlErrorBuilder.newError(env)
			.errorType(this.classification)
			.message(this.message)
			.extensions(extensions)
			.build();
	}

	/** The error of a whole operation refused before any field ran (too deep, too complex, busy). */
	public GraphQLError graphQlError() {
		return GraphqlErrorBuilder.newError()
			.errorType(this.classification)
			.message(this.message)
			.extensions(this.details)
			.build();
	}

	/**
	 * The body of a request to the GraphQL endpoint refused before GraphQL runs, shaped like any GraphQL response with
	 * errors so that clients read it in one way: {@code {"errors": [{"message": ..., "extensions": {...,
	 * "classification": ...}}]}}.
	 */
	public Map<String, Object> graphQlBody() {
		Map<String, Object> extensions = new LinkedHashMap<>(this.details);
		extensions.put("classification", this.classification.toString());
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", this.message);
		error.put("extensions", extensions);
		return Map.of("errors", List.of(error));
	}

	/** The body of a plain HTTP endpoint (the exports): {@code {"error": "..."}}. */
	public Map<String, String> httpBody() {
		return Map.of("error", this.message);
	}

}
