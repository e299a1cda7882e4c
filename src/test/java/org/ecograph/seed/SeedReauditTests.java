package org.ecograph.seed;

import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The re-audit of the seed (V0020-V0025): memberships, amount kinds, inferences, corrections and measures. */
@SeededGraphTest
class SeedReauditTests {

	@Autowired
	Driver driver;

	@Test
	void linksTheFourFoundersOfTheAiInfrastructurePartnershipToItAsMembers() {
		assertThat(rows("""
				MATCH (m:Entity)-[r:MEMBER_OF]->(:Program {id: 'program:ai-infrastructure-partnership'})
				RETURN m.id AS member, r.role AS role, r.status AS status, r.confidence AS confidence ORDER BY member"""))
			.extracting(r -> r.get("member").asString(), r -> r.get("role").asString(), r -> r.get("status").asString(),
					r -> r.get("confidence").asDouble())
			.containsExactly(tuple("company:blackrock", "founding member", "REPORTED", 0.75),
					tuple("company:microsoft", "founding member", "REPORTED", 0.75),
					tuple("company:nvidia", "founding member", "REPORTED", 0.6),
					tuple("company:xai", "founding member", "REPORTED", 0.6));
		assertThat(single("MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS v").asLong()).isEqualTo(4);
	}

	@Test
	void retractsThePairwisePartnershipsThatRestatedTheMembership() {
		assertThat(rows("""
				MATCH (:Entity {id: 'company:microsoft'})-[r:PARTNERS_WITH]->(p)
				RETURN p.id AS partner, r.retractedAt IS NOT NULL AS retracted, r.retractionReason AS reason
				ORDER BY partner"""))
			.extracting(r -> r.get("partner").asString(), r -> r.get("retracted").asBoolean())
			.containsExactly(tuple("company:blackrock", true), tuple("company:nextera-energy", false),
					tuple("company:nvidia", true), tuple("company:xai", true));
		assertThat(strings("""
				MATCH ()-[r]->() WHERE r.retractedAt IS NOT NULL RETURN collect(r.retractionReason) AS v"""))
			.hasSize(3)
			.allSatisfy(reason -> assertThat(reason).startsWith("Superseded by MEMBER_OF claims"));
	}

	@Test
	void marksEveryAmountWithItsKindAndOnlyFourAsOtherThanFlows() {
		assertThat(single("""
				MATCH ()-[r]->() WHERE r.amountUsd IS NOT NULL AND r.amountKind IS NULL RETURN count(r) AS v""")
			.asLong()).isZero();
		assertThat(rows("""
				MATCH ()-[r]->() WHERE r.amountKind <> 'FLOW'
				RETURN r.id AS id, r.amountKind AS kind, r.amountUsd AS amount ORDER BY id"""))
			.extracting(r -> r.get("id").asString(), r -> r.get("kind").asString(), r -> r.get("amount").asDouble())
			.containsExactly(tuple("claim:ai-infrastructure-partnership-focuses-on-ai-data-centers", "TARGET", 100e9),
					tuple("claim:cn-funds-ai-applications", "SIZE", 165e9),
					tuple("claim:goldman-sachs-supports-advanced-manufacturing", "ESTIMATE", 2.3e12),
					tuple("claim:white-house-announces-stargate", "SIZE", 500e9));
		assertThat(single("MATCH ()-[r {amountKind: 'FLOW'}]->() RETURN count(r) AS v").asLong()).isEqualTo(9);
	}

	@Test
	void flagsInferredClaimsAndSaysWhatWasInferred() {
		// V0023's 31, the Congress appropriation V0031 flags and the 8 inferred relations V0032 adds
		assertThat(single("MATCH ()-[r {inferred: true}]->() RETURN count(r) AS v").asLong()).isEqualTo(40);
		assertThat(single("""
				MATCH ()-[r {inferred: true}]->() WHERE r.inference IS NULL OR trim(r.inference) = ''
				RETURN count(r) AS v""").asLong()).isZero();
		assertThat(strings("""
				MATCH (:Entity {id: 'agency:democratic-party'})-[r]->() WHERE r.inferred IS NULL
				RETURN collect(r.id) AS v""")).isEmpty();
		assertThat(single("""
				MATCH ()-[r {id: 'claim:us-doe-publishes-federal-fusion-experiment-data'}]->() RETURN r.inference AS v""")
			.asString()).startsWith("The provider:");
	}

