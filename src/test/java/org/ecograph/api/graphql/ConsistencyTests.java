package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertClose;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertSingleError;
import static org.ecograph.api.graphql.AnalysisTestSupport.ids;
import static org.ecograph.api.graphql.AnalysisTestSupport.list;
import static org.ecograph.api.graphql.AnalysisTestSupport.map;

/** The consistency query finds the report's own errors in the seed (docs/seed-report.md), and only those. */
@SeededGraphTest
class ConsistencyTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void findsTheReportsKnownContradictions() {
		Map<String, Object> report = report(this.graphQlTester.documentName("measures-consistency"));
		assertThat(report.get("measuresChecked")).isEqualTo(74);
		assertThat(findings(report)).extracting(f -> f.get("kind"), f -> f.get("severity"), f -> f.get("subject"))
			.containsExactly(tuple("CONTRADICTING_FIGURES", "ERROR", "state:us"),
					tuple("UNIT_ERROR", "ERROR", "program:stargate"),
					tuple("USED_BEFORE_AVAILABLE", "ERROR", "company:moderna"),
					tuple("USED_BEFORE_AVAILABLE", "ERROR", "company:scale-ai"),
					tuple("SHARES_EXCEED_TOTAL", "WARNING", "program:stargate"),
					tuple("FULL_LOAD_ASSUMED", "WARNING", "technology:ai-data-centers"));
	}

	@Test
	void reportsTheEnergyUnitErrorWithItsFactor() {
		Map<String, Object> unitError = findings(report(this.graphQlTester.documentName("measures-consistency")))
			.get(1);
		assertClose(unitError.get("found"), 6.132e12);
		assertClose(unitError.get("limit"), 7 * 8760);
		assertClose(unitError.get("factor"), 1e8);
		assertThat(ids(unitError.get("measures"))).containsExactly("measure:stargate-new-electricity-demand",
				"measure:stargate-total-capacity");
		assertThat(unitError.get("message")).isEqualTo("Stargate's annual-energy-use of 6.132 trillion GWh per year "
				+ "(measure:stargate-new-electricity-demand) is 10^8 times the most it can be: about 7 GW "
				+ "(measure:stargate-total-capacity) draws 61320 GWh per year running all 8760 hours of a year. The "
				+ "figure has a slip of unit or magnitude (such as 万亿 written for 万).");
	}

	@Test
	void reportsThe92PercentGivenTwoWays() {
		Map<String, Object> contradiction = findings(report(this.graphQlTester.documentName("measures-consistency")))
			.get(0);
		assertThat(contradiction.get("message")).isEqualTo("The figures of United States' ai-share-of-gdp-growth "
				+ "(2025-H1) disagree: 92% (measure:us-ai-share-of-gdp-growth-2025-h1), more than 92% "
				+ "(measure:us-ai-share-of-gdp-growth-restated).");
	}

	@Test
	void flagsFundingBeyondStargatesFullyAllocatedSharesButNotTheVisionFundChannel() {
		Map<String, Object> stargate = findings(report(this.graphQlTester.documentName("measures-consistency")
			.variable("entity", "program:stargate"))).stream()
			.filter(f -> f.get("kind").equals("SHARES_EXCEED_TOTAL"))
			.findFirst()
			.orElseThrow();
		assertThat(ids(stargate.get("relations"))).containsExactly("claim:stargate-project-bonds-fund-stargate",
				"claim:softbank-funds-stargate", "claim:oracle-funds-stargate", "claim:openai-funds-stargate",
				"claim:ai-infrastructure-act-2025-funds-stargate");
		assertThat(stargate.get("message")).isEqualTo("The known shares of Stargate's funding already add up to 1 "
				+ "(Stargate project bonds 40%, SoftBank Group 30%, Oracle 20%, OpenAI 10%), yet AI Infrastructure Act "
				+ "of 2025 also funds it with no share: the shares exceed 1 unless that funding is nil.");
	}

	@Test
	void keepsOnlyFindingsThatInvolveTheEntity() {
		assertThat(findings(report(this.graphQlTester.documentName("measures-consistency")
			.variable("entity", "dataset:federal-open-data")))).extracting(f -> f.get("subject"))
			.containsExactly("company:moderna", "company:scale-ai");
		assertThat(findings(report(this.graphQlTester.documentName("measures-consistency")
			.variable("entity", "company:vertiv")))).isEmpty();
	}

	@Test
	void leavesInferredFiguresAndClaimsOutWhenAsked() {
		// the Stargate energy figure's period is inferred, and so are Moderna's and Scale AI's data links
		assertThat(findings(report(this.graphQlTester.documentName("measures-consistency")
			.variable("includeInferred", false)))).extracting(f -> f.get("kind"))
			.containsExactly("SHARES_EXCEED_TOTAL", "FULL_LOAD_ASSUMED");
	}

	@Test
	void rejectsAnUnknownEntity() {
		assertSingleError(this.graphQlTester.documentName("measures-consistency").variable("entity", "company:nope"),
				ErrorType.NOT_FOUND, "No entity with id company:nope");
	}

	private static Map<String, Object> report(GraphQlTester.Request<?> request) {
		return map(request.execute().path("consistency").entity(Object.class).get());
	}

	private static List<Map<String, Object>> findings(Map<String, Object> report) {
		return list(report.get("findings"));
	}

}
