package org.ecograph.measure;

import java.util.List;
import java.util.Map;

import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecograph.measure.TestMeasures.measure;
import static org.ecograph.measure.TestMeasures.range;

class MeasureAggregatorTests {

	private static final Map<String, Entity> STATES = Map.of("tx", state("tx", "Texas"), "oh", state("oh", "Ohio"),
			"nm", state("nm", "New Mexico"), "p", new Entity("p", EntityKind.PROGRAM, "Project", List.of(), null,
					Map.of()));

	@Test
	void keepsAFigureGivenForSeveralStatesTogetherAsOneGroup() {
		MeasureSummary summary = summarize(MeasureGrouping.STATE,
				keyed(measure("m1", "p", "capacity", 1.5, Unit.GW, MeasureBound.EXACT, List.of("oh", "tx"), null)),
				keyed(measure("m2", "p", "capacity", 4.5, Unit.GW, MeasureBound.EXACT, List.of("tx", "nm"), null)),
				keyed(measure("m3", "p", "capacity", 500, Unit.MW, MeasureBound.EXACT, List.of("tx"), null)));
		assertThat(summary.groups())
			.extracting(g -> g.key().stream().map(Entity::name).toList(), MeasureGroup::total, MeasureGroup::unit)
			.containsExactly(tuple(List.of("New Mexico", "Texas"), 4.5, Unit.GW),
					tuple(List.of("Ohio", "Texas"), 1.5, Unit.GW), tuple(List.of("Texas"), 500.0, Unit.MW));
	}

	@Test
	void countsAPartInItsWholeNotAgain() {
		MeasureGroup group = summarize(MeasureGrouping.PROGRAM,
				keyed(measure("whole", "p", "count", 5, Unit.COUNT)),
				keyed(measure("part", "p", "count", 2, Unit.COUNT, MeasureBound.EXACT, List.of(), "whole")))
			.groups()
			.get(0);
		assertThat(group.total()).isEqualTo(5.0);
		assertThat(group.counted()).extracting(m -> m.id()).containsExactly("whole");
		assertThat(group.note()).isEqualTo("2 (part) is part of whole and is counted in it, not again.");
	}

	@Test
	void convertsUnitsOfOneDimensionAndSaysHowExactTheTotalIs() {
		MeasureGroup group = summarize(MeasureGrouping.PROGRAM,
				keyed(measure("a", "p", "capacity", 1, Unit.GW, MeasureBound.AT_LEAST, List.of(), null)),
				keyed(measure("b", "p", "capacity", 500, Unit.MW)))
			.groups()
			.get(0);
		assertThat(group.unit()).isEqualTo(Unit.GW);
		assertThat(group.total()).isEqualTo(1.5);
		assertThat(group.bound()).isEqualTo(MeasureBound.AT_LEAST);
	}

	@Test
	void addsRangesAtBothEndsAndCallsMixedBoundsApproximate() {
		MeasureGroup group = summarize(MeasureGrouping.PROGRAM,
				keyed(range(measure("a", "p", "delay", 3, Unit.MONTHS), 6)),
				keyed(measure("b", "p", "delay", 1, Unit.MONTHS, MeasureBound.AT_MOST, List.of(), null)),
				keyed(measure("c", "p", "delay", 2, Unit.MONTHS, MeasureBound.AT_LEAST, List.of(), null)))
			.groups()
			.get(0);
		assertThat(group.total()).isEqualTo(6.0);
		assertThat(group.totalTo()).isEqualTo(9.0);
		assertThat(group.bound()).isEqualTo(MeasureBound.APPROXIMATE);
		assertThat(group.note()).contains("adds lower and upper bounds");
	}

	@Test
	void neverAddsCalendarYears() {
		MeasureGroup group = summarize(MeasureGrouping.PROGRAM,
				keyed(measure("a", "p", "target-year", 2028, Unit.CALENDAR_YEAR)),
				keyed(measure("b", "p", "target-year", 2030, Unit.CALENDAR_YEAR)))
			.groups()
			.get(0);
		assertThat(group.total()).isNull();
		assertThat(group.note()).startsWith("CALENDAR_YEAR figures are points in time and are not added up.");
	}

	private static MeasureSummary summarize(MeasureGrouping grouping, MeasureAggregator.Keyed... figures) {
		return MeasureAggregator.summarize("metric", grouping, List.of(figures), STATES::get);
	}

	private static MeasureAggregator.Keyed keyed(org.ecograph.model.Measure m) {
		return new MeasureAggregator.Keyed(m, m.placeIds().isEmpty() ? List.of(m.subjectId()) : m.placeIds());
	}

	private static Entity state(String id, String name) {
		return new Entity(id, EntityKind.STATE, name, List.of(), null, Map.of());
	}

}
