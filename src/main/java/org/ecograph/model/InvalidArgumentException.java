package org.ecograph.model;

/**
 * An argument of a request is malformed or out of range. Any service may throw it; the API maps it to a
 * {@code BAD_REQUEST} error carrying the message, which must name the argument, the value and what is allowed.
 */
public non-sealed class InvalidArgumentException extends EcographException {

	public InvalidArgumentException(String message) {
		super(message);
	}

	@Override
	public final ErrorKind kind() {
		return ErrorKind.BAD_REQUEST;
	}

}
