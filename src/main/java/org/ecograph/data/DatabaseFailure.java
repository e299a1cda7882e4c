package org.ecograph.data;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * The failures of the database a client must be told about in their own words, classified once here (the only place
 * that knows the driver's and the embedded kernel's exceptions) for every caller: the GraphQL and HTTP error mapping,
 * the security filter and the commands. Any other failure is a bug, reported as an internal error.
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

	/** The Neo4j status code of a database that is stopped or stopping (a transient error, but not a conflict). */
	private static final String DATABASE_UNAVAILABLE_CODE = "Neo.TransientError.General.DatabaseUnavailable";

	/** The prefix of Neo4j's transient errors: a retry can succeed. */
	private static final String TRANSIENT = "Neo.TransientError.";

	/**
	 * Transient errors that retrying does not cure: a transaction terminated on purpose (a timeout, a shutdown, an
	 * administrator). The driver reports these two as client errors; the embedded kernel's codes are read the same.
	 */
	private static final Set<String> TERMINATED_CODES = Set.of("Neo.TransientError.Transaction.Terminated",
			"Neo.TransientError.Transaction.LockClientStopped");

	/** What kind of database failure {@code failure} is, looking through its causes; empty for anything else. */
	public static Optional<DatabaseFailure> of(Throwable failure) {
		if (anyCause(failure, cause -> code(cause).startsWith(TIMED_OUT_CODE))) {
			return Optional.of(TIMED_OUT);
		}
		if (anyCause(failure, cause -> kernelCode(cause).equals(DATABASE_UNAVAILABLE_CODE))) {
			return Optional.of(UNAVAILABLE);
		}
		if (anyCause(failure, cause -> cause instanceof TransientException || (kernelCode(cause).startsWith(TRANSIENT)
				&& !TERMINATED_CODES.contains(kernelCode(cause))))) {
			return Optional.of(CONCURRENT_CHANGE);
		}
		if (anyCause(failure, cause -> cause instanceof ServiceUnavailableException
				|| cause instanceof SessionExpiredException)) {
			return Optional.of(UNAVAILABLE);
		}
		return Optional.empty();
	}

	/** The Neo4j status code a failure carries, over Bolt or from the embedded kernel; empty if none. */
	private static String code(Throwable failure) {
		if (failure instanceof Neo4jException neo4j && neo4j.code() != null) {
			return neo4j.code();
		}
		return kernelCode(failure);
	}

	/** The status code of an embedded kernel's failure; empty for anything else. */
	private static String kernelCode(Throwable failure) {
		if (failure instanceof QueryExecutionException query && query.getStatusCode() != null) {
			return query.getStatusCode();
		}
		if (failure instanceof Status.HasStatus kernel && kernel.status() != null) {
			return kernel.status().code().serialize();
		}
		return "";
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
