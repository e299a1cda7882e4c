package org.ecograph.model;

/** Something a request names does not exist; the message names it. Mapped to {@code NOT_FOUND}. */
public non-sealed class NotFoundException extends EcographException {

	public NotFoundException(String message) {
		super(message);
	}

	@Override
	public final ErrorKind kind() {
		return ErrorKind.NOT_FOUND;
	}

}
