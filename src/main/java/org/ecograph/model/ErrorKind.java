package org.ecograph.model;

/**
 * What kind of failure an {@link EcographException} is, as clients see it. The API maps each kind once to a GraphQL
 * error classification and an HTTP status.
 */
public enum ErrorKind {

	/** The request is malformed or out of range; the message says what is allowed. */
	BAD_REQUEST,

	/** Something the request names does not exist; the message names it. */
	NOT_FOUND,

	/** The caller is known but its role does not allow the operation. */
	FORBIDDEN,

	/** The operation needs a credential and the request carried none, or an invalid one. */
	UNAUTHENTICATED,

	/** The server cannot serve the request now (database down, too busy); retrying later may succeed. */
	UNAVAILABLE

}
