package org.ecograph.model;

/**
 * What kind of failure an {@link EcographException} is, as clients see it. The API maps each kind once to a GraphQL
 * error classification and an HTTP status.
 */
public enum ErrorKind {

	/** The request is malformed or out of range; the message says what is allowed. */
	BAD_REQUEST(400),

	/** Something the request names does not exist; the message names it. */
	NOT_FOUND(404),

	/** The caller is known but its role does not allow the operation. */
	FORBIDDEN(403),

	/** The operation needs a credential and the request carried none, or an invalid one. */
	UNAUTHENTICATED(401),

	/**
	 * The server cannot serve the request now (database down, too busy); retrying later may succeed. The one 5xx a
	 * client may see, and never because of what it sent.
	 */
	UNAVAILABLE(503);

	private final int httpStatus;

	ErrorKind(int httpStatus) {
		this.httpStatus = httpStatus;
	}

	/** The HTTP status of this kind on plain HTTP endpoints and for requests refused before GraphQL runs. */
	public int httpStatus() {
		return this.httpStatus;
	}

}
