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
import static org.ecograph.api.graphql.AnalysisTestSupport.list;

/** Stargate's funding as the report gives it: 150 + 50 + 100 + 200 billion USD = the 500 billion USD budget. */
@SeededGraphTest
class AnalysisFundingSummaryTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void sumsStargatesFundingAndFindsTheSharesConsistent() {
		Map<String, Object> summary = summary(funding("program:stargate"));
		assertClose(summary.get("totalUsd"), 500e9);
		assertClose(summary.get("sharesSum"), 1.0);
		assertThat(summary.get("sharesConsistent")).isEqualTo(true);
		assertThat(list(summary.get("funders"))).extracting(f -> AnalysisTestSupport.map(f.get("funder")).get("id"),
				f -> f.get("share"), f -> f.get("instrument"))
			.containsExactly(tuple("program:stargate-project-bonds", 0.4, "bonds"),
					tuple("company:softbank", 0.3, "equity"),
					tuple("company:oracle", 0.2, "cash+in-kind"),
					tuple("company:openai", 0.1, "in-kind"),
					tuple("program:ai-infrastructure-act-2025", null, "appropriation"),
					tuple("program:softbank-vision-fund", null, "equity"));
		assertThat(list(summary.get("byInstrument"))).extracting(i -> i.get("instrument"), i -> i.get("complete"))
			.containsExactly(tuple("bonds", true),
					tuple("equity", false),
					tuple("cash+in-kind", true),
					tuple("in-kind", true),
					tuple("appropriation", false));
		assertThat(summary.get("note")).isEqualTo("Unknown share: AI Infrastructure Act of 2025, SoftBank Vision Fund; "
				+ "the check covers the other funders. Unknown amount: AI Infrastructure Act of 2025, SoftBank "
				+ "Vision Fund; totalUsd counts the other funders.");
	}

	@Test
	void flagsSharesThatNoLongerAddUpWhenAStatusIsLeftOut() {
		// without the PLANNED bonds (40%) the committed shares are 0.3 + 0.1 + 0.2
		Map<String, Object> summary = summary(funding("program:stargate").variable("status", List.of("COMMITTED")));
		assertClose(summary.get("totalUsd"), 300e9);
		assertClose(summary.get("sharesSum"), 0.6);
		assertThat(summary.get("sharesConsistent")).isEqualTo(false);
		assertThat((String) summary.get("note")).startsWith("The shares add up to 0.6, not 1.");
	}

	@Test
	void keepsOnlyFundingAtOrAboveMinConfidence() {
		// SoftBank's and Oracle's pledges have confidence 0.4; the others less
		Map<String, Object> summary = summary(funding("program:stargate").variable("minConfidence", 0.4));
		assertThat(list(summary.get("funders"))).extracting(f -> AnalysisTestSupport.map(f.get("funder")).get("id"))
			.containsExactly("company:softbank", "company:oracle");
		assertClose(summary.get("totalUsd"), 250e9);
		assertThat(summary.get("note")).isEqualTo("The shares add up to 0.5, not 1. The amounts add up to "
				+ "250 billion USD, but the declared budget is 500 billion USD.");
	}

	@Test
	void leavesChinasInvestmentSizeOutOfTheFundingOfAiApplications() {
		// V0022 marks the 165 billion USD as a SIZE (the scale of China's AI investment); before, totalUsd was 165e9
		Map<String, Object> summary = summary(funding("technology:ai-applications"));
		assertThat(summary.get("totalUsd")).isNull();
		assertThat(list(summary.get("funders"))).extracting(f -> AnalysisTestSupport.map(f.get("funder")).get("id"),
				f -> f.get("amountUsd"), f -> f.get("amountKind"))
			.containsExactly(tuple("state:cn", null, "SIZE"));
		assertThat(summary.get("note")).isEqualTo("No funder's share is known. Not counted: China's 165 billion USD is"
				+ " an announced size, not a flow of money (claim:cn-funds-ai-applications).");
	}

	@Test
	void reportsAnEntityWithoutFunding() {
		Map<String, Object> summary = summary(funding("company:vertiv"));
		assertThat(list(summary.get("funders"))).isEmpty();
		assertThat(summary.get("totalUsd")).isNull();
		assertThat(summary.get("sharesConsistent")).isEqualTo(false);
		assertThat(summary.get("note")).isEqualTo("No funding of Vertiv is recorded.");
	}

	@Test
	void rejectsUnknownTarget() {
		assertSingleError(funding("program:nope"), ErrorType.NOT_FOUND, "No entity with id program:nope");
	}

	private GraphQlTester.Request<?> funding(String target) {
		return this.graphQlTester.documentName("analysis-fundingSummary").variable("target", target);
	}

	private static Map<String, Object> summary(GraphQlTester.Request<?> request) {
		return AnalysisTestSupport.map(request.execute().path("fundingSummary").entity(Object.class).get());
	}

}
