package org.ecograph.analysis.funding;

import java.util.List;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;

/** The funding claims funding summaries read, in the caller's transaction. */
interface FundingRepository {

	/** The {@code FUNDS} claims into {@code target} passing {@code filter}. */
	List<Claim> incomingFunding(String target, ClaimFilter filter);

}
