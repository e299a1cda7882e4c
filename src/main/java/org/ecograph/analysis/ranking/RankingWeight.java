package org.ecograph.analysis.ranking;

/** What a claim's vote weighs in the ranking; every weight is then multiplied by the claim's confidence. */
public enum RankingWeight {

	/** {@code 1 + log10(1 + amountUsd / 1e6)}: 1 without an amount, 4 for a billion, 6 for a hundred billion. */
	AMOUNT,
	/** The voter's share of the claim (its dependence on the other side), 0.1 when unknown. */
	SHARE,
	/** 1 for every claim. */
	UNIFORM

}
