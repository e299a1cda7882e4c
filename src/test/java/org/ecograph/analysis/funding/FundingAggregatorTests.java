package org.ecograph.analysis.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.ecograph.model.TestClaims.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.TestClaims;
import org.junit.jupiter.api.Test;

class FundingAggregatorTests {

	private static final List<Claim> FOUR_FUNDERS = List.of(funds("f1", "softbank", "p", 150e9, 0.3, "equity"),
			funds("f2", "openai", "p", 50e9, 0.1, "in-kind"), funds("f3", "oracle", "p", 100e9, 0.2, "equity"),
			funds("f4", "bonds", "p", 200e9, 0.4, "bonds"));

	@Test
	void sumsAmountsAndSharesThatAgree() {
		FundingSummary summary = summarize(program(500e9), FOUR_FUNDERS);
		assertThat(summary.totalUsd()).isEqualTo(500e9);
		assertThat(summary.sharesSum()).isCloseTo(1.0, within(1e-9));
		assertThat(summary.sharesConsistent()).isTrue();
		assertThat(summary.note()).isNull();
		assertThat(summary.funders()).extracting(f -> f.funder().id())
			.containsExactly("bonds", "softbank", "oracle", "openai");
		assertThat(summary.byInstrument()).extracting(InstrumentTotal::instrument, InstrumentTotal::amountUsd)
			.containsExactly(tuple("equity", 250e9),
					tuple("bonds", 200e9),
					tuple("in-kind", 50e9));
		assertThat(summary.byInstrument().get(0).share()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void flagsSharesThatDoNotAddUpToOne() {
		FundingSummary summary = summarize(program(null), FOUR_FUNDERS.subList(0, 2));
		assertThat(summary.sharesConsistent()).isFalse();
		assertThat(summary.note()).isEqualTo("The shares add up to 0.4, not 1. SoftBank's 150 billion USD is 75% of "
				+ "the total of 200 billion USD, but its share is 30%. OpenAI's 50 billion USD is 25% of the total of "
				+ "200 billion USD, but its share is 10%.");
	}

	@Test
	void flagsAmountsThatDisagreeWithTheDeclaredBudget() {
		FundingSummary summary = summarize(program(600e9), FOUR_FUNDERS);
		assertThat(summary.sharesConsistent()).isFalse();
		assertThat(summary.note()).startsWith("Bonds's 200 billion USD is 33.33% of the declared budget of "
				+ "600 billion USD, but its share is 40%.")
			.endsWith("The amounts add up to 500 billion USD, but the declared budget is 600 billion USD.");
	}

	@Test
	void namesFundersWithoutFiguresWithoutCallingTheSharesInconsistent() {
		List<Claim> claims = new ArrayList<>(FOUR_FUNDERS);
		claims.add(funds("f5", "fund", "p", null, null, null));
		FundingSummary summary = summarize(program(500e9), claims);
		assertThat(summary.sharesConsistent()).isTrue();
		assertThat(summary.note()).isEqualTo(
				"Unknown share: Fund; the check covers the other funders. Unknown amount: Fund; totalUsd counts the other funders.");
		assertThat(summary.byInstrument()).last()
			.satisfies(i -> assertThat(i.instrument()).isEqualTo(FundingAggregator.UNSPECIFIED))
			.satisfies(i -> assertThat(i.complete()).isFalse());
	}

	@Test
	void leavesAmountsThatAreNotFlowsOutOfTheSumsAndNamesThem() {
		List<Claim> claims = new ArrayList<>(FOUR_FUNDERS);
		claims.add(TestClaims.withAmountKind(funds("f6", "white-house", "p", 500e9, null, null), AmountKind.SIZE));
		claims.add(TestClaims.withAmountKind(funds("f7", "analyst", "p", 2e12, null, null), AmountKind.ESTIMATE));
		FundingSummary summary = summarize(program(500e9), claims);
		assertThat(summary.totalUsd()).isEqualTo(500e9);
		assertThat(summary.sharesConsistent()).isTrue();
		assertThat(summary.funders()).filteredOn(FunderShare::nonFlowAmount)
			.extracting(f -> f.funder().id(), FunderShare::amountUsd, FunderShare::amountKind)
			.containsExactly(tuple("analyst", null, AmountKind.ESTIMATE), tuple("white-house", null, AmountKind.SIZE));
		assertThat(summary.note()).isEqualTo("Not counted: Analyst's 2 trillion USD is an estimate, not a flow of money"
				+ " (f7). Not counted: White-house's 500 billion USD is an announced size, not a flow of money (f6)."
				+ " Unknown share: Analyst, White-house; the check covers the other funders.");
	}

	@Test
	void reportsAnEntityWithoutFunding() {
		FundingSummary summary = summarize(program(null), List.of());
		assertThat(summary.totalUsd()).isNull();
		assertThat(summary.sharesSum()).isNull();
		assertThat(summary.sharesConsistent()).isFalse();
		assertThat(summary.note()).isEqualTo("No funding of Project is recorded.");
	}

	private static FundingSummary summarize(Entity target, List<Claim> claims) {
		return FundingAggregator.summarize(target, claims, FundingAggregatorTests::company);
	}

	private static Entity program(Double budget) {
		return new Entity("p", EntityKind.PROGRAM, "Project", List.of(), null,
				budget == null ? Map.of() : Map.of("budgetUsd", budget));
	}

	private static Entity company(String id) {
		String name = switch (id) {
			case "softbank" -> "SoftBank";
			case "openai" -> "OpenAI";
			default -> Character.toUpperCase(id.charAt(0)) + id.substring(1);
		};
		return new Entity(id, EntityKind.COMPANY, name, List.of(), null, Map.of());
	}

}
