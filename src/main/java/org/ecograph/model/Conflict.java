package org.ecograph.model;

import java.util.Arrays;
import java.util.List;

/**
 * Whether the live assertions of one claim agree, by the tolerances of {@link AssertionPolicy}.
 */
public enum Conflict {

	/** One live assertion, or several stating the same figures. */
	NONE,
	/** Several state different figures, all within the tolerance. */
	WITHIN_TOLERANCE,
	/** Two state amounts or shares further apart than the tolerance. */
	CONFLICT,
	/** Two state amounts of different kinds or for different validity periods: they cannot be compared. */
	INCOMPARABLE;

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
