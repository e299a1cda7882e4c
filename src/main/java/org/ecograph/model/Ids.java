package org.ecograph.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shapes of ids ({@code company:openai}, {@code claim:softbank-funds-stargate}, {@code source:c9490bf9}) and the
 * one check of them, with one message. The entity prefixes are derived from {@link EntityKind}.
 */
public final class Ids {

	/** A slug: lowercase letters and digits in groups joined by single hyphens. */
	public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/** The entity kinds' id prefixes, as they appear in messages: "company, program, ...". */
	private static final String ENTITY_PREFIXES = Arrays.stream(EntityKind.values())
		.map(EntityKind::idPrefix)
		.collect(Collectors.joining(", "));

	/** Entity ids: a kind prefix, a colon and a slug. */
	public static final Pattern ENTITY_ID = Pattern.compile(Arrays.stream(EntityKind.values())
		.map(EntityKind::idPrefix)
		.collect(Collectors.joining("|", "(", "):" + SLUG)));

	/** Claim (relationship) ids. */
	public static final Pattern CLAIM_ID = Pattern.compile("claim:" + SLUG);

	/** Measure ids. */
	public static final Pattern MEASURE_ID = Pattern.compile("measure:" + SLUG);

	/** Assertion ids (one source's statement of a claim). */
	public static final Pattern ASSERTION_ID = Pattern.compile("assertion:" + SLUG);

	/** Judgement ids (a steward's SAME or DIFFERENT judgement of two entity ids). */
	public static final Pattern JUDGEMENT_ID = Pattern.compile("judgement:" + SLUG);

	/** Source ids. */
	public static final Pattern SOURCE_ID = Pattern.compile("source:" + SLUG);

	/** The longest part of a rejected value a message quotes. */
	private static final int QUOTED = 100;

	private Ids() {
	}

	/** The kinds of id, each with its pattern and how a message describes it. */
	public enum Shape {

		/** {@code <kind>:<slug>}. */
		ENTITY(ENTITY_ID, "an entity id", "<kind>:<slug> with kind one of " + ENTITY_PREFIXES + " and",
				"company:openai"),

		/** {@code claim:<slug>}. */
		CLAIM(CLAIM_ID, "a claim id", "claim:<slug> with", "claim:softbank-funds-stargate"),

		/** {@code source:<slug>}. */
		SOURCE(SOURCE_ID, "a source id", "source:<slug> with", "source:c9490bf9"),

		/** {@code measure:<slug>}. */
		MEASURE(MEASURE_ID, "a measure id", "measure:<slug> with", "measure:stargate-planned-capacity"),

		/** {@code assertion:<slug>}. */
		ASSERTION(ASSERTION_ID, "an assertion id", "assertion:<slug> with",
				"assertion:softbank-funds-stargate-origin"),

		/** {@code judgement:<slug>}. */
		JUDGEMENT(JUDGEMENT_ID, "a judgement id", "judgement:<slug> with", "judgement:openai-1k2x3");

		private final Pattern pattern;

		private final String name;

		private final String form;

		private final String example;

		Shape(Pattern pattern, String name, String form, String example) {
			this.pattern = pattern;
			this.name = name;
			this.form = form;
			this.example = example;
		}

		/** Whether {@code id} has this shape. */
		public boolean matches(String id) {
			return id != null && this.pattern.matcher(id).matches();
		}

	}

	/**
	 * What is wrong with {@code value} as the id of {@code field}, or empty when it has the shape ({@code null} passes:
	 * whether a field is required is said elsewhere). The one message of a malformed id, e.g. "from 'openai' is not an
	 * entity id: expected &lt;kind&gt;:&lt;slug&gt; with kind one of company, ... and slug of lowercase letters,
	 * digits and single hyphens, e.g. company:openai".
	 */
	public static Optional<String> problem(Shape shape, String field, String value) {
		if (value == null || shape.matches(value)) {
			return Optional.empty();
		}
		String quoted = value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value;
		return Optional.of(field + " '" + quoted + "' is not " + shape.name + ": expected " + shape.form
				+ " slug of lowercase letters, digits and single hyphens, e.g. " + shape.example);
	}

	/**
	 * Checks the shape of an id argument.
	 * @throws InvalidArgumentException with {@link #problem}'s message
	 */
	public static void require(Shape shape, String field, String value) {
		problem(shape, field, value).ifPresent(message -> {
			throw new InvalidArgumentException(message);
		});
	}

}
