package org.ecograph.seed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The seed's assertions (docs/data-model.md, "Assertions"; docs/seed-report.md, "Attribution, bounds and relations
 * added"): V0029 gives every claim one assertion holding its figures, V0031 attributes each to whom the report
 * attributes its sentence and bounds the amounts the sentence bounds, V0032 adds the relations the report states and
 * the seed lacked, each with its origin assertion.
 */
@SeededGraphTest
class SeedAssertionsTests {

	private static final String WHITE_HOUSE_STATEMENT = "White House official statement of 2025-11-24 (白宫发布的官方声明)";

	private static final String PROGRESS_ANNOUNCEMENT = "Stargate project progress announcement (项目进展公告), as of November 2025";

	private static final String PUBLIC_INFORMATION = "public information (公开信息), not named";

	private static final String ANALYSTS = "analyst forecast (分析师预测), analysts not named";

	private static final String NVIDIA_Q3 = "Nvidia 2025 Q3 financial report (2025年Q3财报)";

	private static final String DOE_PLAN = "DOE plan (能源部规划)";

	private static final String SEVERAL_QUARTERS = "data from several quarters (多个方面数据), not named";

	@Autowired
	Driver driver;

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void everySeedClaimHasExactlyOneAssertionHoldingItsSourceQuoteAndFigures() {
		assertThat(count("MATCH (a:Assertion) RETURN count(a) AS v")).isEqualTo(155);
		List<String> differing = this.driver.executableQuery("""
				MATCH (:Entity)-[r]->(:Entity)
				OPTIONAL MATCH (a:Assertion {claim: r.id})
				WITH r, collect(a) AS list
				WITH r, list, list[0] AS a
				WHERE size(list) <> 1 OR a.id <> 'assertion:' + substring(r.id, 6) + '-origin'
				   OR a.source <> r.sources[0] OR coalesce(a.quote, '') <> coalesce(r.quote, '')
				   OR coalesce(a.amountUsd, -1) <> coalesce(r.amountUsd, -1)
				   OR coalesce(a.amountKind, '') <> coalesce(r.amountKind, '')
				   OR coalesce(a.amountBound, '') <> coalesce(r.amountBound, '')
				   OR coalesce(a.shareOfSource, -1) <> coalesce(r.shareOfSource, -1)
				   OR coalesce(a.shareOfTarget, -1) <> coalesce(r.shareOfTarget, -1)
				   OR a.status <> r.status OR coalesce(a.confidence, -1) <> coalesce(r.confidence, -1)
				   OR coalesce(a.validFrom, date('0001-01-01')) <> coalesce(r.validFrom, date('0001-01-01'))
				   OR coalesce(a.validTo, date('0001-01-01')) <> coalesce(r.validTo, date('0001-01-01'))
				   OR a.rank <> 'NORMAL' OR a.supersededAt IS NOT NULL OR a.recordedAt IS NULL OR a.lastSeen IS NULL
				RETURN r.id AS v ORDER BY v""").execute().records().stream().map(r -> r.get("v").asString()).toList();
		assertThat(differing).as("claims without exactly one assertion holding their values").isEmpty();
	}

