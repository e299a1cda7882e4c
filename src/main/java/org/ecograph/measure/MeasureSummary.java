package org.ecograph.measure;

import java.util.List;

/**
 * The figures of one metric, grouped and added up.
 *
 * @param metric the metric
 * @param grouping what the figures are grouped by
 * @param groups one group per key and dimension, largest total first
 * @param note what a reader must know about the whole answer (no figure found, known metrics); {@code null} when
 * nothing
 */
public record MeasureSummary(String metric, MeasureGrouping grouping, List<MeasureGroup> groups, String note) {

	public MeasureSummary {
		groups = List.copyOf(groups);
	}

}
