package org.ecograph.api.guard;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecograph.api.ApiError;
import org.ecograph.api.ApiErrors;
import org.ecograph.model.ErrorKind;
import org.ecograph.security.ApiToken;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Caller;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates {@code Authorization: Bearer <token>}: a valid token makes its holder the request's {@link Caller}
 * with the token's role; an unknown, revoked or malformed one is refused at once with 401 (never silently treated as
 * anonymous). Requests without the header pass on as anonymous. A token that cannot be checked (the database is
 * unreachable) is answered as {@link ApiErrors} classifies the failure, in the body every refusal before GraphQL has.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokenStore tokens;

	private final ApiErrors errors;

	private final JsonMapper json;

	BearerTokenFilter(ApiTokenStore tokens, ApiErrors errors, JsonMapper json) {
		this.tokens = tokens;
		this.errors = errors;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<String> secret = BearerCredential.token(header);
		if (secret.isEmpty()) {
			refuse(response, ApiError.of(ErrorKind.UNAUTHENTICATED, "The Authorization header must be"
					+ " 'Bearer <token>' with an Ecograph API token"));
			return;
		}
		Optional<ApiToken> token;
		try {
			token = this.tokens.authenticate(secret.get());
		}
		catch (RuntimeException ex) {
			// classified as everywhere else: an unreachable database is UNAVAILABLE (retry), never a 500 page
			refuse(response, this.errors.of(ex, "checking a bearer token"));
			return;
		}
		if (token.isEmpty()) {
			refuse(response, ApiError.of(ErrorKind.UNAUTHENTICATED,
					"The bearer token is unknown or revoked: ask an admin for a valid one"));
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(TokenAuthentication.of(token.get()));
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, ApiError error) throws IOException {
		ErrorResponses.write(this.json, response, error);
	}

}
