package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertSingleError;
import static org.ecograph.api.graphql.AnalysisTestSupport.ids;
import static org.ecograph.api.graphql.AnalysisTestSupport.list;
import static org.ecograph.api.graphql.AnalysisTestSupport.map;
import static org.ecograph.api.graphql.AnalysisTestSupport.round;

/**
 * Influence paths over the seed. Step weight = confidence × significance (share, else amount on a log scale, else
 * 0.1); the expected strengths below are worked out by hand from the seed's figures in docs/analysis.md.
 */
@SeededGraphTest
class AnalysisInfluencePathsTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void ranksSoftBankToVertivPathsByStrength() {
		List<Map<String, Object>> paths = paths(softBankToVertiv());
		// (0.4 × 0.3)(0.35 × 0.4); (0.9 × 0.1)(0.35 × 0.4); via the US: (0.4 × 0.3)(0.75 × 0.1)(0.9 × 0.1);
		// (0.9 × 0.1)(0.75 × 0.1)(0.9 × 0.1); via the Vision Fund: (0.9 × 0.1)(0.35 × 0.1)(0.35 × 0.4)
		assertThat(strengths(paths)).containsExactly(0.0168, 0.0126, 0.00081, 0.0006075, 0.000441);
		assertThat(paths).extracting(p -> p.get("hops")).containsExactly(2, 2, 3, 3, 3);
		Map<String, Object> best = paths.get(0);
		assertThat(ids(best.get("nodes"))).containsExactly("company:softbank", "program:stargate", "company:vertiv");
		List<Map<String, Object>> steps = list(best.get("steps"));
		assertThat(steps).extracting(s -> AnalysisTestSupport.map(s.get("relation")).get("id"))
			.containsExactly("claim:softbank-funds-stargate", "claim:vertiv-supplies-stargate");
		assertThat(steps).extracting(s -> s.get("forward")).containsExactly(true, false);
		assertThat(steps).extracting(s -> s.get("explanation"))
			.containsExactly("SoftBank Group funds Stargate: 150 billion USD, 30% of its funding",
					"Vertiv supplies Stargate: 40% of Stargate's relevant total");
	}

	@Test
	void ranksByHopsWhenAsked() {
		List<Map<String, Object>> paths = paths(softBankToVertiv().variable("rankBy", "HOPS").variable("k", 3));
		assertThat(paths).extracting(p -> p.get("hops")).containsExactly(2, 2, 3);
		assertThat(strengths(paths)).containsExactly(0.0168, 0.0126, 0.00081);
	}

	@Test
	void dropsPathsThroughClaimsBelowMinConfidence() {
		// vertiv-supplies-stargate has confidence 0.35: only the routes through the United States remain
		List<Map<String, Object>> paths = paths(softBankToVertiv().variable("minConfidence", 0.36));
		assertThat(strengths(paths)).containsExactly(0.00081, 0.0006075);
		assertThat(paths).allSatisfy(p -> assertThat(ids(p.get("nodes"))).containsExactly("company:softbank",
				"program:stargate", "state:us", "company:vertiv"));
	}

	@Test
	void keepsOnlyClaimsWithTheRequestedStatus() {
		// softbank-funds-stargate is COMMITTED: among REPORTED claims SoftBank reaches Stargate by leading it
		List<Map<String, Object>> paths = paths(softBankToVertiv().variable("status", List.of("REPORTED")));
		assertThat(strengths(paths)).containsExactly(0.0126, 0.0006075);
	}

	@Test
	void keepsOnlyClaimsValidOnTheAsOfDay() {
		// SoftBank leads Stargate only from its announcement on 2025-01-21
		List<Map<String, Object>> paths = paths(softBankToVertiv().variable("asOf", "2024-12-31"));
		assertThat(strengths(paths)).startsWith(0.0168, 0.00081, 0.000441);
		assertThat(paths).flatExtracting(p -> list(p.get("steps")))
			.extracting(s -> map(s.get("relation")).get("id"))
			.doesNotContain("claim:softbank-leads-stargate");
	}

	@Test
	void followsRelationDirectionsWhenAsked() {
		assertThat(paths(softBankToVertiv().variable("followDirection", true))).isEmpty();
		List<Map<String, Object>> paths = paths(this.graphQlTester.documentName("analysis-influencePaths")
			.variable("from", "company:dell")
			.variable("to", "program:stargate")
			.variable("followDirection", true));
		assertThat(paths).isNotEmpty().allSatisfy(p -> {
			assertThat(ids(p.get("nodes"))).containsExactly("company:dell", "company:oracle", "program:stargate");
			assertThat(list(p.get("steps"))).extracting(s -> s.get("forward")).containsOnly(true);
		});
	}

	@Test
	void rejectsMaxHopsOverLimit() {
		assertSingleError(softBankToVertiv().variable("maxHops", 9), ErrorType.BAD_REQUEST,
				"maxHops 9 is out of range: allowed 1..6");
	}

	@Test
	void rejectsKOverLimit() {
		assertSingleError(softBankToVertiv().variable("k", 50), ErrorType.BAD_REQUEST,
				"k 50 is out of range: allowed 1..20");
	}

	@Test
	void rejectsUnknownFrom() {
		assertSingleError(this.graphQlTester.documentName("analysis-influencePaths")
			.variable("from", "company:nope")
			.variable("to", "company:vertiv"), ErrorType.NOT_FOUND, "No entity with id company:nope");
	}

	@Test
	void rejectsUnknownTo() {
		assertSingleError(this.graphQlTester.documentName("analysis-influencePaths")
			.variable("from", "company:softbank")
			.variable("to", "company:nope"), ErrorType.NOT_FOUND, "No entity with id company:nope");
	}

	@Test
	void rejectsAPathFromAnEntityToItself() {
		assertSingleError(this.graphQlTester.documentName("analysis-influencePaths")
			.variable("from", "company:softbank")
			.variable("to", "company:softbank"), ErrorType.BAD_REQUEST,
				"from and to are the same entity company:softbank: they must differ");
	}

	private GraphQlTester.Request<?> softBankToVertiv() {
		return this.graphQlTester.documentName("analysis-influencePaths")
			.variable("from", "company:softbank")
			.variable("to", "company:vertiv");
	}

	private static List<Map<String, Object>> paths(GraphQlTester.Request<?> request) {
		return request.execute().path("influencePaths").entityList(Object.class).get().stream()
			.map(AnalysisTestSupport::map)
			.toList();
	}

	private static List<Double> strengths(List<Map<String, Object>> paths) {
		return paths.stream().map(p -> round(((Number) p.get("strength")).doubleValue())).toList();
	}

}
