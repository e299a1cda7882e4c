package org.ecograph.catalog;

import java.util.Collection;
import java.util.List;

import org.ecograph.model.Assertion;

/** The catalog's reads of assertions, in the caller's transaction. */
interface AssertionRepository {

	/** The live assertions of these claims (none superseded), ordered by claim and id. */
	List<Assertion> liveOf(Collection<String> claimIds);

	/** The live assertions of every claim that has at least two, ordered by claim and id. */
	List<Assertion> liveOfClaimsWithSeveral();

}
