package org.ecograph.api;

import org.ecograph.model.InvalidArgumentException;

/** An argument is malformed or out of range; the message names the argument, the value and what is allowed. */
public final class BadRequestException extends InvalidArgumentException {

	public BadRequestException(String message) {
		super(message);
	}

}
