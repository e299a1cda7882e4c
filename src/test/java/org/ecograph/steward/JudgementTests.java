package org.ecograph.steward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.WritableGraphTest;
import org.ecograph.security.ApiTokenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.steward.StewardTesters.mapType;
import static org.ecograph.steward.StewardTesters.userErrors;

/**
 * Entity resolution by judgement (docs/data-model.md, "Entity resolution by judgement"): a SAME judgement and its
 * withdrawal leave every analysis answer of the seed as it was, a DIFFERENT judgement blocks a SAME that would join
 * the two, an old id answers with the canonical entity while the judgement stands and every claim goes back to the
 * entity it was stated about after it, and bad input is refused, all on the writable seeded store.
 */
@WritableGraphTest
class JudgementTests {

	private static final String SOURCE = "source:c9490bf9877dc2fc";

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
	void judgingTwoSeedEntitiesTheSameThenWithdrawingLeavesEveryAnswerAsBefore() {
		Map<String, Object> before = seedAnswers();
		String judgement = ok(judge("company:dell", "company:micron", "SAME", "one memory and server maker"),
				"judgeEntities")
			.path("judgeEntities.judgement.id")
			.entity(String.class)
			.get();
		Map<String, Object> during = seedAnswers();
		assertThat(during).as("the judgement changes answers while it stands").isNotEqualTo(before);
		assertThat(during.get("entity company:micron")).isEqualTo(during.get("entity company:dell"));
		assertThat(during.get("exposure company:micron")).isEqualTo(during.get("exposure company:dell"));

		ok(withdraw(judgement, "two companies after all"), "withdrawJudgement")
			.path("withdrawJudgement.judgement.withdrawReason").entity(String.class).isEqualTo("two companies after all");
		Map<String, Object> after = seedAnswers();
		assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
		before.forEach((question, answer) -> assertThat(after.get(question)).as(question).isEqualTo(answer));
	}

