package org.ecograph.command;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

import org.ecograph.data.DatabaseFailure;
import org.ecograph.model.EcographException;
import org.ecograph.neo4j.EmbeddedNeo4jStartException;

/**
 * The one failure ladder of the commands: what went wrong, told in one sentence and mapped to the exit code, from the
 * most expected to the least. A usage error (2, with the usage); the command's own refusal or an expected failure of
 * a capability (1); the database unreachable (1); the embedded store in use or failing to start, or the application
 * not starting on it (1); the database timing out or a concurrent change (1); anything else, a bug (3, with its stack
 * trace).
 */
final class CommandFailures {

	private CommandFailures() {
	}

	/** Prints {@code failure} of {@code command} to {@code err}; the exit code. */
	static int report(ConnectedCommand command, Throwable failure, PrintStream err) {
		String refused = command.name().toUpperCase(Locale.ROOT) + " REFUSED: ";
		if (failure instanceof UsageException) {
			err.println(failure.getMessage());
			err.println(command.usage());
			return ConnectedCommand.USAGE;
		}
		if (failure instanceof CommandRefusedException refusal) {
			err.println(refused + refusal.getMessage());
			if (refusal.note() != null) {
				err.println(refusal.note());
			}
			return ConnectedCommand.REFUSED;
		}
		if (failure instanceof EcographException expected) {
			err.println(refused + expected.getMessage());
			return ConnectedCommand.REFUSED;
		}
		Optional<DatabaseFailure> database = DatabaseFailure.of(failure);
		if (database.orElse(null) == DatabaseFailure.UNAVAILABLE) {
			err.println(refused + "cannot reach Neo4j: " + deepest(failure, DatabaseFailure.UNAVAILABLE).getMessage());
			return ConnectedCommand.REFUSED;
		}
		Optional<Throwable> storeFailure = cause(failure, EmbeddedNeo4jStartException.class);
		if (storeFailure.isPresent()) {
			err.println(refused + "cannot open the database: " + storeFailure.get().getMessage());
			return ConnectedCommand.REFUSED;
		}
		if (failure instanceof StartFailure) {
			err.println(refused + "cannot open the database: " + root(failure).getMessage());
			return ConnectedCommand.REFUSED;
		}
		if (database.isPresent()) {
			String what = database.get() == DatabaseFailure.TIMED_OUT ? "the database did not answer in time: "
					: "a concurrent change interfered, run the command again: ";
			err.println(refused + what + deepest(failure, database.get()).getMessage());
			return ConnectedCommand.REFUSED;
		}
		err.println(command.name().toUpperCase(Locale.ROOT) + " FAILED unexpectedly: " + failure);
		failure.printStackTrace(err);
		return ConnectedCommand.FAILED;
	}

	/** The innermost cause of {@code failure} still classified as {@code kind}: the database's own exception. */
	private static Throwable deepest(Throwable failure, DatabaseFailure kind) {
		Throwable found = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (DatabaseFailure.of(cause).orElse(null) == kind) {
				found = cause;
			}
		}
		return found;
	}

	private static Optional<Throwable> cause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(cause);
			}
		}
		return Optional.empty();
	}

	private static Throwable root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root;
	}

	/** The application did not start: marks a failure of the context's start from one of the command's work. */
	static final class StartFailure extends RuntimeException {

		StartFailure(RuntimeException cause) {
			super(cause.getMessage(), cause);
		}

	}

}
