package org.ecograph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what without a token.
 *
 * @param anonymousReads where reads (queries, exports) are allowed without a token: {@code LOOPBACK} (the default:
 * from this machine only), {@code ANYWHERE} or {@code NEVER} (every read needs a token); writes always need a
 * steward token ({@code ecograph.security.anonymous-reads})
 * @param firstAdminToken on the first start of a store without any token, create an admin token and print it once
 * to the console ({@code ecograph.security.first-admin-token})
 */
@ConfigurationProperties("ecograph.security")
public record SecurityProperties(@DefaultValue("LOOPBACK") AnonymousReads anonymousReads,
		@DefaultValue("true") boolean firstAdminToken) {

	/** Where anonymous reads are allowed. */
	public enum AnonymousReads {

		/** From loopback addresses (this machine) only. */
		LOOPBACK,

		/** From any address. */
		ANYWHERE,

		/** Nowhere: every request needs a token. */
		NEVER

	}

}
