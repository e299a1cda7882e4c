package org.ecograph.model;

import java.util.Arrays;
import java.util.List;

/**
 * How a steward ranks one source's assertion of a claim against the others (Wikidata's ranks): the resolved figures
 * of a claim come from its best-ranked live assertion ({@link AssertionPolicy}).
 */
public enum Rank {

	/** Chosen over the others: the claim's figures come from it. */
	PREFERRED,
	/** The default rank of an assertion. */
	NORMAL,
	/** Known to be wrong or outdated: kept, but used only when every live assertion is deprecated. */
	DEPRECATED;

	/** The stored property of an assertion. */
	public static final String PROPERTY = "rank";

	/** The stored rank; {@link #NORMAL} when none is stored. */
	public static Rank fromStored(Object stored) {
		return stored == null ? NORMAL : valueOf(String.valueOf(stored));
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
