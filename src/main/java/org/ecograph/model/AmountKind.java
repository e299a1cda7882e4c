package org.ecograph.model;

import java.util.Arrays;
import java.util.List;

/**
 * What the amount of a claim measures, stored on the claim as {@code amountKind}. Only a {@link #FLOW} is money that
 * moves between the two parties, so only flows count in exposure, funding summaries, path strength and ranking; the
 * other kinds stay on the claim and stay queryable. A claim without {@code amountKind} is a flow (the convention of
 * the scripts written before the property existed).
 */
public enum AmountKind {

	/** Money that moves from one party to the other: funding, payment, orders, contributions in kind. */
	FLOW,
	/** The announced size of a program, fund or project as a whole. */
	SIZE,
	/** A valuation of a company or a stake. */
	VALUATION,
	/** An analyst's or the source's estimate of a market or a cost. */
	ESTIMATE,
	/** A goal or target figure that has not been reached. */
	TARGET;

	/** The property of a claim that holds the kind. */
	public static final String PROPERTY = "amountKind";

	/** Whether an amount stored with this {@code amountKind} value (possibly {@code null}) is a flow. */
	public static boolean isFlow(String stored) {
		return stored == null || FLOW.name().equals(stored);
	}

	/**
	 * The kind a stored {@code amountKind} value names: {@link #FLOW} for {@code null}.
	 * @throws IllegalArgumentException for a value outside the vocabulary (the loader refuses such data)
	 */
	public static AmountKind fromStored(Object stored) {
		if (stored == null) {
			return FLOW;
		}
		return valueOf(String.valueOf(stored));
	}

	/** What an amount of this kind is, in words for sentences: "announced size", "estimate", ... */
	public String describe() {
		return switch (this) {
			case FLOW -> "flow";
			case SIZE -> "announced size";
			case VALUATION -> "valuation";
			case ESTIMATE -> "estimate";
			case TARGET -> "target";
		};
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
