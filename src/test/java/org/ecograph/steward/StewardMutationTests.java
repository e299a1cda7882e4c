package org.ecograph.steward;

import java.util.List;
import java.util.Map;

import org.ecograph.WritableGraphTest;
import org.ecograph.model.EntityNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import org.ecograph.security.ApiTokenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.steward.StewardTesters.mapType;
import static org.ecograph.steward.StewardTesters.userErrors;

/**
 * The steward mutations against a seeded store of their own: each role against each mutation, each validation
 * failure leaving the graph as it was, and the audit entries of each change. Ids are unique per test.
 */
@WritableGraphTest
class StewardMutationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	Driver driver;

	private StewardTesters as;

	private String unique;

	@BeforeEach
	void testers() {
		this.as = new StewardTesters(this.mvc, this.json, this.tokens, this.driver);
		this.unique = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void anonymousClientsCannotWriteAndAnalystsAreForbidden() {
		String before = this.as.fingerprint();
		ResponseError anonymous = onlyError(upsertEntity(this.as.anonymous, "company:anon-" + this.unique, "Anon"));
		assertThat(anonymous.getErrorType().toString()).isEqualTo("UNAUTHENTICATED");
		assertThat(anonymous.getMessage()).startsWith("upsertEntity needs a steward token: send the header"
				+ " Authorization: Bearer <token>");
		ResponseError analyst = onlyError(upsertEntity(this.as.analyst, "company:analyst-" + this.unique, "Analyst"));
		assertThat(analyst.getErrorType().toString()).isEqualTo("FORBIDDEN");
		assertThat(analyst.getMessage()).startsWith("upsertEntity needs the role STEWARD or above; the token")
			.endsWith("has the role ANALYST");
		for (String document : List.of("steward-retractClaim", "steward-mergeEntities", "steward-revertChange")) {
			Map<String, Object> input = switch (document) {
				case "steward-retractClaim" -> Map.of("id", "claim:softbank-funds-stargate", "reason", "x");
				case "steward-mergeEntities" -> Map.of("duplicate", "company:oracle", "canonical", "company:openai");
				default -> Map.of("id", "change:1");
			};
			assertThat(onlyError(this.as.analyst.documentName(document).variable("input", input)).getErrorType()
				.toString()).as(document).isEqualTo("FORBIDDEN");
			assertThat(onlyError(this.as.anonymous.documentName(document).variable("input", input)).getErrorType()
				.toString()).as(document).isEqualTo("UNAUTHENTICATED");
		}
		assertThat(this.as.fingerprint()).isEqualTo(before);
	}

	@Test
	@SuppressWarnings("unchecked")
	void stewardsAndAdminsCreateAndCorrectEntitiesAndEachChangeIsAudited() {
		String id = "company:nextera-" + this.unique;
		GraphQlTester.Response created = upsertEntity(this.as.steward, id, "NextEra Energy");
		created.path("upsertEntity.userErrors").entityList(Object.class).hasSize(0);
		created.path("upsertEntity.entity.kind").entity(String.class).isEqualTo("COMPANY");
		created.path("upsertEntity.change.who").entity(String.class).isEqualTo(this.as.stewardName);
		Map<String, Object> before = created.path("upsertEntity.change.before").entity(mapType()).get();
		assertThat((Map<String, Object>) before.get("entities")).containsEntry(id, null);

		GraphQlTester.Response corrected = this.as.admin.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", id, "aliases", List.of("新纪元能源"), "properties", Map.of("ticker", "NEE"),
					"comment", "ticker from the annual report"))
			.execute();
		corrected.path("upsertEntity.entity.name").entity(String.class).isEqualTo("NextEra Energy");
		corrected.path("upsertEntity.entity.aliases").entityList(String.class).containsExactly("新纪元能源");
		corrected.path("upsertEntity.entity.properties.ticker").entity(String.class).isEqualTo("NEE");
		// the name's search key follows the new alias, in the store and in the change's record of the state after
		String key = EntityNames.keyOf("NextEra Energy", List.of("新纪元能源"));
		assertThat(this.driver.executableQuery("MATCH (n:Entity {id: $id}) RETURN n.nameKey AS key")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.get("key")
			.asString()).isEqualTo(key);
		Map<String, Object> after = corrected.path("upsertEntity.change.after").entity(mapType()).get();
		assertThat((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) after.get("entities")).get(id))
			.get("properties")).containsEntry(EntityNames.KEY, key);
		this.as.analyst.document("{ entities(nameContains: \"新纪元\", first: 5) { edges { node { id } } } }")
			.execute()
			.path("entities.edges[*].node.id")
			.entityList(String.class)
			.contains(id);

		List<Map<String, Object>> history = this.as.analyst.documentName("steward-history")
			.variable("id", id)
			.execute()
			.path("history")
			.entityList(mapType())
			.get();
		assertThat(history).extracting(h -> h.get("operation")).containsExactly("upsertEntity", "upsertEntity");
		assertThat(history.get(0)).containsEntry("comment", "ticker from the annual report")
			.containsEntry("subjects", List.of(id));
		assertThat((String) history.get(0).get("who")).startsWith("admin-");
		assertThat((String) history.get(0).get("at")).matches("\\d{4}-\\d{2}-\\d{2}T.*");
	}

	@Test
	void refusesMalformedEntityInputWithoutWritingAnything() {
		String before = this.as.fingerprint();
		List<Map<String, Object>> errors = userErrors(this.as.steward.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", "Company:Bad Id", "properties", Map.of("id", "x", "nested", Map.of())))
			.execute(), "upsertEntity");
		assertThat(errors).extracting(e -> e.get("code")).containsOnly("INVALID");
		assertThat(errors).extracting(e -> e.get("field"))
			.contains(List.of("input", "id"), List.of("input", "properties"));
		assertThat(errors.get(0).get("message")).asString().startsWith("id 'Company:Bad Id' is not an entity id");

		List<Map<String, Object>> noName = userErrors(this.as.steward.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", "company:nameless-" + this.unique))
			.execute(), "upsertEntity");
		assertThat(noName).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("message",
					"name is required to create the entity company:nameless-" + this.unique))
			.satisfies(e -> assertThat(e).containsEntry("field", List.of("input", "name")));

		List<Map<String, Object>> negative = userErrors(this.as.steward.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", "program:negative-" + this.unique, "name", "Negative", "budgetUsd", -5))
			.execute(), "upsertEntity");
		assertThat(negative).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "RULE_BROKEN"))
			.satisfies(e -> assertThat((String) e.get("message")).startsWith("AMOUNT_RANGE: program:negative-"
					+ this.unique + ": budgetUsd is -5"));
		assertThat(this.as.fingerprint()).isEqualTo(before);
	}

	@Test
	void refusesClaimsThatBreakTheLoadersRulesWithoutWritingAnything() {
		String before = this.as.fingerprint();
		String id = "claim:bad-" + this.unique;
		Map<String, Object> valid = Map.of("id", id, "kind", "FUNDS", "from", "company:softbank", "to",
				"program:stargate", "status", "COMMITTED", "sources", List.of("source:c9490bf9877dc2fc"));

		assertRuleBroken(with(valid, "shareOfTarget", 1.5), "SHARE_RANGE: " + id + ": shareOfTarget is 1.5; allowed: a"
				+ " number from 0 to 1");
		assertRuleBroken(with(valid, "sources", List.of("source:nowhere")), "CLAIM_SOURCES: " + id + ": unknown"
				+ " source id(s): source:nowhere");
		assertRuleBroken(with(with(valid, "validFrom", "2026-01-01"), "validTo", "2025-01-01"), "DATE_VALUE: " + id
				+ ": validFrom 2026-01-01 is after validTo 2025-01-01");
		assertRuleBroken(with(valid, "amountUsd", -1), "AMOUNT_RANGE: " + id + ": amountUsd is -1");
		List<Map<String, Object>> unknownEnds = userErrors(this.as.steward.documentName("steward-upsertClaim")
			.variable("input", with(with(valid, "from", "company:nobody"), "to", "program:nothing"))
			.execute(), "upsertClaim");
		assertThat(unknownEnds).extracting(e -> e.get("code")).containsOnly("NOT_FOUND");
		assertThat(unknownEnds).extracting(e -> e.get("message"))
			.containsExactly("No entity with id company:nobody: create it with upsertEntity first",
					"No entity with id program:nothing: create it with upsertEntity first");

		List<Map<String, Object>> incomplete = userErrors(this.as.steward.documentName("steward-upsertClaim")
			.variable("input", Map.of("id", id, "kind", "FUNDS"))
			.execute(), "upsertClaim");
		assertThat(incomplete).extracting(e -> e.get("field"))
			.containsExactly(List.of("input", "from"), List.of("input", "to"), List.of("input", "status"),
					List.of("input", "sources"));
		assertThat(this.as.fingerprint()).isEqualTo(before);
	}

	private void assertRuleBroken(Map<String, Object> input, String message) {
		GraphQlTester.Response response = this.as.steward.documentName("steward-upsertClaim")
			.variable("input", input)
			.execute();
		List<Map<String, Object>> errors = userErrors(response, "upsertClaim");
		assertThat(errors).singleElement().satisfies(e -> assertThat(e).containsEntry("code", "RULE_BROKEN"))
			.satisfies(e -> assertThat((String) e.get("message")).startsWith(message));
		response.path("upsertClaim.relation").valueIsNull();
	}

	private static Map<String, Object> with(Map<String, Object> input, String key, Object value) {
		Map<String, Object> copy = new java.util.HashMap<>(input);
		copy.put(key, value);
		return copy;
	}

	private GraphQlTester.Response upsertEntity(GraphQlTester tester, String id, String name) {
		return tester.documentName("steward-upsertEntity").variable("input", Map.of("id", id, "name", name)).execute();
	}

	static ResponseError onlyError(GraphQlTester.Request<?> request) {
		return onlyError(request.execute());
	}

	static ResponseError onlyError(GraphQlTester.Response response) {
		ResponseError[] only = new ResponseError[1];
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			only[0] = errors.get(0);
		});
		return only[0];
	}

}
