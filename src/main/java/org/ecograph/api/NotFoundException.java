package org.ecograph.api;

/** Something the request names does not exist; the message names it. */
public final class NotFoundException extends ApiException {

	public NotFoundException(String message) {
		super(message);
	}

}
