package org.ecograph.model;

/** The caller's role does not allow the operation; the message names the role needed. Mapped to {@code FORBIDDEN}. */
public non-sealed class ForbiddenException extends EcographException {

	public ForbiddenException(String message) {
		super(message);
	}

	@Override
	public final ErrorKind kind() {
		return ErrorKind.FORBIDDEN;
	}

}
