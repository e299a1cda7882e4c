package org.ecograph.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;

/** Claims and figures in plain English: "SoftBank funds Stargate: 150 billion USD, 30% of its funding". */
public final class Figures {

	private Figures() {
	}

	/**
	 * The claim as a sentence: "{source} {verb} {target}", then a member's role, its amount and shares when known,
	 * e.g. "Nvidia supplies Stargate: 3.5 billion USD, 12.2% of Nvidia's relevant total". An amount that is not a
	 * flow says what it is: "White House supports Stargate: announced size 500 billion USD".
	 */
	public static String explain(Claim claim, String sourceName, String targetName) {
		StringBuilder text = new StringBuilder(sourceName).append(' ')
			.append(claim.kind().verb())
			.append(' ')
			.append(targetName);
		String separator = ": ";
		if (claim.kind() == RelationKind.MEMBER_OF && claim.role() != null) {
			text.append(separator).append(claim.role());
			separator = ", ";
		}
		if (claim.amountUsd() != null) {
			text.append(separator).append(amount(claim));
			separator = ", ";
		}
		if (claim.shareOfTarget() != null) {
			String whole = claim.kind() == RelationKind.FUNDS ? "its funding" : targetName + "'s relevant total";
			text.append(separator).append(percent(claim.shareOfTarget())).append(" of ").append(whole);
			separator = ", ";
		}
		if (claim.shareOfSource() != null) {
			text.append(separator)
				.append(percent(claim.shareOfSource()))
				.append(" of ")
				.append(sourceName)
				.append("'s relevant total");
		}
		return text.toString();
	}

	/** A claim's amount: "150 billion USD" for a flow, "announced size 500 billion USD", "estimate 2.3 trillion USD". */
	public static String amount(Claim claim) {
		String figure = usd(claim.amountUsd());
		return claim.isFlow() ? figure : claim.amountKind().describe() + " " + figure;
	}

	/** "150 billion USD", "3.5 billion USD", "1.25 trillion USD", "800 million USD", "5000 USD". */
	public static String usd(double amount) {
		double magnitude = Math.abs(amount);
		if (magnitude >= 1e12) {
			return number(amount / 1e12) + " trillion USD";
		}
		if (magnitude >= 1e9) {
			return number(amount / 1e9) + " billion USD";
		}
		if (magnitude >= 1e6) {
			return number(amount / 1e6) + " million USD";
		}
		return number(amount) + " USD";
	}

	/** "30%", "12.2%", "3.66%". */
	public static String percent(double share) {
		return number(share * 100) + "%";
	}

	/** At most two decimals, no trailing zeros. */
	public static String number(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
