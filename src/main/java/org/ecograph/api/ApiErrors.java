package org.ecograph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import org.ecograph.model.ErrorKind;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;

/**
 * The one mapping of every {@link ErrorKind} to what a client sees: the GraphQL error classification
 * ({@code extensions.classification}) and the HTTP status of the plain endpoints and of requests refused before
 * GraphQL runs. Spring's {@link ErrorType} names BAD_REQUEST, NOT_FOUND and FORBIDDEN; UNAUTHENTICATED and
 * UNAVAILABLE are ours ({@link Classification}).
 */
public final class ApiErrors {

	/** The Neo4j status codes of a transaction that ran out of time (server- or client-configured timeout). */
	private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

	/** The message of a request that found the database unreachable. */
	public static final String DATABASE_UNAVAILABLE = "The database is unavailable: the request was not run; retry in a few"
			+ " seconds (the server reconnects by itself when the database is back)";

	/** Seconds a client is asked to wait after an UNAVAILABLE error. */
	public static final int RETRY_AFTER_SECONDS = 2;

	private ApiErrors() {
	}

	/** The error classifications Spring's {@link ErrorType} lacks. */
	public enum Classification implements ErrorClassification {

		/** No credential, or an unknown or revoked one, for an operation that needs one. */
		UNAUTHENTICATED,

		/** The server cannot serve the request now; retry later. */
		UNAVAILABLE

	}

	public static ErrorClassification classification(ErrorKind kind) {
		return switch (kind) {
			case BAD_REQUEST -> ErrorType.BAD_REQUEST;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			case UNAUTHENTICATED -> Classification.UNAUTHENTICATED;
			case UNAVAILABLE -> Classification.UNAVAILABLE;
		};
	}

	public static HttpStatus status(ErrorKind kind) {
		return HttpStatus.valueOf(kind.httpStatus());
	}

	/**
	 * A GraphQL-over-HTTP error body for requests refused before GraphQL runs (too large, not JSON, wrong content
	 * type), shaped like any GraphQL error so clients read it in one way.
	 */
	public static Map<String, Object> graphQlBody(ErrorKind kind, String message, Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>(details);
		extensions.put("classification", classification(kind).toString());
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", extensions);
		return Map.of("errors", List.of(error));
	}

	/** Whether the failure is a database transaction that outlived its timeout. */
	public static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().startsWith(TIMED_OUT)) {
				return true;
			}
		}
		return false;
	}

	public static final String CONCURRENT_CHANGE = "The graph changed while this request read it (a write committed on the "
			+ "same elements meanwhile); the request changed nothing: retry it";

	/**
	 * Whether the failure is a transient conflict with a concurrent write (Neo4j's TransientError family, e.g.
	 * {@code Transaction.Outdated}): retrying succeeds.
	 */
	public static boolean concurrentChange(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.neo4j.driver.exceptions.TransientException) {
				return true;
			}
		}
		return false;
	}

	/** Whether the failure is the database being unreachable (stopped, restarting, network down). */
	public static boolean databaseUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
				return true;
			}
		}
		return false;
	}

}
