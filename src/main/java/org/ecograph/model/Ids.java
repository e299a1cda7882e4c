package org.ecograph.model;

import java.util.regex.Pattern;

/** The shapes of ids: {@code company:openai}, {@code claim:softbank-funds-stargate}, {@code source:c9490bf9}. */
public final class Ids {

	/** A slug: lowercase letters and digits in groups joined by single hyphens. */
	public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/** Entity ids: a kind prefix, a colon and a slug. */
	public static final Pattern ENTITY_ID = Pattern
		.compile("(company|program|agency|dataset|state|technology):" + SLUG);

	/** Claim (relationship) ids. */
	public static final Pattern CLAIM_ID = Pattern.compile("claim:" + SLUG);

	/** Measure ids. */
	public static final Pattern MEASURE_ID = Pattern.compile("measure:" + SLUG);

	/** Source ids. */
	public static final Pattern SOURCE_ID = Pattern.compile("source:" + SLUG);

	private Ids() {
	}

}
