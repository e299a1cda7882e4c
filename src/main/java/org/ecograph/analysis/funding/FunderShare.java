package org.ecograph.analysis.funding;

import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;

/**
 * One funding claim.
 *
 * @param funder who funds
 * @param amountUsd how much flows, {@code null} when unknown or when the claim's amount is not a flow (a size,
 * valuation, estimate or target: see {@code amountKind})
 * @param share the part of the target's funding, {@code null} when unknown
 * @param instrument how (equity, bonds, in-kind, ...), {@code null} when unknown
 * @param relation the claim
 * @param amountKind what the claim's amount measures; only a {@link AmountKind#FLOW} is counted
 */
public record FunderShare(Entity funder, Double amountUsd, Double share, String instrument, Claim relation,
		AmountKind amountKind) {

	/** A funder whose amount, if any, is a flow. */
	public FunderShare(Entity funder, Double amountUsd, Double share, String instrument, Claim relation) {
		this(funder, amountUsd, share, instrument, relation, AmountKind.FLOW);
	}

	/** Whether the claim states an amount that is not a flow, so the summary leaves it out. */
	public boolean nonFlowAmount() {
		return this.amountKind != AmountKind.FLOW;
	}

}
