package org.ecograph.api.guard;

import java.util.List;

import org.ecograph.security.ApiToken;
import org.ecograph.security.Caller;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The one shape of an authenticated token, for the HTTP filter and the WebSocket connection alike. */
final class TokenAuthentication {

	private TokenAuthentication() {
	}

	/** The holder of {@code token} as Spring Security's authentication: its principal is the {@link Caller}. */
	static Authentication of(ApiToken token) {
		Caller caller = new Caller(token.name(), token.id(), token.role());
		return UsernamePasswordAuthenticationToken.authenticated(caller, null,
				List.of(new SimpleGrantedAuthority(token.role().authority())));
	}

}
