package org.ecograph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertClose;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertSingleError;
import static org.ecograph.api.graphql.AnalysisTestSupport.ids;
import static org.ecograph.api.graphql.AnalysisTestSupport.list;
import static org.ecograph.api.graphql.AnalysisTestSupport.map;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What-if through GraphQL on the seed: Nvidia supplies Stargate (12.2% of its relevant total), which SoftBank (30%),
 * Oracle (20%), OpenAI (10%) and the project bonds (40%) fund. Scenarios, critical claims and chokepoints; nothing
 * written; no more readable than the caller may read.
 */
@SeededGraphTest
class AnalysisScenarioTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	DriverQueryCounter counter;

	@Autowired
	Driver driver;

	@Autowired
	MockMvc mvc;

	@Test
	void removingSoftBankTakesItsShareOutOfNvidiasExposureAndLeavesTheRest() {
		Map<String, Object> scenario = scenario(Map.of("removeEntities", List.of("company:softbank")));
		List<Map<String, Object>> exposure = list(scenario.get("exposure"));
		Map<String, Object> softBank = counterpart(exposure, "company:softbank");
		assertClose(map(softBank.get("before")).get("totalShare"), 0.122 * 0.3);
		assertThat(softBank.get("after")).isNull();
		assertThat(softBank.get("delta")).isNull();
		Map<String, Object> stargate = counterpart(exposure, "program:stargate");
		assertClose(map(stargate.get("after")).get("totalShare"), 0.122);
		assertClose(stargate.get("delta"), 0);
		// the scenario's counterparts first, in its order; then those only the graph as it is lists (SoftBank and
		// what is reached only through it)
		int firstGone = exposure.indexOf(exposure.stream().filter(e -> e.get("after") == null).findFirst().orElseThrow());
		assertThat(exposure.subList(0, firstGone)).allSatisfy(e -> assertThat(e.get("after")).isNotNull());
		assertThat(exposure.subList(firstGone, exposure.size())).contains(softBank)
			.allSatisfy(e -> assertThat(e.get("after")).isNull());
		assertThat(list(scenario.get("ranking"))).extracting(r -> map(r.get("entity")).get("id"))
			.doesNotContain("company:softbank");
	}

	@Test
	void scalingNvidiasSupplyOfStargateHalvesEveryShareThroughIt() {
		String supply = firstClaimOf(scenario(Map.of()), "program:stargate");
		Map<String, Object> scenario = scenario(Map.of("capClaims", List.of(Map.of("relation", supply, "scale", 0.5))),
				"program:stargate");
		List<Map<String, Object>> exposure = list(scenario.get("exposure"));
		assertClose(counterpart(exposure, "program:stargate").get("delta"), -0.061);
		assertClose(map(counterpart(exposure, "company:softbank").get("after")).get("totalShare"), 0.061 * 0.3);
		assertClose(counterpart(exposure, "company:softbank").get("delta"), -0.061 * 0.3);
		// the capped figures are what the answer shows
		Map<String, Object> capped = list(map(scenario.get("influencePaths")).get("paths")).stream()
			.flatMap(p -> list(p.get("steps")).stream())
			.map(step -> map(step.get("relation")))
			.filter(relation -> supply.equals(relation.get("id")))
			.findFirst()
			.orElseThrow();
		assertClose(capped.get("shareOfSource"), 0.061);
		assertClose(capped.get("amountUsd"), 3.5e9 / 2);
	}

	@Test
	void aHypotheticalSupplyOpensANewPathAndTheRemovedOneIsGone() {
		String supply = firstClaimOf(scenario(Map.of()), "program:stargate");
		Map<String, Object> scenario = scenario(Map.of("removeClaims", List.of(supply), "addClaims",
				List.of(Map.of("kind", "FUNDS", "from", "company:softbank", "to", "company:nvidia", "shareOfTarget",
						0.25, "amountUsd", 1e9))), "company:softbank");
		Map<String, Object> paths = map(scenario.get("influencePaths"));
		assertThat(list(paths.get("gone"))).isNotEmpty()
			.allSatisfy(p -> assertThat(ids(list(p.get("steps")).stream().map(s -> s.get("relation")).toList()))
				.contains(supply));
		List<Map<String, Object>> added = list(paths.get("new"));
		assertThat(added).isNotEmpty();
		assertThat(ids(list(added.get(0).get("steps")).stream().map(s -> s.get("relation")).toList()))
			.containsExactly("hypothetical:1");
		// the one hypothetical claim is all the new path rests on
		Map<String, Object> direct = list(paths.get("paths")).stream()
			.filter(p -> list(p.get("steps")).size() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(ids(direct.get("criticalClaims"))).containsExactly("hypothetical:1");
		assertClose(map(counterpart(list(scenario.get("exposure")), "company:softbank").get("after"))
			.get("directShare"), 0.25);
	}

	@Test
	void aHypotheticalSupplierExistsForTheRequestWithTheNameAndKindGiven() {
		Map<String, Object> scenario = map(this.graphQlTester.documentName("analysis-scenario-hypothetical-entity")
			.variable("input", Map.of("addEntities",
					List.of(Map.of("id", "company:new-chip-maker", "name", "New Chip Maker")), "addClaims",
					List.of(Map.of("kind", "SUPPLIES", "from", "company:new-chip-maker", "to", "program:stargate",
							"shareOfTarget", 0.2))))
			.variable("entity", "program:stargate")
			.variable("from", "company:new-chip-maker")
			.variable("to", "program:stargate")
			.execute()
			.path("scenario")
			.entity(Object.class)
			.get());
		Map<String, Object> supplier = counterpart(list(scenario.get("exposure")), "company:new-chip-maker");
		assertThat(map(supplier.get("counterpart"))).isEqualTo(Map.of("__typename", "Company", "id",
				"company:new-chip-maker", "name", "New Chip Maker", "kind", "COMPANY", "aliases", List.of()));
		assertThat(supplier.get("before")).isNull();
		assertClose(map(supplier.get("after")).get("directShare"), 0.2);
		Map<String, Object> paths = map(scenario.get("influencePaths"));
		assertThat(list(paths.get("gone"))).isEmpty();
		List<Map<String, Object>> found = list(paths.get("paths"));
		assertThat(found).hasSize(1);
		assertThat(list(found.get(0).get("nodes")).get(0))
			.isEqualTo(Map.of("id", "company:new-chip-maker", "name", "New Chip Maker", "kind", "COMPANY"));
		Map<String, Object> step = list(found.get(0).get("steps")).get(0);
		assertThat(map(map(step.get("relation")).get("from")))
			.isEqualTo(Map.of("id", "company:new-chip-maker", "name", "New Chip Maker", "kind", "COMPANY"));
		assertThat((String) step.get("explanation")).startsWith("New Chip Maker");
		assertThat(list(paths.get("new"))).hasSize(1);
	}

	@Test
	void refusesAHypotheticalEntityWhoseIdIsTakenOrWhoseKindIsNotItsIds() {
		assertSingleError(this.graphQlTester.documentName("analysis-scenario-hypothetical-entity")
			.variable("input", Map.of("addEntities",
					List.of(Map.of("id", "company:nvidia", "name", "Another Nvidia"),
							Map.of("id", "company:new-lab", "name", "New Lab", "kind", "PROGRAM"),
							Map.of("id", "lab:new", "name", "Lab"))))
			.variable("entity", "company:nvidia").variable("from", "company:nvidia").variable("to", "company:oracle"),
				ErrorType.BAD_REQUEST, "scenario: addEntities[0].id company:nvidia is already an entity of the graph:"
						+ " a hypothetical entity takes an id no entity has (to change an existing entity's relations,"
						+ " remove or cap them, or add relations to it); addEntities[1].kind PROGRAM is not the kind"
						+ " of its id company:new-lab (COMPANY): give kind COMPANY or leave it out, or an id with the"
						+ " prefix program:; addEntities[2].id 'lab:new' is not an entity id: expected <kind>:<slug>"
						+ " with kind one of company, program, agency, dataset, state, technology and slug of"
						+ " lowercase letters, digits and single hyphens, e.g. company:openai");
	}

	@Test
	void namesEveryUnknownIdAndFigureOutOfRange() {
		assertSingleError(this.graphQlTester.documentName("analysis-scenario")
			.variable("input", Map.of("removeEntities", List.of("company:nope"), "removeClaims",
					List.of("claim:nope"), "capClaims", List.of(Map.of("relation", "claim:none", "scale", 2.0))))
			.variable("entity", "company:nvidia").variable("from", "company:nvidia").variable("to", "company:softbank"),
				ErrorType.BAD_REQUEST, "scenario: unknown entities [company:nope] (removeEntities names entities of "
						+ "the graph); unknown relations [claim:nope, claim:none] (removeClaims and capClaims name "
						+ "relations of the graph by id); capClaims claim:none: scale 2.0 is out of range: allowed 0..1");
	}

	@Test
	void refusesAQuestionAboutAnEntityTheScenarioRemoves() {
		GraphQlTester.Response response = request(Map.of("removeEntities", List.of("company:nvidia"))).execute();
		response.errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).isEqualTo("entity company:nvidia is removed by the scenario "
					+ "(removeEntities): ask about an entity the scenario keeps");
		}));
	}

	@Test
	void criticalClaimsNameTheEvidenceOfPathsAndExposures() {
		GraphQlTester.Response response = this.graphQlTester.documentName("analysis-criticalClaims")
			.variable("from", "company:nvidia").variable("to", "company:softbank").variable("k", 3)
			.variable("entity", "company:nvidia").variable("first", 5)
			.execute();
		List<Map<String, Object>> paths = response.path("influencePaths").entityList(Object.class).get().stream()
			.map(AnalysisTestSupport::map).toList();
		// Nvidia -> Stargate <- SoftBank: each step has a parallel claim (the supply forecast; SoftBank leads
		// Stargate), so removing either claim leaves the strongest path through the same entities
		Map<String, Object> strongest = paths.get(0);
		assertThat(ids(strongest.get("nodes"))).containsExactly("company:nvidia", "program:stargate",
				"company:softbank");
		assertThat(ids(strongest.get("criticalClaims"))).isEmpty();
		List<Map<String, Object>> exposure = response.path("exposure").entityList(Object.class).get().stream()
			.map(AnalysisTestSupport::map).toList();
		Map<String, Object> softBank = counterpart(exposure, "company:softbank");
		List<Map<String, Object>> critical = list(softBank.get("criticalClaims"));
		// without either claim of the one chain Nvidia -> Stargate <- SoftBank no known share remains
		assertThat(critical).hasSize(2).allSatisfy(c -> assertThat(c.get("totalShareWithout")).isNull());
	}

	@Test
	void theRoutesOfAnExposureSendTheirCriticalClaimsToTheExposure() {
		this.graphQlTester.documentName("analysis-criticalClaims-of-exposure-routes")
			.variable("entity", "company:nvidia")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("criticalClaims is answered for the paths of influencePaths "
						+ "(and of scenario { influencePaths }); for the routes of an exposure ask "
						+ "Exposure.criticalClaims");
				assertThat(error.getPath()).isEqualTo("exposure[0].paths[0].criticalClaims");
			}));
	}

	@Test
	void stargateIsTheChokepointOfNvidiasExposureToItsFunders() {
		List<Map<String, Object>> chokepoints = this.graphQlTester.documentName("analysis-chokepoints")
			.variable("entity", "company:nvidia").variable("direction", "UPSTREAM")
			.execute().path("chokepoints").entityList(Object.class).get().stream()
			.map(AnalysisTestSupport::map).toList();
		// every chain of known shares within 3 hops (the exposure's default bound) from Nvidia passes through
		// Stargate: it cuts off 6 counterparts and carries the whole known exposure, 0.2989. (Without a hop bound, over
		// every relation, it cut off 21 entities and 47/49 of it: V0032's Microsoft-NextEra campus in Texas is reached
		// through AIP and Microsoft by chains of unknown share or longer than 3 hops.) No other entity cuts one off.
		assertThat(chokepoints).hasSize(1);
		Map<String, Object> stargate = chokepoints.get(0);
		assertThat(map(stargate.get("entity")).get("id")).isEqualTo("program:stargate");
		assertThat(stargate.get("dominated")).isEqualTo(6);
		assertClose(stargate.get("dependentTotalShare"), 0.2989);
		assertClose(stargate.get("dependentShare"), 1.0);
	}

	@Test
	void aScenarioWritesNothing() {
		long version = count("MATCH (v:GraphVersion) RETURN coalesce(max(v.version), 0) AS n");
		long nodes = count("MATCH (n) RETURN count(n) AS n");
		long relationships = count("MATCH ()-[r]->() RETURN count(r) AS n");
		this.counter.clear();
		scenario(Map.of("removeEntities", List.of("company:softbank"), "capClaims",
				List.of(Map.of("relation", firstClaimOf(scenario(Map.of()), "program:stargate"), "maxShare", 0.01)),
				"addClaims", List.of(Map.of("kind", "SUPPLIES", "from", "company:oracle", "to", "company:nvidia"))));
		assertThat(this.counter.observed()).extracting(DriverQueryCounter.Statement::text)
			.noneMatch(text -> text.matches("(?is).*\\b(CREATE|MERGE|SET|DELETE|REMOVE)\\b.*"));
		assertThat(count("MATCH (v:GraphVersion) RETURN coalesce(max(v.version), 0) AS n")).isEqualTo(version);
		assertThat(count("MATCH (n) RETURN count(n) AS n")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(relationships);
	}

	@Test
	void aScenarioFromAnotherMachineNeedsAToken() throws Exception {
		String body = "{\"query\": \"{ scenario(input: {removeEntities: [\\\"company:softbank\\\"]}) "
				+ "{ ranking(first: 1) { score } } }\"}";
		MvcResult result = this.mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(request -> {
				request.setRemoteAddr("10.1.2.3");
				return request;
			})).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("UNAUTHENTICATED")
			.doesNotContain("score");
	}

	private long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get("n").asLong();
		}
	}

	private GraphQlTester.Request<?> request(Map<String, Object> input) {
		return request(input, "company:oracle");
	}

	private GraphQlTester.Request<?> request(Map<String, Object> input, String to) {
		return this.graphQlTester.documentName("analysis-scenario")
			.variable("input", input)
			.variable("entity", "company:nvidia")
			.variable("first", 50)
			.variable("from", "company:nvidia")
			.variable("to", to)
			.variable("k", 5);
	}

	private Map<String, Object> scenario(Map<String, Object> input) {
		return scenario(input, "company:oracle");
	}

	private Map<String, Object> scenario(Map<String, Object> input, String to) {
		return map(request(input, to).execute().path("scenario").entity(Object.class).get());
	}

	/** The claim of the first step of the first path to {@code counterpart} listed before the scenario. */
	private static String firstClaimOf(Map<String, Object> scenario, String counterpart) {
		Map<String, Object> before = map(counterpart(list(scenario.get("exposure")), counterpart).get("before"));
		return (String) map(list(list(before.get("paths")).get(0).get("steps")).get(0).get("relation")).get("id");
	}

	private static Map<String, Object> counterpart(List<Map<String, Object>> exposure, String id) {
		return exposure.stream().filter(e -> id.equals(map(e.get("counterpart")).get("id"))).findFirst().orElseThrow();
	}

}
