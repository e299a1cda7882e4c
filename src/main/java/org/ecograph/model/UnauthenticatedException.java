package org.ecograph.model;

/**
 * The operation needs a credential and the request carried none or an invalid one; the message says how to send one.
 * Mapped to {@code UNAUTHENTICATED}.
 */
public non-sealed class UnauthenticatedException extends EcographException {

	public UnauthenticatedException(String message) {
		super(message);
	}

	@Override
	public final ErrorKind kind() {
		return ErrorKind.UNAUTHENTICATED;
	}

}
