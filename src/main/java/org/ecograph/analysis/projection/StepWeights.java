package org.ecograph.analysis.projection;

import org.ecograph.model.Claim;

/**
 * The weight of one step of a path: how strongly a claim ties its two entities, in 0..1.
 * <p>
 * {@code weight = confidence × significance}, where confidence is the claim's (0.5 when absent) and significance is
 * the larger of its two shares when either is known; otherwise, when an amount is known, a log-scaled position of
 * the amount between 1 million USD and the largest amount in the graph mapped onto 0.1..0.5; otherwise 0.1. A
 * known share therefore always outweighs a bare amount of the same confidence once the share exceeds one half, and
 * a link without figures still counts a little. See {@code docs/analysis.md}.
 */
public final class StepWeights {

	/** The confidence assumed for a claim that records none. */
	public static final double DEFAULT_CONFIDENCE = 0.5;

	/** The significance of a link without figures, and the lowest one an amount can give. */
	public static final double FLOOR = 0.1;

	/** The highest significance an amount without a share can give. */
	public static final double AMOUNT_CEILING = 0.5;

	/** Amounts at or below this (USD) get the floor. */
	public static final double AMOUNT_BASE_USD = 1e6;

	private final double largestAmountUsd;

	/**
	 * @param largestAmountUsd the largest amount among the claims considered, or {@code null} when none has one
	 */
	public StepWeights(Double largestAmountUsd) {
		this.largestAmountUsd = largestAmountUsd == null ? 0 : largestAmountUsd;
	}

	/** Confidence × significance, in 0..1. */
	public double weight(Claim claim) {
		return confidence(claim) * significance(claim);
	}

	/** The weight of a projected claim: absent values are {@code NaN}; a non-flow amount is absent. */
	double weight(ClaimProjection g, int c) {
		double confidence = Double.isNaN(g.confidence(c)) ? DEFAULT_CONFIDENCE : clamp(g.confidence(c));
		return confidence * significance(nullable(g.shareOfSource(c)), nullable(g.shareOfTarget(c)),
				nullable(g.amountUsd(c)));
	}

	/** The claim's confidence clamped to 0..1, {@value #DEFAULT_CONFIDENCE} when absent. */
	public static double confidence(Claim claim) {
		return claim.confidence() == null ? DEFAULT_CONFIDENCE : clamp(claim.confidence());
	}

	/** How much the link matters, from its shares, else its amount, else the floor. */
	public double significance(Claim claim) {
		return significance(claim.shareOfSource(), claim.shareOfTarget(),
				org.ecograph.model.AmountKind.isFlow(stringProperty(claim, org.ecograph.model.AmountKind.PROPERTY))
						? claim.amountUsd() : null);
	}

	private double significance(Double shareOfSource, Double shareOfTarget, Double amountUsd) {
		Double share = shareOfSource;
		if (share == null || (shareOfTarget != null && shareOfTarget > share)) {
			share = shareOfTarget;
		}
		if (share != null) {
			return clamp(share);
		}
		if (amountUsd != null && amountUsd > 0) {
			return FLOOR + (AMOUNT_CEILING - FLOOR) * amountPosition(amountUsd);
		}
		return FLOOR;
	}

	private static String stringProperty(Claim claim, String key) {
		return claim.properties().get(key) instanceof String s ? s : null;
	}

	private static Double nullable(double v) {
		return Double.isNaN(v) ? null : v;
	}

	/** Where an amount sits between {@link #AMOUNT_BASE_USD} and the largest amount, on a log scale, 0..1. */
	double amountPosition(double amountUsd) {
		if (amountUsd <= AMOUNT_BASE_USD) {
			return 0;
		}
		if (this.largestAmountUsd <= AMOUNT_BASE_USD || amountUsd >= this.largestAmountUsd) {
			return 1;
		}
		return Math.log(amountUsd / AMOUNT_BASE_USD) / Math.log(this.largestAmountUsd / AMOUNT_BASE_USD);
	}

	private static double clamp(double v) {
		return Math.max(0, Math.min(1, v));
	}

}
