package org.ecograph.model;

import java.util.Arrays;
import java.util.List;

/**
 * How a measure's value relates to the quantity, as the sentence puts it. Absent means {@link #EXACT}. A range
 * ({@code 3-6个月}) is {@code value} to {@code valueTo} and stays {@link #EXACT} at both ends.
 */
public enum MeasureBound {

	/** The figure as stated (达, 为, a plain number). */
	EXACT,
	/** A lower bound: more than, at least (超, 突破, 以上, 余). */
	AT_LEAST,
	/** An upper bound: less than, at most (以下, 不到). */
	AT_MOST,
	/** An approximation (近, 约). */
	APPROXIMATE;

	/** The measure property that holds the bound. */
	public static final String PROPERTY = "bound";

	/** The claim and assertion property that holds how the source bounds a claim's amount (exact when absent). */
	public static final String AMOUNT_PROPERTY = "amountBound";

	/** The bound a stored value names; {@link #EXACT} for {@code null}. */
	public static MeasureBound fromStored(Object stored) {
		return stored == null ? EXACT : valueOf(String.valueOf(stored));
	}

	/** "more than 20 GW", "about 7 GW", "at most 15%": the words put before a figure. */
	public String prefix() {
		return switch (this) {
			case EXACT -> "";
			case AT_LEAST -> "more than ";
			case AT_MOST -> "at most ";
			case APPROXIMATE -> "about ";
		};
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
