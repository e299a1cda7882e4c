package org.ecograph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled seed graph, as a fresh start loads it: its size, its integrity and facts of the report. */
@SeededGraphTest
class SeedGraphTests {

	private static final String REPORT = "source:c9490bf9877dc2fc";

	private static final Path REPORT_TEXT = Path.of("../shared/sources/000_c9490bf9877dc2fc.txt");

	@Autowired
	Driver driver;

	@Test
	void holdsEveryEntityAndClaimOfTheSeedScripts() {
		assertThat(single("MATCH (n:Entity) RETURN count(n) AS v").asLong()).isEqualTo(105);
		// V0003's 137 claims and V0021's 4 memberships (3 pairwise claims retracted there stay in the graph)
		assertThat(single("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS v").asLong()).isEqualTo(155);
		assertThat(single("MATCH ()-[r]->() WHERE r.retractedAt IS NOT NULL RETURN count(r) AS v").asLong())
			.isEqualTo(3);
		assertThat(single("MATCH (m:Measure) RETURN count(m) AS v").asLong()).isEqualTo(74);
		assertThat(single("MATCH (s:Source) RETURN count(s) AS v").asLong()).isEqualTo(1);
	}

	@Test
	void coversEveryEntityKind() {
		List<Record> rows = rows("""
				MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS kind
				RETURN kind, count(*) AS n ORDER BY kind""");
		assertThat(rows).extracting(r -> r.get("kind").asString(), r -> r.get("n").asInt())
			.containsExactly(tuple("Agency", 14), tuple("Company", 29), tuple("Dataset", 7), tuple("Program", 22),
					tuple("State", 8), tuple("Technology", 25));
	}

	@Test
	void leavesNoEntityWithoutClaims() {
		assertThat(strings("MATCH (n:Entity) WHERE NOT (n)--(:Entity) RETURN collect(n.id) AS v")).isEmpty();
	}

	@Test
	void givesEveryClaimTheReportAsSourceAQuoteAStatusAndAConfidence() {
		assertThat(strings("""
				MATCH ()-[r]->() WHERE NOT r:AppliedScript
				  AND (r.sources <> [$report] OR r.quote IS NULL OR trim(r.quote) = '' OR r.status IS NULL
				       OR r.confidence IS NULL)
				RETURN collect(r.id) AS v""", Map.of("report", REPORT))).isEmpty();
	}

	@Test
	void quotesTheReportVerbatim() throws IOException {
		assumeTrue(Files.exists(REPORT_TEXT), "the source report is beside the repository in ../shared");
		String report = Files.readString(REPORT_TEXT, StandardCharsets.UTF_8);
		List<String> quotes = strings("MATCH ()-[r]->() RETURN collect(r.quote) AS v");
		assertThat(quotes).hasSize(155).allSatisfy(q -> assertThat(report).contains(q));
		List<String> measureQuotes = strings("MATCH (m:Measure) RETURN collect(m.quote) AS v");
		assertThat(measureQuotes).hasSize(74).allSatisfy(q -> assertThat(report).contains(q));
	}

	@Test
	void givesEveryMeasureTheReportAsSourceAStatusAndAConfidence() {
		assertThat(strings("""
				MATCH (m:Measure)
				WHERE m.sources <> [$report] OR m.status IS NULL OR m.confidence IS NULL OR m.unit IS NULL
				RETURN collect(m.id) AS v""", Map.of("report", REPORT))).isEmpty();
	}

	@Test
	void recordsTheFourFundersOfStargateWithTheirAmountsAndShares() {
		List<Record> rows = rows("""
				MATCH (f:Entity)-[r:FUNDS]->(:Entity {id: 'program:stargate'}) WHERE r.amountUsd IS NOT NULL
				RETURN f.id AS funder, r.amountUsd AS amount, r.shareOfTarget AS share, r.instrument AS instrument
				ORDER BY amount DESC""");
		assertThat(rows)
			.extracting(r -> r.get("funder").asString(), r -> r.get("amount").asDouble(),
					r -> r.get("share").asDouble(), r -> r.get("instrument").asString())
			.containsExactly(tuple("program:stargate-project-bonds", 200e9, 0.4, "bonds"),
					tuple("company:softbank", 150e9, 0.3, "equity"),
					tuple("company:oracle", 100e9, 0.2, "cash+in-kind"),
					tuple("company:openai", 50e9, 0.1, "in-kind"));
		assertThat(single("MATCH (s:Program {id: 'program:stargate'}) RETURN s.budgetUsd AS v").asDouble())
			.isEqualTo(500e9);
	}