	@Test
	void attributesEveryRelayedStatementToWhomTheReportAttributesIt() {
		Map<String, List<String>> expected = Map.ofEntries(
				attributed("us-doe-leads-genesis-mission", "agency:white-house", WHITE_HOUSE_STATEMENT),
				attributed("us-doe-leads-american-science-security-platform", "agency:white-house", WHITE_HOUSE_STATEMENT),
				attributed("genesis-mission-owns-american-science-security-platform", "agency:white-house",
						WHITE_HOUSE_STATEMENT),
				attributed("american-science-security-platform-accesses-federal-scientific-data", "agency:white-house",
						WHITE_HOUSE_STATEMENT),
				attributed("american-science-security-platform-focuses-on-supercomputing", "agency:white-house",
						WHITE_HOUSE_STATEMENT),
				attributed("american-science-security-platform-focuses-on-scientific-foundation-models",
						"agency:white-house", WHITE_HOUSE_STATEMENT),
				attributed("american-science-security-platform-focuses-on-ai-lab-robotics", "agency:white-house",
						WHITE_HOUSE_STATEMENT),
				attributed("white-house-announces-stargate", "agency:white-house", null),
				attributed("openai-leads-stargate", "agency:white-house", null),
				attributed("softbank-leads-stargate", "agency:white-house", null),
				attributed("oracle-leads-stargate", "agency:white-house", null),
				attributed("stargate-located-in-us", "program:stargate", PROGRESS_ANNOUNCEMENT),
				attributed("stargate-located-in-ohio", "program:stargate", PROGRESS_ANNOUNCEMENT),
				attributed("stargate-located-in-texas", "program:stargate", PROGRESS_ANNOUNCEMENT),
				attributed("stargate-oracle-sites-located-in-texas", "program:stargate", PROGRESS_ANNOUNCEMENT),
				attributed("stargate-located-in-new-mexico", "program:stargate", PROGRESS_ANNOUNCEMENT),
				attributed("oracle-supplies-stargate-data-centers", "program:stargate", PROGRESS_ANNOUNCEMENT),
				attributed("stargate-focuses-on-ai-data-centers", "program:stargate", PROGRESS_ANNOUNCEMENT),
				attributed("softbank-funds-stargate", null, PUBLIC_INFORMATION),
				attributed("softbank-owns-vision-fund", null, PUBLIC_INFORMATION),
				attributed("vision-fund-funds-stargate", null, PUBLIC_INFORMATION),
				attributed("openai-funds-stargate", null, PUBLIC_INFORMATION),
				attributed("oracle-funds-stargate", null, PUBLIC_INFORMATION),
				attributed("stargate-project-bonds-fund-stargate", null, PUBLIC_INFORMATION),
				attributed("us-treasury-funds-stargate-project-bonds", null, PUBLIC_INFORMATION),
				attributed("us-congress-funds-genesis-mission", "agency:white-house", WHITE_HOUSE_STATEMENT),
				attributed("us-doe-funds-genesis-mission", "agency:us-doe", null),
				attributed("nvidia-supplies-stargate", "company:nvidia", NVIDIA_Q3),
				attributed("nvidia-supplies-stargate-forecast", null, ANALYSTS),
				attributed("dell-supplies-oracle", "company:dell", null),
				attributed("us-doe-publishes-federal-open-data", "agency:us-doe", DOE_PLAN),
				attributed("us-nih-publishes-nih-clinical-data", "agency:us-doe", DOE_PLAN),
				attributed("federal-open-data-owns-nih-clinical-data", "agency:us-doe", DOE_PLAN),
				attributed("federal-open-data-owns-federal-weather-data", "agency:us-doe", DOE_PLAN),
				attributed("goldman-sachs-supports-advanced-manufacturing", "company:goldman-sachs", null),
				attributed("microsoft-develops-ai-compliance-tools", "company:microsoft", null),
				attributed("morgan-stanley-supports-stargate", "company:morgan-stanley", null),
				attributed("renewable-energy-supplies-stargate", null, SEVERAL_QUARTERS));
		List<Record> rows = rows("""
				MATCH (a:Assertion) WHERE a.attributedTo IS NOT NULL OR a.citedDocument IS NOT NULL
				RETURN a.id AS id, a.attributedTo AS attributedTo, a.citedDocument AS citedDocument""");
		Map<String, List<String>> actual = new HashMap<>();
		rows.forEach(r -> actual.put(r.get("id").asString(), Arrays.asList(
				r.get("attributedTo").asString(null), r.get("citedDocument").asString(null))));
		assertThat(actual).isEqualTo(expected);
		// the rest the report states on its own authority: it is their origin
		assertThat(count("MATCH (a:Assertion) WHERE a.attributedTo IS NULL AND a.citedDocument IS NULL RETURN count(a) AS v"))
			.isEqualTo(155 - expected.size());
		assertThat(strings("""
				MATCH (a:Assertion) WHERE a.attributedTo IS NOT NULL AND NOT EXISTS { MATCH (:Entity {id: a.attributedTo}) }
				RETURN collect(a.id) AS v""")).as("attributed to an entity that does not exist").isEmpty();
	}

