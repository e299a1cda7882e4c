package org.ecograph.data;

import java.util.Optional;
import java.util.function.Predicate;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The failures of the database a client must be told about in their own words, classified once here (the only place
 * that knows the driver's exceptions) for every caller: the GraphQL and HTTP error mapping, the security filter and
 * the commands. Any other failure is a bug, reported as an internal error.
 */
public enum DatabaseFailure {

	/** A transaction outlived its timeout (the configured query timeout, or the server's). */
	TIMED_OUT,

	/** A transient conflict with a concurrent write (Neo4j's TransientError family): retrying succeeds. */
	CONCURRENT_CHANGE,

	/** The database is unreachable (stopped, restarting, network down). */
	UNAVAILABLE;

	/** The Neo4j status code of a transaction that ran out of time. */
	private static final String TIMED_OUT_CODE = "Neo.ClientError.Transaction.TransactionTimedOut";

	/** What kind of database failure {@code failure} is, looking through its causes; empty for anything else. */
	public static Optional<DatabaseFailure> of(Throwable failure) {
		if (anyCause(failure, cause -> cause instanceof Neo4jException neo4j && neo4j.code() != null
				&& neo4j.code().startsWith(TIMED_OUT_CODE))) {
			return Optional.of(TIMED_OUT);
		}
		if (anyCause(failure, TransientException.class::isInstance)) {
			return Optional.of(CONCURRENT_CHANGE);
		}
		if (anyCause(failure, cause -> cause instanceof ServiceUnavailableException
				|| cause instanceof SessionExpiredException)) {
			return Optional.of(UNAVAILABLE);
		}
		return Optional.empty();
	}

	private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (test.test(cause)) {
				return true;
			}
		}
		return false;
	}

}
