package org.ecograph.analysis.funding;

import java.util.List;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;

/** The funding claims funding summaries read, in the caller's transaction. */
interface FundingRepository {

	/** The {@code FUNDS} claims into {@code target} passing {@code filter}. */
	List<Claim> incomingFunding(String target, ClaimFilter filter);

	/**
	 * The {@code FUNDS} claims into {@code target} that may pass {@code filter} on its {@code knownOn} day, as they
	 * are now ({@link org.ecograph.data.ClaimPredicate#asKnownOn}): recorded by the day, retracted not by it, and, for
	 * the figure conditions, decided by the caller on the day's figures when the claim changed since.
	 */
	List<Claim> incomingFundingOn(String target, ClaimFilter filter);

}
