package org.ecograph.consistency;

import java.util.List;

/**
 * The findings of a consistency check and what it examined.
 *
 * @param findings every finding, errors first, then by kind and subject
 * @param claimsChecked how many claims the checks read (funding, ownership, membership, data, sized amounts)
 * @param measuresChecked how many measures the checks read
 */
public record ConsistencyReport(List<Finding> findings, int claimsChecked, int measuresChecked) {

	public ConsistencyReport {
		findings = List.copyOf(findings);
	}

}
