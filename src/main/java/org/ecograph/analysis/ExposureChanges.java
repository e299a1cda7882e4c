package org.ecograph.analysis;

import java.util.List;

/**
 * The counterparts whose exposure differs between the ends of two days ({@link ExposureChangesService}).
 *
 * @param changes the first of them, by the size of the change (largest first), then by counterpart id
 * @param totalCount how many counterparts' exposure differs in all
 * @param complete whether the answer is exact: both days' exposures exact and every listed counterpart's chains
 * enumerated
 */
public record ExposureChanges(List<ExposureChange> changes, int totalCount, boolean complete) {

	public ExposureChanges {
		changes = List.copyOf(changes);
	}

}
