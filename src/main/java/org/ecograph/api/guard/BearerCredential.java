package org.ecograph.api.guard;

import java.util.Optional;

/**
 * The one reading of a bearer credential, {@code Bearer <token>} (the scheme's case ignored, the token trimmed), for
 * the HTTP header ({@link BearerTokenFilter}) and a WebSocket's {@code connection_init} payload
 * ({@link WebSocketTokenInterceptor}) alike.
 */
final class BearerCredential {

	/** The scheme and the space after it. */
	private static final String SCHEME = "Bearer ";

	private BearerCredential() {
	}

	/** The token of {@code value} when it is {@code Bearer <token>}; empty for any other value. */
	static Optional<String> token(String value) {
		return value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				? Optional.of(value.substring(SCHEME.length()).trim()) : Optional.empty();
	}

}