	@Test
	void anOriginIsThePartyTheReportRelaysSoTheApiNamesIt() {
		Map<String, Object> relation = this.graphQlTester.document("""
				{ relation(id: "claim:us-doe-funds-genesis-mission") { corroboration assertions {
				    attributedTo { id name } citedDocument amountUsd amountBound } } }""")
			.execute()
			.path("relation")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		Map<String, Object> assertion = new HashMap<>();
		assertion.put("attributedTo", Map.of("id", "agency:us-doe", "name", "US Department of Energy"));
		assertion.put("citedDocument", null);
		assertion.put("amountUsd", 1.2e10);
		assertion.put("amountBound", "EXACT");
		assertThat(relation).containsEntry("corroboration", 1).containsEntry("assertions", List.of(assertion));
	}

	@Test
	void boundsTheAmountsTheSentenceBoundsOnTheAssertionAndTheClaim() {
		assertThat(rows("""
				MATCH ()-[r]->() WHERE r.amountBound IS NOT NULL
				MATCH (a:Assertion {claim: r.id})
				RETURN r.id AS id, r.amountUsd AS amount, r.amountBound AS bound, a.amountBound AS stated ORDER BY id"""))
			.extracting(r -> r.get("id").asString(), r -> r.get("amount").asDouble(), r -> r.get("bound").asString(),
					r -> r.get("stated").asString())
			.containsExactly(tuple("claim:cn-funds-ai-applications", 165e9, "APPROXIMATE", "APPROXIMATE"),
					tuple("claim:ge-vernova-supplies-ai-data-centers", 5e9, "AT_LEAST", "AT_LEAST"),
					tuple("claim:nvidia-supplies-stargate-forecast", 20e9, "AT_LEAST", "AT_LEAST"));
		assertThat(count("MATCH (a:Assertion) WHERE a.amountBound IS NOT NULL RETURN count(a) AS v")).isEqualTo(3);
	}

	@Test
	void relationsSayHowTheirAmountIsBoundedAndNothingWhenTheyHaveNone() {
		GraphQlTester.Response response = this.graphQlTester.document("""
				{ a: relation(id: "claim:nvidia-supplies-stargate-forecast") { amountUsd amountBound }
				  b: relation(id: "claim:cn-funds-ai-applications") { amountUsd amountBound }
				  c: relation(id: "claim:nvidia-supplies-stargate") { amountUsd amountBound }
				  d: relation(id: "claim:nvidia-develops-ai-chips") { amountUsd amountBound } }""")
			.execute();
		assertThat(List.of("a", "b", "c", "d")).extracting(alias -> response.path(alias)
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get())
			.extracting(r -> r.get("amountUsd"), r -> r.get("amountBound"))
			.containsExactly(tuple(2e10, "AT_LEAST"), tuple(1.65e11, "APPROXIMATE"), tuple(3.5e9, "EXACT"),
					tuple(null, null));
	}

