package org.ecograph.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a token allows; each role includes the ones before it. */
public enum Role {

	/** Reads everything: catalog, analysis, exports, history. */
	ANALYST,

	/** Reads, and writes through the steward mutations. */
	STEWARD,

	/** Everything a steward may, and manages tokens. */
	ADMIN;

	/** Whether this role allows what {@code needed} allows. */
	public boolean includes(Role needed) {
		return compareTo(needed) >= 0;
	}

	/** The Spring Security authority of the role, e.g. {@code ROLE_STEWARD}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The role named {@code name}, ignoring case. */
	public static Optional<Role> parse(String name) {
		return Arrays.stream(values()).filter(r -> r.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
	}

}
