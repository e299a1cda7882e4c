package org.ecograph.ingest;

/**
 * A load that was refused. The message is written for the steward: what was wrong, where, and what is allowed.
 * Whatever the subtype, the script that failed left no trace in the database.
 */
public abstract sealed class LoadException extends RuntimeException
		permits ScriptDiscoveryException, ChecksumMismatchException, ScriptFailedException {

	LoadException(String message) {
		super(message);
	}

}
