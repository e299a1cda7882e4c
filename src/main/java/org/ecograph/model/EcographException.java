package org.ecograph.model;

import java.util.Map;

/**
 * The root of every failure a client may cause or must be told about, whichever capability throws it. The branches
 * are the {@link ErrorKind}s; capabilities extend a branch with their own precise exceptions (a bad cursor is an
 * {@link InvalidArgumentException}, unknown ids a {@link NotFoundException}). The message is written for the client:
 * what was wrong and what is allowed; it never holds a secret, a stack trace or Cypher.
 */
public abstract sealed class EcographException extends RuntimeException permits InvalidArgumentException,
		NotFoundException, ForbiddenException, UnauthenticatedException, UnavailableException {

	protected EcographException(String message) {
		super(message);
	}

	protected EcographException(String message, Throwable cause) {
		super(message, cause);
	}

	/** The kind of failure, mapped once to a GraphQL classification and an HTTP status by the API. */
	public abstract ErrorKind kind();

	/** Structured details for the client (e.g. the unknown {@code ids}); empty by default. */
	public Map<String, Object> details() {
		return Map.of();
	}

}
