package org.ecograph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A number the source states, typed: a metric of an entity or a claim, with its value, unit, period, status and the
 * sentence it comes from. Stored as a {@code (:Measure)} node whose {@code subject} is the id of an entity or a
 * claim; a measure is never an entity and never a claim, so no traversal of the claim graph meets it. Absent values
 * are {@code null}: a number the sentence does not give stays absent.
 *
 * @param id the stable id, {@code measure:<slug>}
 * @param subjectId the entity ({@code program:stargate}) or claim ({@code claim:...}) the figure is about
 * @param metric what is measured, a slug such as {@code planned-capacity} or {@code market-share}
 * @param value the figure as stated, in {@code unit} (the lower end of a range)
 * @param valueTo the upper end of a range ({@code 3-6个月}), otherwise {@code null}
 * @param bound how the value bounds the quantity (more than, about, ...)
 * @param unit the unit, from the closed list
 * @param period the period or moment the figure covers, in words ({@code 2025-Q3}, {@code within 18 months})
 * @param status how far along the figure is (reported, planned, forecast, ...)
 * @param asOf the day the figure refers to
 * @param confidence how far the figure can be trusted, 0..1
 * @param quote the sentence of the source, verbatim
 * @param sourceIds the {@code :Source} nodes that state it
 * @param scope what exactly the figure covers, in words
 * @param note problems the steward found (contradictions, unit errors)
 * @param placeIds the states the figure is located in, all together ({@code 1.5 GW} in Ohio and Texas); never split
 * @param relativeToId the entity the figure is a share of or compared with (the market of a market share)
 * @param partOfId the measure of the whole this figure is a part of (two of the five data centers)
 * @param inferred whether the figure is the extractor's inference rather than stated outright
 * @param inference what was inferred, for an inferred figure
 * @param properties every stored property of the node
 */
public record Measure(String id, String subjectId, String metric, double value, Double valueTo, MeasureBound bound,
		Unit unit, String period, ClaimStatus status, LocalDate asOf, Double confidence, String quote,
		List<String> sourceIds, String scope, String note, List<String> placeIds, String relativeToId,
		String partOfId, boolean inferred, String inference, Map<String, Object> properties) {

	/** The label of measure nodes; not an entity, so the loader's validation lists it beside {@code Source}. */
	public static final String LABEL = NodeLabels.MEASURE;

	public Measure {
		bound = bound == null ? MeasureBound.EXACT : bound;
		sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
		placeIds = placeIds == null ? List.of() : List.copyOf(placeIds);
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}

	/** The upper end of the figure: {@code valueTo} for a range, else {@code value}. */
	public double upper() {
		return this.valueTo == null ? this.value : this.valueTo;
	}

	/** The figure in words: "more than 20 GW", "3-6 months", "92%". */
	public String figure() {
		String range = this.valueTo == null ? "" : Unit.number(this.value) + "-";
		return this.bound.prefix() + range + this.unit.format(upper());
	}

}
