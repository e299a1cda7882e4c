package org.ecograph.analysis.projection;

import org.ecograph.model.UnavailableException;

/**
 * The analysis cannot answer now: no snapshot exists yet (the first build after start is still running), or the
 * graph changed under a question. Retrying shortly succeeds.
 */
public final class ProjectionNotReadyException extends UnavailableException {

	/** Seconds after which asking again is likely to succeed. */
	static final int RETRY_AFTER_SECONDS = 5;

	public ProjectionNotReadyException(String message) {
		super(message, RETRY_AFTER_SECONDS);
	}

	ProjectionNotReadyException(long claimsRead) {
		super("The analysis graph is still being built after start (" + claimsRead
				+ " claims read so far); catalog queries work meanwhile. Retry in a few seconds.", RETRY_AFTER_SECONDS);
	}

}
