package org.ecograph.security;

import java.util.Optional;

import org.ecograph.model.ForbiddenException;
import org.ecograph.model.UnauthenticatedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who sends the current request: the holder of a valid token, with its role.
 *
 * @param name the token's name (recorded as "who" in the audit trail)
 * @param tokenId the token's id
 * @param role what the token allows
 */
public record Caller(String name, String tokenId, Role role) {

	/** The caller of the current request, when it sent a valid token. */
	public static Optional<Caller> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
			return Optional.of(caller);
		}
		return Optional.empty();
	}

	/**
	 * The caller of the current request, checked to hold {@code role} (or a role that includes it).
	 * @throws UnauthenticatedException when the request carried no token
	 * @throws ForbiddenException when the token's role does not include {@code role}
	 */
	public static Caller require(Role role, String operation) {
		Caller caller = current().orElseThrow(() -> new UnauthenticatedException(operation + " needs a "
				+ role.name().toLowerCase() + " token: send the header Authorization: Bearer <token> (an admin creates"
				+ " one with `java -jar ecograph.jar token create --role " + role.name().toLowerCase()
				+ " --name <who>`)"));
		if (!caller.role().includes(role)) {
			throw new ForbiddenException(operation + " needs the role " + role + " or above; the token '"
					+ caller.name() + "' has the role " + caller.role());
		}
		return caller;
	}

}