	@Test
	void addsTheRelationsTheReportStatesEachWithItsOriginAssertion() {
		List<Record> rows = rows("""
				MATCH (f:Entity)-[r]->(t:Entity) WHERE r.id IN $ids
				MATCH (a:Assertion {claim: r.id})
				RETURN r.id AS id, f.id + ' ' + type(r) + ' ' + t.id AS link, r.status AS status,
				       coalesce(r.inferred, false) AS inferred, a.quote = r.quote AS quoted ORDER BY id""",
				Map.of("ids", List.of("claim:openai-develops-nuclear-fusion", "claim:pfizer-develops-biotechnology",
						"claim:moderna-develops-biotechnology", "claim:genesis-mission-owns-federal-open-data",
						"claim:federal-open-data-owns-nih-clinical-data",
						"claim:federal-open-data-owns-federal-weather-data",
						"claim:blue-state-allocation-amendment-regulates-stargate",
						"claim:stargate-focuses-on-ai-data-centers",
						"claim:compute-energy-campus-focuses-on-distributed-energy-storage",
						"claim:california-ai-safety-act-located-in-california",
						"claim:ny-data-privacy-rules-located-in-new-york", "claim:ercot-located-in-texas",
						"claim:compute-energy-campus-located-in-texas", "claim:iceotope-supplies-ai-data-centers")));
		assertThat(rows)
			.extracting(r -> r.get("id").asString(), r -> r.get("link").asString(), r -> r.get("status").asString(),
					r -> r.get("inferred").asBoolean(), r -> r.get("quoted").asBoolean())
			.containsExactly(
					tuple("claim:blue-state-allocation-amendment-regulates-stargate",
							"program:blue-state-allocation-amendment REGULATES program:stargate", "PROPOSED", true, true),
					tuple("claim:california-ai-safety-act-located-in-california",
							"program:california-ai-safety-act LOCATED_IN state:us-ca", "REPORTED", false, true),
					tuple("claim:compute-energy-campus-focuses-on-distributed-energy-storage",
							"program:microsoft-nextera-compute-energy-campus FOCUSES_ON technology:distributed-energy-storage",
							"REPORTED", false, true),
					tuple("claim:compute-energy-campus-located-in-texas",
							"program:microsoft-nextera-compute-energy-campus LOCATED_IN state:us-tx", "REPORTED", true,
							true),
					tuple("claim:ercot-located-in-texas", "agency:ercot LOCATED_IN state:us-tx", "REPORTED", false, true),
					tuple("claim:federal-open-data-owns-federal-weather-data",
							"dataset:federal-open-data OWNS dataset:federal-weather-data", "PLANNED", true, true),
					tuple("claim:federal-open-data-owns-nih-clinical-data",
							"dataset:federal-open-data OWNS dataset:nih-clinical-data", "PLANNED", false, true),
					tuple("claim:genesis-mission-owns-federal-open-data",
							"program:genesis-mission OWNS dataset:federal-open-data", "REPORTED", true, true),
					tuple("claim:iceotope-supplies-ai-data-centers",
							"company:iceotope SUPPLIES technology:ai-data-centers", "REPORTED", true, true),
					tuple("claim:moderna-develops-biotechnology", "company:moderna DEVELOPS technology:biotechnology",
							"REPORTED", true, true),
					tuple("claim:ny-data-privacy-rules-located-in-new-york",
							"program:ny-data-privacy-rules LOCATED_IN state:us-ny", "REPORTED", false, true),
					tuple("claim:openai-develops-nuclear-fusion", "company:openai DEVELOPS technology:nuclear-fusion",
							"REPORTED", true, true),
					tuple("claim:pfizer-develops-biotechnology", "company:pfizer DEVELOPS technology:biotechnology",
							"REPORTED", true, true),
					tuple("claim:stargate-focuses-on-ai-data-centers",
							"program:stargate FOCUSES_ON technology:ai-data-centers", "REPORTED", false, true));
	}

	@Test
	void flagsTheAppropriationTheWhiteHouseOnlyHintsAtAsInferred() {
		Record r = rows("""
				MATCH ()-[r:FUNDS {id: 'claim:us-congress-funds-genesis-mission'}]->()
				RETURN r.inferred AS inferred, r.inference AS inference, r.amountUsd AS amount, r.status AS status""")
			.get(0);
		assertThat(r.get("inferred").asBoolean()).isTrue();
		assertThat(r.get("inference").asString()).startsWith("The link:").contains("仅暗示");
		assertThat(r.get("amount").isNull()).as("the statement names no budget").isTrue();
		assertThat(r.get("status").asString()).isEqualTo("PROPOSED");
	}

	@Test
	void recordsTheReportsCostPerDataCenterAgainstItsOwnTotalWithoutFixingIt() {
		Record r = rows("""
				MATCH (m:Measure {id: 'measure:stargate-cost-per-data-center'})
				RETURN m.value AS value, m.unit AS unit, m.note AS note""").get(0);
		assertThat(r.get("value").asDouble()).isEqualTo(8e9);
		assertThat(r.get("unit").asString()).isEqualTo("USD");
		assertThat(r.get("note").asString()).contains("40 billion USD", "500 billion USD");
	}