	@Test
	void correctsStatusesDatesAndSharesThatDidNotMatchTheirSentence() {
		assertThat(rows("""
				MATCH ()-[r]->() WHERE r.id IN ['claim:micron-supplies-ai-servers', 'claim:renewable-energy-supplies-stargate']
				RETURN r.id AS id, r.status AS status ORDER BY id"""))
			.extracting(r -> r.get("id").asString(), r -> r.get("status").asString())
			.containsExactly(tuple("claim:micron-supplies-ai-servers", "REPORTED"),
					tuple("claim:renewable-energy-supplies-stargate", "REPORTED"));
		Record helion = rows("""
				MATCH ()-[r {id: 'claim:helion-energy-plans-commercial-fusion-plant'}]->()
				OPTIONAL MATCH (m:Measure {subject: r.id})
				RETURN r.validFrom AS validFrom, m.value AS year, m.unit AS unit""").get(0);
		assertThat(helion.get("validFrom").isNull()).isTrue();
		assertThat(helion.get("year").asDouble()).isEqualTo(2028);
		assertThat(helion.get("unit").asString()).isEqualTo("CALENDAR_YEAR");
		assertThat(single("""
				MATCH ()-[r {id: 'claim:openai-develops-foundation-models'}]->() RETURN r.shareOfTarget AS v""")
			.asDouble()).isEqualTo(0.35);
	}

	@Test
	void typesStargatesCapacityAsMeasuresInGigawattsWithTheirStatesAndWhole() {
		assertThat(rows("""
				MATCH (m:Measure {subject: 'program:stargate', metric: 'planned-capacity'})
				RETURN m.value AS value, m.unit AS unit, coalesce(m.bound, 'EXACT') AS bound, m.status AS status,
				       m.places AS places, m.partOf AS partOf ORDER BY value"""))
			.extracting(r -> r.get("value").asDouble(), r -> r.get("unit").asString(), r -> r.get("bound").asString(),
					r -> r.get("status").asString(), r -> r.get("places").asList(v -> v.asString()),
					r -> r.get("partOf").asString(null))
			.containsExactly(
					tuple(1.5, "GW", "EXACT", "PLANNED", List.of("state:us-oh", "state:us-tx"),
							"measure:stargate-total-capacity"),
					tuple(4.5, "GW", "EXACT", "PLANNED", List.of("state:us-tx", "state:us-nm"),
							"measure:stargate-total-capacity"),
					tuple(7.0, "GW", "APPROXIMATE", "PLANNED", List.of("state:us"), null));
	}

	@Test
	void typesTheReportsOtherFiguresWithTheirUnits() {
		Map<String, String> expected = Map.of("measure:nvidia-data-center-revenue-2025-q3", "2.86E10 USD",
				"measure:nvidia-ai-chip-market-share", "83.0 PERCENT",
				"measure:stargate-new-electricity-demand", "6.132E12 GWH_PER_YEAR",
				"measure:us-renewable-share-of-power-mix", "28.0 PERCENT",
				"measure:nih-clinical-case-count", "1.2E8 COUNT",
				"measure:tx-nm-wind-solar-capacity", "20.0 GW",
				"measure:openai-fusion-simulation-time-after", "48.0 HOURS",
				"measure:cn-ai-investment-cny", "1.2E12 CNY");
		List<Record> rows = rows("""
				MATCH (m:Measure) WHERE m.id IN $ids RETURN m.id AS id, m.value AS value, m.unit AS unit""",
				Map.of("ids", List.copyOf(expected.keySet())));
		assertThat(rows).hasSize(expected.size()).allSatisfy(r -> assertThat(
				r.get("value").asDouble() + " " + r.get("unit").asString()).isEqualTo(expected.get(r.get("id").asString())));
		assertThat(single("MATCH (m:Measure) WHERE m.inferred = true RETURN count(m) AS v").asLong()).isEqualTo(11);
	}

	private org.neo4j.driver.Value single(String query) {
		return rows(query).get(0).get("v");
	}

	private List<String> strings(String query) {
		return single(query).asList(v -> v.asString());
	}

	private List<Record> rows(String query) {
		return rows(query, Map.of());
	}

	private List<Record> rows(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(query).withParameters(parameters).execute().records();
	}

}
