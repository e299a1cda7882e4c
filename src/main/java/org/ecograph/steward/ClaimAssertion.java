package org.ecograph.steward;

import org.ecograph.model.Assertion;
import org.ecograph.model.Claim;

/**
 * What {@code assertClaim} and {@code rankAssertion} return: the claim with its figures resolved again, and the
 * assertion written.
 *
 * @param relation the claim as it is now
 * @param assertion the assertion as it is now (the new one when it superseded an earlier one of its source)
 */
public record ClaimAssertion(Claim relation, Assertion assertion) {
}