	@Test
	void attributesTheMeasuresTheReportRelays() {
		assertThat(rows("""
				MATCH (m:Measure) WHERE m.attributedTo IS NOT NULL OR m.citedDocument IS NOT NULL
				RETURN m.id AS id, coalesce(m.attributedTo, '-') AS attributedTo, coalesce(m.citedDocument, '-') AS cited
				ORDER BY id"""))
			.extracting(r -> r.get("id").asString().substring("measure:".length()),
					r -> r.get("attributedTo").asString(), r -> r.get("cited").asString())
			.containsExactly(tuple("ai-data-center-annual-energy-use", "-", SEVERAL_QUARTERS),
					tuple("ai-data-center-reference-capacity", "-", SEVERAL_QUARTERS),
					tuple("azure-compliance-revenue-growth", "company:microsoft", "-"),
					tuple("blue-state-allocation", "agency:us-congress", "-"),
					tuple("blue-state-allocation-base", "agency:us-congress", "-"),
					tuple("federal-data-custom-model-share-2025", "-",
							"industry data from several quarters (行业多个方面数据), not named"),
					tuple("genesis-mission-leadership-horizon", "agency:white-house", "-"),
					tuple("morgan-stanley-delay-risk", "company:morgan-stanley", "-"),
					tuple("morgan-stanley-funding-gap-coverage", "company:morgan-stanley", "-"),
					tuple("nih-clinical-case-count", "agency:us-doe", DOE_PLAN),
					tuple("nvidia-ai-chip-market-share", "-", ANALYSTS),
					tuple("nvidia-ai-chip-market-share-forecast", "-", ANALYSTS),
					tuple("nvidia-data-center-revenue-2025-q3", "company:nvidia", NVIDIA_Q3),
					tuple("nvidia-data-center-revenue-growth-2025-q3", "company:nvidia", NVIDIA_Q3),
					tuple("stargate-capacity-vs-top-ai-data-centers", "program:stargate", PROGRESS_ANNOUNCEMENT),
					tuple("stargate-new-data-centers", "program:stargate", PROGRESS_ANNOUNCEMENT),
					tuple("stargate-new-electricity-demand", "-", SEVERAL_QUARTERS),
					tuple("stargate-ohio-texas-capacity", "program:stargate", PROGRESS_ANNOUNCEMENT),
					tuple("stargate-ohio-texas-data-centers", "program:stargate", PROGRESS_ANNOUNCEMENT),
					tuple("stargate-oracle-data-centers", "program:stargate", PROGRESS_ANNOUNCEMENT),
					tuple("stargate-oracle-sites-capacity", "program:stargate", PROGRESS_ANNOUNCEMENT),
					tuple("stargate-total-capacity", "program:stargate", PROGRESS_ANNOUNCEMENT),
					tuple("us-foundation-model-market-2025", "-",
							"industry data from several quarters (行业多个方面数据), not named"));
	}

	@Test
	void measuresNameWhomTheReportAttributesThemTo() {
		GraphQlTester.Response response = this.graphQlTester.document("""
				{ a: entity(id: "company:nvidia") { measures(metric: "data-center-revenue") {
				      id attributedTo { id } citedDocument } }
				  b: entity(id: "program:stargate") { measures(metric: "construction-cost-per-data-center") {
				      id attributedTo { id } citedDocument } } }""")
			.execute();
		assertThat(measure(response, "a")).isEqualTo(Map.of("id", "measure:nvidia-data-center-revenue-2025-q3",
				"attributedTo", Map.of("id", "company:nvidia"), "citedDocument", NVIDIA_Q3));
		Map<String, Object> unattributed = new HashMap<>();
		unattributed.put("id", "measure:stargate-cost-per-data-center");
		unattributed.put("attributedTo", null);
		unattributed.put("citedDocument", null);
		assertThat(measure(response, "b")).isEqualTo(unattributed);
	}

	private static Map<String, Object> measure(GraphQlTester.Response response, String alias) {
		List<Map<String, Object>> measures = response.path(alias + ".measures")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(measures).hasSize(1);
		return measures.get(0);
	}

	private static Map.Entry<String, List<String>> attributed(String claimSlug, String attributedTo, String cited) {
		return Map.entry("assertion:" + claimSlug + "-origin", Arrays.asList(attributedTo, cited));
	}

	private List<Record> rows(String query) {
		return rows(query, Map.of());
	}

	private List<Record> rows(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(query).withParameters(parameters).execute().records();
	}

	private List<String> strings(String query) {
		return rows(query).get(0).get("v").asList(v -> v.asString());
	}

	private long count(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get("v").asLong();
	}

}
