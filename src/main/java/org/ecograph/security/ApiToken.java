package org.ecograph.security;

import java.time.ZonedDateTime;

/**
 * What the store keeps of a token: never the token itself, only its SHA-256 hash (not part of this record).
 *
 * @param id the token's id, e.g. {@code token:3f9a0c1e}, for listing and revoking
 * @param name who or what holds it
 * @param role what it allows
 * @param createdAt when it was created
 * @param revokedAt when it was revoked; {@code null} while it is valid
 */
public record ApiToken(String id, String name, Role role, ZonedDateTime createdAt, ZonedDateTime revokedAt) {

	/** Whether the token still authenticates. */
	public boolean active() {
		return this.revokedAt == null;
	}

}
