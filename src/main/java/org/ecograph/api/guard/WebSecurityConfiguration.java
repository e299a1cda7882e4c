package org.ecograph.api.guard;

import jakarta.servlet.http.HttpServletRequest;
import org.ecograph.api.ApiError;
import org.ecograph.api.ApiErrors;
import org.ecograph.model.ErrorKind;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Caller;
import org.ecograph.security.Role;
import org.ecograph.security.SecurityProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web security: stateless Bearer tokens (no sessions, no cookies, so no CSRF to defend), reads of
 * {@code /graphql} and {@code /export/**} open to anonymous clients where {@link SecurityProperties#anonymousReads()}
 * allows, the metrics ({@value #METRICS}) to admin tokens only, and everything else (GraphiQL, health, the
 * explorer page) open. Whether a GraphQL operation may write is
 * decided by the operation itself ({@link Caller#require}), since queries and mutations share one URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

	static final String METRICS = "/actuator/prometheus";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenStore tokens, ApiErrors errors, JsonMapper json,
			SecurityProperties properties) throws Exception {
		AuthorizationManager<RequestAuthorizationContext> reads = (authentication, context) -> new AuthorizationDecision(
				Caller.current().isPresent() || anonymousAllowed(properties, context.getRequest()));
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, errors, json), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/graphql", "/graphql/**", "/export/**")
				.access(reads)
				.requestMatchers(METRICS)
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.permitAll())
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint((request, response, ex) -> ErrorResponses.write(json, response,
						ApiError.of(ErrorKind.UNAUTHENTICATED, refusal(request, properties))))
				.accessDeniedHandler((request, response, ex) -> ErrorResponses.write(json, response,
						ApiError.of(Caller.current().isPresent() ? ErrorKind.FORBIDDEN : ErrorKind.UNAUTHENTICATED,
								refusal(request, properties)))))
			.build();
	}

	private static String refusal(HttpServletRequest request, SecurityProperties properties) {
		if (METRICS.equals(request.getRequestURI())) {
			return "The metrics are readable with an admin token only: send the header Authorization: Bearer <token>"
					+ " of a token with the role ADMIN";
		}
		return readsNeedAToken(properties);
	}

	private static String readsNeedAToken(SecurityProperties properties) {
		return "This server needs a token for reads " + (properties.anonymousReads() == SecurityProperties.AnonymousReads.NEVER
				? "from anywhere" : "from other machines") + ": send the header Authorization: Bearer <token>"
				+ " (an admin creates one with `java -jar ecograph.jar token create --role analyst --name <who>`)";
	}

	static boolean anonymousAllowed(SecurityProperties properties, HttpServletRequest request) {
		return anonymousAllowed(properties, request.getRemoteAddr());
	}

	/** Whether a client at {@code address} (a literal address, or null when unknown) may read without a token. */
	static boolean anonymousAllowed(SecurityProperties properties, String address) {
		return switch (properties.anonymousReads()) {
			case ANYWHERE -> true;
			case NEVER -> false;
			case LOOPBACK -> isLoopback(address);
		};
	}

	private static boolean isLoopback(String address) {
		if (address == null) {
			return false;
		}
		// The servlet container gives the peer's literal address; no name is ever looked up.
		return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1")
				|| address.startsWith("::ffff:127.");
	}

}
