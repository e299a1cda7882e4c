package org.ecograph.measure;

import java.util.List;

import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.Measure;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.Unit;

/**
 * The figures of one metric that share a group key, and their total.
 *
 * @param key the states or the program of the group, by name; empty for figures that have none
 * @param unit the unit of the total: the figures' own when they share one, else the base unit of their dimension
 * @param total the sum of the counted figures (lower ends of ranges) converted to {@code unit}; {@code null} when the
 * unit is not additive (calendar years)
 * @param totalTo the sum of the upper ends when a counted figure is a range, else {@code null}
 * @param bound how the total bounds the quantity: exact only when every counted figure is exact
 * @param statuses the statuses of the figures; more than one means the total mixes, e.g., planned and reported figures
 * @param measures every figure of the group, largest first
 * @param counted the figures added into the total: those whose whole ({@code partOf}) is not in the group
 * @param note what a reader must know about the total, in English; {@code null} when nothing
 */
public record MeasureGroup(List<Entity> key, Unit unit, Double total, Double totalTo, MeasureBound bound,
		List<ClaimStatus> statuses, List<Measure> measures, List<Measure> counted, String note) {

	public MeasureGroup {
		key = List.copyOf(key);
		statuses = List.copyOf(statuses);
		measures = List.copyOf(measures);
		counted = List.copyOf(counted);
	}

}
