package org.ecograph.api;

import org.ecograph.model.Ids;

/** Argument checks shared by all controllers; each failure is a {@link BadRequestException} saying what is allowed. */
public final class Limits {

	private Limits() {
	}

	/**
	 * Checks that {@code min <= value <= max}.
	 * @throws BadRequestException "&lt;argument&gt; &lt;value&gt; is out of range: allowed &lt;min&gt;..&lt;max&gt;"
	 */
	public static void check(String argument, int value, int min, int max) {
		if (value < min || value > max) {
			throw new BadRequestException(argument + " " + value + " is out of range: allowed " + min + ".." + max);
		}
	}

	/** Checks that a fraction such as a confidence lies in 0..1; {@code null} passes. */
	public static void checkFraction(String argument, Double value) {
		if (value != null && (value.isNaN() || value < 0 || value > 1)) {
			throw new BadRequestException(argument + " " + value + " is out of range: allowed 0..1");
		}
	}

	/** Checks that an id has the shape {@code <kind>:<slug>}; {@code null} passes. */
	public static void checkEntityId(String argument, String id) {
		Ids.problem(Ids.Shape.ENTITY, argument, id).ifPresent(message -> {
			throw new BadRequestException(message);
		});
	}

}
