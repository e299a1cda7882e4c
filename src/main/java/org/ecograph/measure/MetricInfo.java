package org.ecograph.measure;

import java.util.List;

import org.ecograph.model.Unit;

/**
 * A metric the graph holds figures of.
 *
 * @param metric the metric, e.g. {@code planned-capacity}
 * @param count how many measures have it
 * @param units the units its figures are given in
 */
public record MetricInfo(String metric, long count, List<Unit> units) {

	public MetricInfo {
		units = List.copyOf(units);
	}

}
