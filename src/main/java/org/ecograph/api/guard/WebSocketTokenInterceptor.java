package org.ecograph.api.guard;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecograph.api.ApiError;
import org.ecograph.api.ApiErrors;
import org.ecograph.security.ApiToken;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Authenticates a GraphQL WebSocket connection ({@code /graphql-ws}, graphql-transport-ws) by the token in its
 * {@code connection_init} payload, for clients that cannot set a header on a WebSocket (browsers):
 * {@code {"Authorization": "Bearer <token>"}}, also under the key {@code authorization}, or {@code {"token": "<token>"}}.
 * The token is checked as {@link BearerTokenFilter} checks the header (through {@link ApiTokenStore}, with its cache),
 * and its holder is the {@link org.ecograph.security.Caller} of every operation the connection then runs, so a
 * subscription to {@code watchEvents} gets the events of that token's watches only. A token in the payload takes the
 * place of one sent in the upgrade request's header.
 * <p>
 * A connection is refused by closing it, with a code of the protocol and a reason saying what was wrong: an unknown
 * or revoked token {@value #FORBIDDEN}, a payload whose token is not a string or not {@code Bearer <token>}
 * {@value #BAD_PAYLOAD}, no token at all where this server needs one for reads ({@code ecograph.security.anonymous-reads})
 * {@value #UNAUTHORIZED}, a token that could not be checked (the database unreachable) {@value #TRY_AGAIN}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebSocketTokenInterceptor implements WebSocketGraphQlInterceptor {

	/** The session attribute holding the connection's security context once its token was accepted. */
	static final String SECURITY_CONTEXT = WebSocketTokenInterceptor.class.getName() + ".securityContext";

	/** graphql-transport-ws: the server rejects the connection (the token is unknown or revoked). */
	static final int FORBIDDEN = 4403;

	/** graphql-transport-ws: the client is not authenticated and must be. */
	static final int UNAUTHORIZED = 4401;

	/** graphql-transport-ws: the message (here the connection_init payload) is not acceptable. */
	static final int BAD_PAYLOAD = 4400;

	/** RFC 6455: the server cannot serve now; try again later. */
	static final int TRY_AGAIN = 1013;

	/** A close frame's reason holds at most 123 bytes of UTF-8. */
	private static final int MAX_REASON_BYTES = 123;

	private final ApiTokenStore tokens;

	private final ApiErrors errors;

	private final SecurityProperties properties;

	WebSocketTokenInterceptor(ApiTokenStore tokens, ApiErrors errors, SecurityProperties properties) {
		this.tokens = tokens;
		this.errors = errors;
		this.properties = properties;
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
		Optional<String> secret;
		try {
			secret = secret(payload);
		}
		catch (IllegalArgumentException ex) {
			return refuse(session, BAD_PAYLOAD, ex.getMessage());
		}
		if (secret.isEmpty()) {
			return session.getPrincipal()
				.hasElement()
				.flatMap(authenticated -> authenticated || anonymousAllowed(session) ? Mono.empty()
						: refuse(session, UNAUTHORIZED, "This server needs a token for reads from here: send"
								+ " {\"Authorization\": \"Bearer <token>\"} in connection_init"));
		}
		return Mono.defer(() -> authenticate(session, secret.get()));
	}

	private Mono<Object> authenticate(WebSocketSessionInfo session, String secret) {
		Optional<ApiToken> token;
		try {
			token = this.tokens.authenticate(secret);
		}
		catch (RuntimeException ex) {
			ApiError error = this.errors.of(ex, "checking the token of a WebSocket connection");
			return refuse(session, TRY_AGAIN, error.message());
		}
		if (token.isEmpty()) {
			return refuse(session, FORBIDDEN, "The token in connection_init is unknown or revoked: ask an admin for a"
					+ " valid one");
		}
		session.getAttributes().put(SECURITY_CONTEXT, new SecurityContextImpl(TokenAuthentication.of(token.get())));
		return Mono.empty();
	}

	/**
	 * Runs each operation of an authenticated connection as its token's holder: in the Reactor context (restored
	 * around every data fetcher, subscriptions included) and on the thread for the interceptors after this one.
	 */
	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest socket)
				|| !(socket.getSessionInfo().getAttributes().get(SECURITY_CONTEXT) instanceof SecurityContext context)) {
			return chain.next(request);
		}
		return Mono.defer(() -> {
			SecurityContext before = SecurityContextHolder.getContext();
			SecurityContextHolder.setContext(context);
			try {
				return chain.next(request);
			}
			finally {
				SecurityContextHolder.setContext(before);
			}
		}).contextWrite(Context.of(SecurityContext.class.getName(), context));
	}

	/**
	 * The token the payload names, if any.
	 * @throws IllegalArgumentException when a key names something that is not {@code Bearer <token>} (or, under
	 * {@code token}, a bare token)
	 */
	static Optional<String> secret(Map<String, Object> payload) {
		if (payload == null) {
			return Optional.empty();
		}
		for (String key : List.of("Authorization", "authorization")) {
			if (payload.containsKey(key)) {
				Optional<String> token = BearerCredential.token(text(payload.get(key), key));
				if (token.isEmpty()) {
					throw new IllegalArgumentException("connection_init." + key + " must be 'Bearer <token>' with an"
							+ " Ecograph API token");
				}
				return token;
			}
		}
		if (payload.containsKey("token")) {
			String value = text(payload.get("token"), "token");
			return BearerCredential.token(value).or(() -> Optional.of(value.trim()));
		}
		return Optional.empty();
	}

	private static String text(Object value, String key) {
		if (value instanceof String text) {
			return text;
		}
		throw new IllegalArgumentException("connection_init." + key + " must be a string: 'Bearer <token>'");
	}

	private boolean anonymousAllowed(WebSocketSessionInfo session) {
		InetSocketAddress address = session.getRemoteAddress();
		return WebSecurityConfiguration.anonymousAllowed(this.properties,
				address == null || address.getAddress() == null ? null : address.getAddress().getHostAddress());
	}

	/**
	 * Closes the connection with {@code code} and {@code reason} (the session is at hand where
	 * {@link WebSocketConfiguration}'s handler serves it), and fails the initialization, so no ack is sent; where the
	 * session is not at hand the handler closes it with its own 4401.
	 */
	private static Mono<Object> refuse(WebSocketSessionInfo session, int code, String reason) {
		if (session.getAttributes().get(WebSocketConfiguration.SESSION) instanceof WebSocketSession socket) {
			try {
				socket.close(new CloseStatus(code, fit(reason)));
			}
			catch (java.io.IOException | RuntimeException ex) {
				// the peer is gone already: nothing to tell it
			}
		}
		return Mono.error(new IllegalStateException(reason));
	}

	/** The reason cut to what a close frame holds, never inside a character. */
	static String fit(String reason) {
		byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= MAX_REASON_BYTES) {
			return reason;
		}
		StringBuilder fitted = new StringBuilder();
		int used = 0;
		for (int i = 0; i < reason.length();) {
			int codePoint = reason.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (used + size > MAX_REASON_BYTES) {
				break;
			}
			fitted.appendCodePoint(codePoint);
			used += size;
			i += Character.charCount(codePoint);
		}
		return fitted.toString();
	}

}
