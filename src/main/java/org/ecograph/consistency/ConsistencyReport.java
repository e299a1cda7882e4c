package org.ecograph.consistency;

import java.util.List;

/**
 * The findings of a consistency check and what it examined.
 *
 * @param findings every finding, errors first, then by kind and subject
 * @param claimsChecked how many claims the checks read (funding, ownership, membership, data, sized amounts)
 * @param measuresChecked how many measures the checks read
 * @param conflicts the claims whose sources disagree beyond the tolerance or cannot be compared, by claim id
 */
public record ConsistencyReport(List<Finding> findings, int claimsChecked, int measuresChecked,
		List<AssertionConflict> conflicts) {

	public ConsistencyReport {
		findings = List.copyOf(findings);
		conflicts = List.copyOf(conflicts);
	}

}
