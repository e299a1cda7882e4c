package org.ecograph.api;

/** An argument is malformed or out of range; the message names the argument, the value and what is allowed. */
public final class BadRequestException extends ApiException {

	public BadRequestException(String message) {
		super(message);
	}

}
