package org.ecograph.model;

import java.util.Map;

/**
 * The server cannot serve the request now: the database is unreachable, or too many expensive requests are running.
 * Retrying after {@link #retryAfterSeconds()} may succeed. Mapped to {@code UNAVAILABLE}.
 */
public non-sealed class UnavailableException extends EcographException {

	private final int retryAfterSeconds;

	public UnavailableException(String message, int retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** How long a client should wait before retrying. */
	public int retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	@Override
	public final ErrorKind kind() {
		return ErrorKind.UNAVAILABLE;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("retryAfterSeconds", this.retryAfterSeconds);
	}

}