	@Test
	void recordsNvidiasStargateOrdersAsShareOfItsDataCenterRevenue() {
		Record r = rows("""
				MATCH (:Company {id: 'company:nvidia'})-[r:SUPPLIES {id: 'claim:nvidia-supplies-stargate'}]->
				      (:Program {id: 'program:stargate'})
				RETURN r.amountUsd AS amount, r.shareOfSource AS share, r.status AS status""").get(0);
		assertThat(r.get("amount").asDouble()).isEqualTo(3.5e9);
		assertThat(r.get("share").asDouble()).isEqualTo(0.122);
		assertThat(r.get("status").asString()).isEqualTo("REPORTED");
	}

	@Test
	void keepsTheThreeYearNvidiaOrderOutlookAsForecast() {
		Record r = rows("""
				MATCH (:Entity {id: 'company:nvidia'})-[r:SUPPLIES {id: 'claim:nvidia-supplies-stargate-forecast'}]->()
				RETURN r.amountUsd AS amount, r.status AS status""").get(0);
		assertThat(r.get("amount").asDouble()).isEqualTo(20e9);
		assertThat(r.get("status").asString()).isEqualTo("FORECAST");
	}

	@Test
	void recordsVertivsShareOfStargateCoolingOrdersAndDellsOracleDeal() {
		assertThat(single("""
				MATCH (:Entity {id: 'company:vertiv'})-[r:SUPPLIES]->(:Entity {id: 'program:stargate'})
				RETURN r.shareOfTarget AS v""").asDouble()).isEqualTo(0.4);
		assertThat(single("""
				MATCH (:Entity {id: 'company:dell'})-[r:SUPPLIES]->(:Entity {id: 'company:oracle'})
				RETURN r.amountUsd AS v""").asDouble()).isEqualTo(1.8e9);
	}

	@Test
	void recordsTheDepartmentOfEnergyLeadingAndSeedingTheGenesisMission() {
		assertThat(strings("""
				MATCH (:Entity {id: 'agency:us-doe'})-[r]->(:Entity {id: 'program:genesis-mission'})
				RETURN collect(type(r)) AS v""")).contains("LEADS", "FUNDS");
		Record funding = rows("""
				MATCH (:Entity {id: 'agency:us-doe'})-[r:FUNDS]->(:Entity {id: 'program:genesis-mission'})
				RETURN r.amountUsd AS amount, r.status AS status""").get(0);
		assertThat(funding.get("amount").asDouble()).isEqualTo(12e9);
		assertThat(funding.get("status").asString()).isEqualTo("PLANNED");
	}

	@Test
	void placesStargateSitesInTexasOhioAndNewMexico() {
		assertThat(strings("""
				MATCH (:Entity {id: 'program:stargate'})-[:LOCATED_IN]->(s:State)
				RETURN collect(DISTINCT s.id) AS v""")).contains("state:us-tx", "state:us-oh", "state:us-nm");
	}

	@Test
	void datesTheAnnouncementsOfStargateAndTheGenesisMission() {
		assertThat(single("MATCH (p {id: 'program:stargate'}) RETURN toString(p.announcedOn) AS v").asString())
			.isEqualTo("2025-01-21");
		assertThat(single("MATCH (p {id: 'program:genesis-mission'}) RETURN toString(p.announcedOn) AS v").asString())
			.isEqualTo("2025-11-24");
	}

	@Test
	void findsEntitiesByTheirChineseNames() {
		assertThat(strings("""
				CALL db.index.fulltext.queryNodes('entity_names', '星际之门') YIELD node
				RETURN collect(node.id)[0..1] AS v""")).containsExactly("program:stargate");
		assertThat(strings("""
				MATCH (n:Entity) WHERE '英伟达' IN n.aliases RETURN collect(n.id) AS v""")).containsExactly("company:nvidia");
	}

	@Test
	void recordsTheReportsEnergyUnitErrorInsteadOfFixingIt() {
		Record r = rows("""
				MATCH ()-[r]->() WHERE r.quote CONTAINS '6.132万亿吉瓦时'
				RETURN r.note AS note""").get(0);
		assertThat(r.get("note").asString()).contains("61,320 GWh");
	}

	@Test
	void keepsOpenAIsUseOfFederalFusionDataAsDataAccessClaim() {
		assertThat(strings("""
				MATCH (:Entity {id: 'company:openai'})-[:ACCESSES_DATA]->(d:Dataset) RETURN collect(d.id) AS v"""))
			.containsExactly("dataset:federal-fusion-experiment-data");
	}

	private org.neo4j.driver.Value single(String query) {
		return rows(query).get(0).get("v");
	}

	private List<String> strings(String query) {
		return strings(query, Map.of());
	}

	private List<String> strings(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(query)
			.withParameters(parameters)
			.execute()
			.records()
			.get(0)
			.get("v")
			.asList(v -> v.asString());
	}

	private List<Record> rows(String query) {
		return this.driver.executableQuery(query).execute().records();
	}

}