	@Test
	void aDifferentJudgementBlocksASameThatWouldJoinTheTwoAndNamesIt() {
		String a = entity("company:judge-a-" + this.unique);
		String b = entity("company:judge-b-" + this.unique);
		String c = entity("company:judge-c-" + this.unique);
		String same = ok(judge(a, b, "SAME", "one company"), "judgeEntities").path("judgeEntities.judgement.id")
			.entity(String.class)
			.get();
		String different = ok(judge(a, c, "DIFFERENT", "a competitor"), "judgeEntities")
			.path("judgeEntities.judgement.id")
			.entity(String.class)
			.get();
		String graph = this.as.fingerprint();

		assertThat(userErrors(judge(b, c, "SAME", "looks alike"), "judgeEntities")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "CONFLICT"))
			.satisfies(e -> assertThat((String) e.get("message")).contains(different)
				.startsWith(b + " and " + c + " cannot be judged the same: the judgement " + different));
		assertThat(userErrors(mergeEntities(c, b), "mergeEntities")).singleElement()
			.satisfies(e -> assertThat((String) e.get("message")).contains(different));
		assertThat(userErrors(judge(b, a, "DIFFERENT", "not the same"), "judgeEntities")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "CONFLICT"))
			.satisfies(e -> assertThat((String) e.get("message")).contains(same));
		assertThat(this.as.fingerprint()).as("nothing written").isEqualTo(graph);
		this.as.analyst.documentName("steward-entity-relations").variable("id", c).execute()
			.path("entity.id").entity(String.class).isEqualTo(c);
	}

	@Test
	void anOldIdAnswersWithTheCanonicalAndWithdrawingGivesEveryClaimBack() {
		String canonical = entity("company:judge-canonical-" + this.unique);
		String duplicate = entity("company:judge-duplicate-" + this.unique);
		String p = entity("program:judge-p-" + this.unique);
		String q = entity("program:judge-q-" + this.unique);
		String own = claim("claim:judge-canonical-funds-p-" + this.unique, canonical, p, 0.4);
		String stated = claim("claim:judge-duplicate-funds-q-" + this.unique, duplicate, q, 0.6);
		assertThat(counterparts(canonical)).containsExactly(p);
		assertThat(counterparts(duplicate)).containsExactly(q);

		GraphQlTester.Response merged = ok(mergeEntities(duplicate, canonical), "mergeEntities");
		merged.path("mergeEntities.entity.id").entity(String.class).isEqualTo(canonical);
		List<String> subjects = merged.path("mergeEntities.change.subjects").entityList(String.class).get();
		String judgement = subjects.stream().filter(s -> s.startsWith("judgement:")).findFirst().orElseThrow();
		assertThat(subjects).contains(canonical, duplicate);

		this.as.analyst.documentName("steward-entity-relations").variable("id", duplicate).execute()
			.path("entity.id").entity(String.class).isEqualTo(canonical);
		assertThat(counterparts(canonical)).as("the duplicate's claims count for the canonical").containsExactly(p, q);
		assertThat(exposure(duplicate)).isEqualTo(exposure(canonical));
		assertThat(pathNodes(duplicate, q)).isEqualTo(pathNodes(canonical, q)).containsExactly(canonical, q);
		assertThat(relationFrom(stated)).as("the claim is still the duplicate's, answered by the canonical")
			.isEqualTo(canonical);
		assertThat(this.driver.executableQuery("MATCH ()-[r {id: $id}]->() RETURN startNode(r).id AS from")
			.withParameters(Map.of("id", stated))
			.execute()
			.records()
			.get(0)
			.get("from")
			.asString()).as("no claim moved").isEqualTo(duplicate);

		ok(withdraw(judgement, "two companies"), "withdrawJudgement");
		this.as.analyst.documentName("steward-entity-relations").variable("id", duplicate).execute()
			.path("entity.id").entity(String.class).isEqualTo(duplicate);
		assertThat(counterparts(canonical)).containsExactly(p);
		assertThat(counterparts(duplicate)).containsExactly(q);
		assertThat(relationFrom(stated)).isEqualTo(duplicate);
		assertThat(relationFrom(own)).isEqualTo(canonical);

		// the withdrawal is a change like any: reverting it stands the judgement up again
		String withdrawal = this.as.analyst.documentName("steward-history").variable("id", judgement).execute()
			.path("history[0].id").entity(String.class).get();
		ok(this.as.steward.documentName("steward-revertChange").variable("input", Map.of("id", withdrawal)).execute(),
				"revertChange");
		assertThat(counterparts(canonical)).containsExactly(p, q);
		assertThat(counterparts(duplicate)).containsExactly(p, q);
	}

	@Test
	void refusesUnknownIdsTheSameIdTwiceAnEmptyReasonAndAWithdrawnJudgement() {
		String a = entity("company:judge-bad-a-" + this.unique);
		String b = entity("company:judge-bad-b-" + this.unique);
		String graph = this.as.fingerprint();
		String nobody = "company:nobody-" + this.unique;
		assertThat(userErrors(judge(nobody, a, "SAME", "why not"), "judgeEntities")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "NOT_FOUND")
				.containsEntry("field", List.of("input", "left"))
				.containsEntry("message", "No entity with id " + nobody));
		assertThat(userErrors(judge(a, a, "DIFFERENT", "why not"), "judgeEntities")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "INVALID")
				.containsEntry("message", "left and right are the same id " + a
						+ ": a judgement is about two different ids"));
		assertThat(userErrors(judge(a, b, "SAME", " "), "judgeEntities")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "INVALID")
				.containsEntry("field", List.of("input", "reason")));
		assertThat(userErrors(judge(a, "program:stargate", "SAME", "x"), "judgeEntities")).singleElement()
			.satisfies(e -> assertThat((String) e.get("message")).contains("are of different kinds"));
		assertThat(userErrors(judge("openai", a, "SAME", "x"), "judgeEntities")).singleElement()
			.satisfies(e -> assertThat((String) e.get("message")).startsWith("left 'openai' is not an entity id"));
		assertThat(userErrors(withdraw("judgement:nothing-" + this.unique, "x"), "withdrawJudgement")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "NOT_FOUND"));
		assertThat(userErrors(withdraw("change:1", "x"), "withdrawJudgement")).singleElement()
			.satisfies(e -> assertThat((String) e.get("message")).startsWith("id 'change:1' is not a judgement id"));
		assertThat(this.as.fingerprint()).as("nothing written").isEqualTo(graph);

		String judgement = ok(judge(a, b, "DIFFERENT", "rivals"), "judgeEntities").path("judgeEntities.judgement.id")
			.entity(String.class)
			.get();
		assertThat(userErrors(withdraw(judgement, ""), "withdrawJudgement")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", List.of("input", "reason")));
		ok(withdraw(judgement, "a mistake"), "withdrawJudgement");
		assertThat(userErrors(withdraw(judgement, "again"), "withdrawJudgement")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "CONFLICT"))
			.satisfies(e -> assertThat((String) e.get("message")).startsWith("The judgement " + judgement
					+ " was already withdrawn on "));
	}

	@Test
	void aStoreMergedTheOldWayStillAnswersAndItsMergeBecomesAJudgementThatCannotBeWithdrawn() {
		String canonical = entity("company:judge-old-canonical-" + this.unique);
		String gone = "company:judge-old-gone-" + this.unique;
		// what mergeEntities left before judgements: the duplicate deleted, its claims moved, its id resolving
		this.driver.executableQuery("CREATE (:MergedId {id: $id, into: $into})")
			.withParameters(Map.of("id", gone, "into", canonical))
			.execute();
		this.as.analyst.documentName("steward-entity-relations").variable("id", gone).execute()
			.path("entity.id").entity(String.class).isEqualTo(canonical);

		String other = entity("company:judge-old-other-" + this.unique);
		GraphQlTester.Response judged = ok(judge(other, gone, "DIFFERENT", "another company"), "judgeEntities");
		String adopted = "judgement:merged-" + gone.replace(':', '-');
		judged.path("judgeEntities.change.subjects").entityList(String.class).contains(adopted);
		assertThat(userErrors(judge(other, canonical, "SAME", "alike"), "judgeEntities")).singleElement()
			.satisfies(e -> assertThat((String) e.get("message")).contains("keeps " + other + " and " + gone
					+ " apart"));
		assertThat(userErrors(withdraw(adopted, "undo the old merge"), "withdrawJudgement")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "CONFLICT"))
			.satisfies(e -> assertThat((String) e.get("message")).contains("records a merge made before judgements"));
		this.as.analyst.documentName("steward-entity-relations").variable("id", gone).execute()
			.path("entity.id").entity(String.class).isEqualTo(canonical);
	}

	/** The analysis and catalog answers of the seed that a judgement of Dell and Micron can touch. */
	private Map<String, Object> seedAnswers() {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (String entity : List.of("company:dell", "company:micron", "company:oracle", "technology:ai-servers")) {
			answers.put("entity " + entity, this.as.analyst.documentName("steward-entity-relations")
				.variable("id", entity)
				.execute()
				.path("entity")
				.entity(mapType())
				.get());
		}
		for (String[] exposure : new String[][] { { "company:dell", "UPSTREAM" }, { "company:micron", "UPSTREAM" },
				{ "company:dell", "DOWNSTREAM" }, { "company:micron", "DOWNSTREAM" }, { "company:oracle", "UPSTREAM" },
				{ "program:stargate", "DOWNSTREAM" }, { "company:nvidia", "UPSTREAM" },
				{ "technology:ai-servers", "DOWNSTREAM" } }) {
			String key = "exposure " + exposure[0] + (exposure[1].equals("UPSTREAM") ? "" : " " + exposure[1]);
			answers.put(key, this.as.analyst.documentName("analysis-exposure")
				.variable("entity", exposure[0])
				.variable("direction", exposure[1])
				.variable("first", 100)
				.execute()
				.path("exposure")
				.entityList(mapType())
				.get());
		}
		for (String[] path : new String[][] { { "company:softbank", "company:vertiv" },
				{ "company:micron", "company:oracle" }, { "company:dell", "company:oracle" },
				{ "program:stargate", "technology:ai-servers" } }) {
			answers.put("paths " + path[0] + " " + path[1], this.as.analyst.documentName("analysis-influencePaths")
				.variable("from", path[0])
				.variable("to", path[1])
				.variable("k", 5)
				.execute()
				.path("influencePaths")
				.entityList(mapType())
				.get());
		}
		answers.put("ranking", this.as.analyst.documentName("analysis-ranking")
			.variable("first", 100)
			.execute()
			.path("ranking")
			.entityList(mapType())
			.get());
		for (String relation : List.of("claim:micron-supplies-ai-servers", "claim:dell-supplies-oracle")) {
			answers.put("relation " + relation, this.as.analyst.documentName("catalog-relation")
				.variable("id", relation)
				.execute()
				.path("relation")
				.entity(mapType())
				.get());
		}
		answers.put("relations to ai-servers", this.as.analyst.documentName("catalog-relations")
			.variable("to", "technology:ai-servers")
			.variable("first", 100)
			.execute()
			.path("relations")
			.entity(mapType())
			.get());
		return answers;
	}

	private List<String> counterparts(String entity) {
		List<String> ids = new ArrayList<>();
		for (Map<String, Object> row : exposure(entity)) {
			@SuppressWarnings("unchecked")
			Map<String, Object> counterpart = (Map<String, Object>) row.get("counterpart");
			ids.add((String) counterpart.get("id"));
		}
		ids.sort(null);
		return ids;
	}

	private List<Map<String, Object>> exposure(String entity) {
		return this.as.analyst.documentName("analysis-exposure")
			.variable("entity", entity)
			.variable("direction", "DOWNSTREAM")
			.execute()
			.path("exposure")
			.entityList(mapType())
			.get();
	}

	@SuppressWarnings("unchecked")
	private List<String> pathNodes(String from, String to) {
		List<Map<String, Object>> paths = this.as.analyst.documentName("analysis-influencePaths")
			.variable("from", from)
			.variable("to", to)
			.execute()
			.path("influencePaths")
			.entityList(mapType())
			.get();
		assertThat(paths).isNotEmpty();
		return ((List<Map<String, Object>>) paths.get(0).get("nodes")).stream().map(n -> (String) n.get("id")).toList();
	}

	private String relationFrom(String claim) {
		return this.as.analyst.documentName("catalog-relation")
			.variable("id", claim)
			.execute()
			.path("relation.from.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response judge(String left, String right, String verdict, String reason) {
		return this.as.steward.documentName("steward-judgeEntities")
			.variable("input", Map.of("left", left, "right", right, "verdict", verdict, "reason", reason))
			.execute();
	}

	private GraphQlTester.Response withdraw(String id, String reason) {
		return this.as.steward.documentName("steward-withdrawJudgement")
			.variable("input", Map.of("id", id, "reason", reason))
			.execute();
	}

	private GraphQlTester.Response mergeEntities(String duplicate, String canonical) {
		return this.as.steward.documentName("steward-mergeEntities")
			.variable("input", Map.of("duplicate", duplicate, "canonical", canonical, "comment", "duplicates"))
			.execute();
	}

	private String entity(String id) {
		ok(this.as.steward.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", id, "name", "Entity " + id))
			.execute(), "upsertEntity");
		return id;
	}

	private String claim(String id, String from, String to, double share) {
		ok(this.as.steward.documentName("steward-upsertClaim")
			.variable("input", Map.of("id", id, "kind", "FUNDS", "from", from, "to", to, "status", "COMMITTED",
					"sources", List.of(SOURCE), "amountUsd", 1e9, "shareOfTarget", share))
			.execute(), "upsertClaim");
		return id;
	}

	private static GraphQlTester.Response ok(GraphQlTester.Response response, String field) {
		response.path(field + ".userErrors").entityList(Object.class).hasSize(0);
		return response;
	}

}
