package org.ecograph.api;

import java.util.Map;
import java.util.Optional;

import graphql.ErrorClassification;
import org.ecograph.data.DatabaseFailure;
import org.ecograph.data.QueryTimeout;
import org.ecograph.model.EcographException;
import org.ecograph.model.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one classification of every failure the API answers, for the GraphQL exception handler, the export endpoint,
 * the request filters and guards alike: an {@link EcographException} (anywhere in the causes, so one thrown while
 * binding an argument record counts too) by its {@link ErrorKind}; a database transaction that outlived the query
 * timeout as a {@code BAD_REQUEST} saying so (the request asked for too much, like an operation over the complexity
 * budget), or, for a mutation's write, as {@code UNAVAILABLE} saying nothing was written; a conflict with a
 * concurrent write and an unreachable database as {@code UNAVAILABLE} with a retry delay; anything else as an
 * internal error, logged with its stack trace and answered without any detail. Database failures
 * are recognised by {@link DatabaseFailure}, the only place that knows the driver's exceptions.
 * <p>
 * Spring's {@link ErrorType} names BAD_REQUEST, NOT_FOUND, FORBIDDEN and INTERNAL_ERROR; UNAUTHENTICATED and
 * UNAVAILABLE are ours ({@link Classification}).
 */
@Component
public class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	/** The message of a request that found the database unreachable. */
	public static final String DATABASE_UNAVAILABLE = "The database is unavailable: the request was not run; retry in a"
			+ " few seconds (the server reconnects by itself when the database is back)";

	/** The message of a request that ran into a concurrent write. */
	public static final String CONCURRENT_CHANGE = "The graph changed while this request read it (a write committed on"
			+ " the same elements meanwhile); the request changed nothing: retry it";

	/** Seconds a client is asked to wait after an UNAVAILABLE error. */
	public static final int RETRY_AFTER_SECONDS = 2;

	private final QueryTimeout queryTimeout;

	public ApiErrors(QueryTimeout queryTimeout) {
		this.queryTimeout = queryTimeout;
	}

	/** The error classifications Spring's {@link ErrorType} lacks. */
	public enum Classification implements ErrorClassification {

		/** No credential, or an unknown or revoked one, for an operation that needs one. */
		UNAUTHENTICATED,

		/** The server cannot serve the request now; retry later. */
		UNAVAILABLE

	}

	/** The GraphQL classification of each {@link ErrorKind}. */
	public static ErrorClassification classification(ErrorKind kind) {
		return switch (kind) {
			case BAD_REQUEST -> ErrorType.BAD_REQUEST;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			case UNAUTHENTICATED -> Classification.UNAUTHENTICATED;
			case UNAVAILABLE -> Classification.UNAVAILABLE;
		};
	}

	/**
	 * What the client is told of {@code failure}, logged as its kind deserves: an internal error with its stack trace,
	 * an unreachable database as a warning, a timeout or a concurrent change as information, an expected failure not
	 * at all.
	 * @param where where it happened, for the log (e.g. the field's path and execution id)
	 */
	public ApiError of(Throwable failure, String where) {
		return of(failure, where, false);
	}

	/**
	 * The same, for a failure of a mutation's own field ({@code change}): its write transaction, so a timeout rolled
	 * it back. A change that ran out of time asked for nothing too large (it touches a few elements) but met a busy
	 * or cold server, so it is {@code UNAVAILABLE} with a retry delay, saying that nothing was written, not "ask for
	 * less".
	 */
	public ApiError of(Throwable failure, String where, boolean change) {
		Optional<EcographException> expected = expected(failure);
		if (expected.isPresent()) {
			return ApiError.of(expected.get());
		}
		Optional<DatabaseFailure> database = DatabaseFailure.of(failure);
		if (database.isEmpty()) {
			log.error("Internal error {}", where, failure);
			return ApiError.INTERNAL;
		}
		return switch (database.get()) {
			case TIMED_OUT -> {
				log.info("{} timed out {}", change ? "A change" : "A query", where);
				yield change ? unavailable("The change took longer than the query timeout of "
						+ this.queryTimeout.seconds() + " s and was not written (its transaction was rolled back:"
						+ " nothing changed); retry it. A first change after a start, or one on a busy server, can"
						+ " take that long", RETRY_AFTER_SECONDS)
						: ApiError.of(ErrorKind.BAD_REQUEST, "The request took longer than the query timeout of "
						+ this.queryTimeout.seconds() + " s: ask for less (fewer hops, a smaller first, k or limit)");
			}
			case CONCURRENT_CHANGE -> {
				log.info("Concurrent change {}: {}", where, failure.getClass().getSimpleName());
				yield unavailable(CONCURRENT_CHANGE, 0);
			}
			case UNAVAILABLE -> {
				log.warn("Database unavailable {}: {}", where, failure.getClass().getSimpleName());
				yield unavailable(DATABASE_UNAVAILABLE, RETRY_AFTER_SECONDS);
			}
		};
	}

	private static ApiError unavailable(String message, int retryAfterSeconds) {
		return ApiError.of(ErrorKind.UNAVAILABLE, message, Map.of(ApiError.RETRY_AFTER, retryAfterSeconds));
	}

	private static Optional<EcographException> expected(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EcographException expected) {
				return Optional.of(expected);
			}
		}
		return Optional.empty();
	}

}
