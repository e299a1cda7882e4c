// TEMPORARY until api-catalog merges: a copy of the catalog helper's range check.
package org.ecograph.api;

import org.ecograph.model.InvalidArgumentException;

/** TEMPORARY copy of the API's range check. */
public final class Limits {

	private Limits() {
	}

	/** Throws a BAD_REQUEST error "maxHops 9 is out of range: allowed 1..6" unless min <= value <= max. */
	public static void check(String argument, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidArgumentException(
					argument + " " + value + " is out of range: allowed " + min + ".." + max);
		}
	}

}
