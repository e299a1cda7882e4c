package org.ecograph.analysis;

/**
 * The analysis cannot answer now: no snapshot exists yet (the first build after start is still running), or the
 * graph changed under a question. Retrying shortly succeeds.
 */
public final class ProjectionNotReadyException extends RuntimeException {

	ProjectionNotReadyException(String message) {
		super(message);
	}

	ProjectionNotReadyException(long claimsRead) {
		super("The analysis graph is still being built after start (" + claimsRead
				+ " claims read so far); catalog queries work meanwhile. Retry in a few seconds.");
	}

}
