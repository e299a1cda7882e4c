package org.ecograph.consistency;

import java.util.List;
import java.util.Map;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Measure;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.RelationKind;
import org.ecograph.model.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecograph.measure.TestMeasures.measure;
import static org.ecograph.measure.TestMeasures.with;

/** The checks on hand-made figures: each kind of finding, and figures that agree giving none. */
class ConsistencyCheckerTests {

	private static final Map<String, Entity> ENTITIES = Map.of("p",
			new Entity("p", EntityKind.PROGRAM, "Project", List.of(), null, Map.of("budgetUsd", 100.0)), "m",
			new Entity("m", EntityKind.TECHNOLOGY, "Chips", List.of(), null, Map.of()));

	@Test
	void findsFundingSharesOfOneTargetAboveOne() {
		List<Finding> findings = check(List.of(funds("a", 60.0, 0.6), funds("b", 50.0, 0.5)), List.of());
		assertThat(findings).extracting(Finding::kind, Finding::severity, Finding::found)
			.contains(tuple(FindingKind.SHARES_EXCEED_TOTAL, Severity.ERROR, 1.1));
		assertThat(findings.get(0).message()).isEqualTo("The known shares of Project's funding add up to 1.1, more"
				+ " than 1: a 60%, b 50%.");
	}

	@Test
	void findsFundingFlowsAboveTheDeclaredBudget() {
		assertThat(check(List.of(funds("a", 80.0, null), funds("b", 40.0, null)), List.of()))
			.extracting(Finding::kind, Finding::found, Finding::limit)
			.containsExactly(tuple(FindingKind.PARTS_EXCEED_WHOLE, 120.0, 100.0));
	}

	@Test
	void doesNotCountAnOwnedChannelAsAnExtraFunder() {
		Claim owns = claim("o", RelationKind.OWNS, "a", "fund", null, null);
		List<Finding> findings = check(List.of(funds("a", 60.0, 0.6), funds("b", 40.0, 0.4), funds("fund", null,
				null), owns), List.of());
		assertThat(findings).isEmpty();
		assertThat(check(List.of(funds("a", 60.0, 0.6), funds("b", 40.0, 0.4), funds("c", null, null)), List.of()))
			.extracting(Finding::kind, Finding::severity)
			.containsExactly(tuple(FindingKind.SHARES_EXCEED_TOTAL, Severity.WARNING));
	}

	@Test
	void findsMarketSharesOfOneMarketAbove100Percent() {
		Measure a = with(measure("a", "x", "market-share", 70, Unit.PERCENT), "now", ClaimStatus.REPORTED, "m");
		Measure b = with(measure("b", "y", "market-share", 40, Unit.PERCENT), "now", ClaimStatus.REPORTED, "m");
		Measure forecast = with(measure("c", "y", "market-share", 90, Unit.PERCENT), null, ClaimStatus.FORECAST, "m");
		assertThat(check(List.of(), List.of(a, b, forecast))).extracting(Finding::kind, Finding::subjectId,
				Finding::found)
			.containsExactly(tuple(FindingKind.SHARES_EXCEED_TOTAL, "m", 110.0));
	}

	@Test
	void findsPartsAboveTheirWholeButToleratesAnApproximateWhole() {
		Measure whole = measure("w", "p", "capacity", 7, Unit.GW, MeasureBound.APPROXIMATE, List.of(), null);
		Measure part1 = measure("p1", "p", "capacity", 4.5, Unit.GW, MeasureBound.EXACT, List.of("tx"), "w");
		Measure part2 = measure("p2", "p", "capacity", 3, Unit.GW, MeasureBound.EXACT, List.of("oh"), "w");
		assertThat(check(List.of(), List.of(whole, part1, part2))).isEmpty();
		Measure part3 = measure("p3", "p", "capacity", 1, Unit.GW, MeasureBound.EXACT, List.of("nm"), "w");
		assertThat(check(List.of(), List.of(whole, part1, part2, part3))).extracting(Finding::kind, Finding::found)
			.containsExactly(tuple(FindingKind.PARTS_EXCEED_WHOLE, 8.5));
	}

	@Test
	void tellsAUnitErrorFromAContradictionBetweenTwoFiguresOfOneQuantity() {
		Measure exact = measure("a", "p", "revenue", 2.86e10, Unit.USD);
		assertThat(check(List.of(), List.of(exact, measure("b", "p", "revenue", 2.86e14, Unit.USD))))
			.extracting(Finding::kind, Finding::factor)
			.containsExactly(tuple(FindingKind.UNIT_ERROR, 1e4));
		assertThat(check(List.of(), List.of(exact, measure("c", "p", "revenue", 3.08e10, Unit.USD))))
			.extracting(Finding::kind)
			.containsExactly(FindingKind.CONTRADICTING_FIGURES);
		assertThat(check(List.of(), List.of(exact, measure("d", "p", "revenue", 28.6e9, Unit.USD)))).isEmpty();
	}

	@Test
	void comparesYearlyEnergyWithWhatTheCapacityCanDraw() {
		Measure capacity = measure("gw", "p", "capacity", 2, Unit.GW);
		assertThat(check(List.of(), List.of(capacity, measure("e", "p", "annual-energy-use", 10, Unit.TWH_PER_YEAR))))
			.isEmpty();
		assertThat(check(List.of(), List.of(capacity, measure("e", "p", "annual-energy-use", 20, Unit.TWH_PER_YEAR))))
			.extracting(Finding::kind)
			.containsExactly(FindingKind.CONTRADICTING_FIGURES);
		assertThat(check(List.of(), List.of(capacity, measure("e", "p", "annual-energy-use", 17520, Unit.GWH_PER_YEAR))))
			.extracting(Finding::kind, Finding::severity)
			.containsExactly(tuple(FindingKind.FULL_LOAD_ASSUMED, Severity.WARNING));
	}

	private static List<Finding> check(List<Claim> claims, List<Measure> measures) {
		return ConsistencyChecker.check(claims, measures, ENTITIES);
	}

	private static Claim funds(String funder, Double amount, Double share) {
		return claim("f-" + funder, RelationKind.FUNDS, funder, "p", amount, share);
	}

	private static Claim claim(String id, RelationKind kind, String from, String to, Double amount, Double share) {
		return new Claim(id, kind, from, to, amount, null, share, null, null, ClaimStatus.COMMITTED, null, null, null,
				0.5, null, null, List.of("source:s"), Map.of());
	}

}
