package org.ecograph.analysis.projection;

import org.ecograph.model.UnavailableException;

/**
 * The analysis cannot answer now: no snapshot exists yet (the first build after start is still running), or the
 * graph changed under a question. Retrying shortly succeeds.
 */
public final class ProjectionNotReadyException extends UnavailableException {

	/** Seconds after which asking again is likely to succeed. */
	static final int RETRY_AFTER_SECONDS = 5;

	private ProjectionNotReadyException(String message) {
		super(message, RETRY_AFTER_SECONDS);
	}

	ProjectionNotReadyException(long claimsRead) {
		this("The analysis graph is still being built after start (" + claimsRead
				+ " claims read so far); catalog queries work meanwhile. Retry in a few seconds.");
	}

	/** A claim an answer names was gone when its details were read: the graph changed under the question. */
	public static ProjectionNotReadyException claimGone(String claimId) {
		return new ProjectionNotReadyException(
				"The graph changed while this question was answered (claim " + claimId + " is gone); ask again.");
	}

}
