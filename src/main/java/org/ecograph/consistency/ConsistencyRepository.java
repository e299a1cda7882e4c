package org.ecograph.consistency;

import java.util.List;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;

/** The claims the consistency checks read, in the caller's transaction. */
interface ConsistencyRepository {

	/**
	 * The claims of the checked kinds and every claim with a sized amount, passing the filter, ordered by id.
	 */
	List<Claim> checkedClaims(ClaimFilter filter);

}
