package org.ecograph.steward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.WritableGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import org.ecograph.security.ApiTokenStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.steward.StewardTesters.mapType;
import static org.ecograph.steward.StewardTesters.userErrors;

/**
 * Assertions (docs/data-model.md, "Assertions"): sources agreeing and disagreeing about one claim, the figures the
 * policy resolves, the steward's rank, re-assertion, revert, and refused input, on fixtures of each test's own ids
 * in the writable store, with exposure read back through the analysis.
 */
@WritableGraphTest
class AssertionTests {

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

	private String funder;

	private String program;

	private String claim;

	private final List<String> sources = new ArrayList<>();

	@BeforeEach
	void fixtures() {
		this.as = new StewardTesters(this.mvc, this.json, this.tokens, this.driver);
		this.unique = Long.toString(System.nanoTime(), 36);
		this.funder = "company:assert-funder-" + this.unique;
		this.program = "program:assert-program-" + this.unique;
		this.claim = "claim:assert-funder-funds-program-" + this.unique;
		ok(mutate("steward-upsertEntity", Map.of("id", this.funder, "name", "Assert Funder " + this.unique)),
				"upsertEntity");
		ok(mutate("steward-upsertEntity", Map.of("id", this.program, "name", "Assert Program " + this.unique)),
				"upsertEntity");
		for (String name : List.of("first", "second", "third")) {
			String id = "source:assert-" + name + "-" + this.unique;
			ok(mutate("steward-addSource", Map.of("id", id, "title", "The " + name + " report", "language", "en")),
					"addSource");
			this.sources.add(id);
		}
	}

	@Test
	void anAgreeingSourceCorroboratesADisagreeingOneConflictsAndTheRankChoosesTheFigure() {
		GraphQlTester.Response first = ok(assertClaim(0, 100e9, 0.5, Map.of("kind", "FUNDS", "from", this.funder, "to",
				this.program, "status", "COMMITTED")), "assertClaim");
		first.path("assertClaim.relation.corroboration").entity(Integer.class).isEqualTo(1);
		first.path("assertClaim.relation.conflict").entity(String.class).isEqualTo("NONE");
		first.path("assertClaim.assertion.rank").entity(String.class).isEqualTo("NORMAL");
		first.path("assertClaim.assertion.amountKind").entity(String.class).isEqualTo("FLOW");
		first.path("assertClaim.assertion.amountBound").entity(String.class).isEqualTo("EXACT");
		String firstAssertion = first.path("assertClaim.assertion.id").entity(String.class).get();
		Map<String, Object> exposureOfOne = exposure();
		assertThat(exposureOfOne.get("totalShare")).isEqualTo(0.5);

		// A second source within the tolerance (5 % off the amount, 0.02 off the share): corroboration, no change.
		Map<String, Object> figuresBefore = figures();
		ok(assertClaim(1, 105e9, 0.52, Map.of()), "assertClaim");
		Map<String, Object> agreed = relation();
		assertThat(agreed.get("corroboration")).isEqualTo(2);
		assertThat(agreed.get("conflict")).isEqualTo("WITHIN_TOLERANCE");
		assertThat(figures()).isEqualTo(figuresBefore);
		assertThat(exposure()).isEqualTo(exposureOfOne);
		assertThat(assertionIds(agreed)).hasSize(2).first().isEqualTo(firstAssertion);

		// A third source far off (60 bn, 0.3): CONFLICT, listed by consistency with both sides and their sources; the
		// most recent conflicting statement wins (no rank set).
		GraphQlTester.Response third = ok(assertClaim(2, 60e9, 0.3, Map.of()), "assertClaim");
		String thirdAssertion = third.path("assertClaim.assertion.id").entity(String.class).get();
		Map<String, Object> conflicted = relation();
		assertThat(conflicted.get("conflict")).isEqualTo("CONFLICT");
		assertThat(conflicted.get("corroboration")).isEqualTo(3);
		assertThat(conflicted.get("amountUsd")).isEqualTo(60e9);
		assertThat(conflicted.get("shareOfTarget")).isEqualTo(0.3);
		assertThat(exposure().get("totalShare")).isEqualTo(0.3);
		List<Map<String, Object>> conflicts = this.as.analyst.documentName("consistency-conflicts")
			.variable("entity", this.program)
			.execute()
			.path("consistency.conflicts")
			.entityList(mapType())
			.get();
		assertThat(conflicts).hasSize(1);
		assertThat(conflicts.get(0).get("conflict")).isEqualTo("CONFLICT");
		assertThat(((Map<?, ?>) conflicts.get(0).get("relation")).get("id")).isEqualTo(this.claim);
		assertThat(sourcesOf(conflicts.get(0))).containsExactlyInAnyOrderElementsOf(this.sources);

		// Ranking the first PREFERRED brings its figures back, and the exposure a store holding only them gave.
		GraphQlTester.Response ranked = ok(this.as.steward.documentName("steward-rankAssertion")
			.variable("input", Map.of("id", firstAssertion, "rank", "PREFERRED", "reason", "the filing says so"))
			.execute(), "rankAssertion");
		ranked.path("rankAssertion.relation.amountUsd").entity(Double.class).isEqualTo(100e9);
		ranked.path("rankAssertion.assertion.rankReason").entity(String.class).isEqualTo("the filing says so");
		String rankChange = ranked.path("rankAssertion.change.id").entity(String.class).get();
		assertThat(figures()).isEqualTo(figuresBefore);
		assertThat(exposure()).isEqualTo(exposureOfOne);
		assertThat(assertionIds(relation())).first().isEqualTo(firstAssertion);

		// Re-asserting the third source's statement moves only its lastSeen.
		Map<String, Object> thirdBefore = assertionNode(thirdAssertion);
		Object lastSeenBefore = thirdBefore.get("lastSeen");
		Map<String, Object> claimBefore = claimProperties();
		GraphQlTester.Response again = ok(assertClaim(2, 60e9, 0.3, Map.of()), "assertClaim");
		again.path("assertClaim.assertion.id").entity(String.class).isEqualTo(thirdAssertion);
		String againChange = again.path("assertClaim.change.id").entity(String.class).get();
		Map<String, Object> thirdAfter = assertionNode(thirdAssertion);
		assertThat(thirdAfter.get("lastSeen")).isNotEqualTo(lastSeenBefore);
		thirdAfter.remove("lastSeen");
		thirdBefore.remove("lastSeen");
		assertThat(thirdAfter).isEqualTo(thirdBefore);
		assertThat(claimProperties()).isEqualTo(claimBefore);
		assertThat(assertionCount()).isEqualTo(3);

		// Reverting the re-assertion, the rank and the third source restores each state in turn.
		revert(againChange);
		assertThat(assertionNode(thirdAssertion).get("lastSeen")).isEqualTo(lastSeenBefore);
		revert(rankChange);
		assertThat(relation().get("amountUsd")).isEqualTo(60e9);
		assertThat(exposure().get("totalShare")).isEqualTo(0.3);
		String thirdChange = third.path("assertClaim.change.id").entity(String.class).get();
		revert(thirdChange);
		assertThat(assertionCount()).isEqualTo(2);
		assertThat(figures()).isEqualTo(figuresBefore);
		assertThat(exposure()).isEqualTo(exposureOfOne);
		assertThat(relation().get("conflict")).isEqualTo("WITHIN_TOLERANCE");
	}

	@Test
	void newValuesFromTheSameSourceSupersedeItsEarlierStatement() {
		ok(assertClaim(0, 100e9, 0.5, Map.of("kind", "FUNDS", "from", this.funder, "to", this.program)),
				"assertClaim");
		GraphQlTester.Response corrected = ok(assertClaim(0, 80e9, 0.4, Map.of()), "assertClaim");
		corrected.path("assertClaim.relation.amountUsd").entity(Double.class).isEqualTo(80e9);
		corrected.path("assertClaim.relation.corroboration").entity(Integer.class).isEqualTo(1);
		corrected.path("assertClaim.relation.conflict").entity(String.class).isEqualTo("NONE");
		corrected.path("assertClaim.relation.status").entity(String.class).isEqualTo("REPORTED");
		assertThat(assertionIds(relation())).hasSize(1);
		assertThat(assertionCount()).as("the superseded assertion is kept").isEqualTo(2);
	}

	@Test
	void upsertClaimRecordsItsValuesAsTheAssertionOfItsSource() {
		ok(mutate("steward-upsertClaim", Map.of("id", this.claim, "kind", "FUNDS", "from", this.funder, "to",
				this.program, "status", "PLANNED", "sources", List.of(this.sources.get(0)), "amountUsd", 5e9, "quote",
				"plans five billion")), "upsertClaim");
		Map<String, Object> created = relation();
		assertThat(created.get("corroboration")).isEqualTo(1);
		List<Map<String, Object>> assertions = assertionsOf(created);
		assertThat(assertions).hasSize(1);
		assertThat(assertions.get(0)).containsEntry("amountUsd", 5e9).containsEntry("status", "PLANNED")
			.containsEntry("quote", "plans five billion");
		assertThat(((Map<?, ?>) assertions.get(0).get("source")).get("id")).isEqualTo(this.sources.get(0));
		ok(mutate("steward-upsertClaim", Map.of("id", this.claim, "amountUsd", 6e9)), "upsertClaim");
		Map<String, Object> corrected = relation();
		assertThat(corrected.get("amountUsd")).isEqualTo(6e9);
		assertThat(assertionsOf(corrected)).hasSize(1).first().satisfies(a -> assertThat(a.get("amountUsd"))
			.isEqualTo(6e9));
		assertThat(assertionCount()).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedWithUserErrorsSayingWhatIsAllowedAndWritesNothing() {
		String before = this.as.fingerprint();
		List<Map<String, Object>> newClaim = userErrors(this.as.steward.documentName("steward-assertClaim")
			.variable("input", Map.of("claim", this.claim, "source", this.sources.get(0), "quote", "q"))
			.execute(), "assertClaim");
		assertThat(newClaim).extracting(e -> e.get("field"))
			.containsExactly(List.of("input", "kind"), List.of("input", "from"), List.of("input", "to"));
		assertThat((String) newClaim.get(0).get("message")).startsWith("kind is required to create the claim "
				+ this.claim + " (it does not exist yet); allowed kinds: ").contains("FUNDS");

		Map<String, Object> unknownSource = new HashMap<>(Map.of("claim", this.claim, "kind", "FUNDS", "from",
				this.funder, "to", this.program, "source", "source:no-such-" + this.unique, "quote", "q"));
		List<Map<String, Object>> noSource = userErrors(this.as.steward.documentName("steward-assertClaim")
			.variable("input", unknownSource)
			.execute(), "assertClaim");
		assertThat(noSource).singleElement().satisfies(e -> {
			assertThat(e.get("code")).isEqualTo("NOT_FOUND");
			assertThat(e.get("message")).isEqualTo("No source with id source:no-such-" + this.unique
					+ ": add it with addSource first");
		});

		Map<String, Object> bad = new HashMap<>(Map.of("claim", this.claim, "source", this.sources.get(0), "quote",
				" ", "shareOfTarget", 1.5, "confidence", -0.1, "attributedTo", "doe"));
		List<Map<String, Object>> shapes = userErrors(this.as.steward.documentName("steward-assertClaim")
			.variable("input", bad)
			.execute(), "assertClaim");
		assertThat(shapes).extracting(e -> e.get("message")).containsExactly(
				"quote is required (the sentence of the source that states the claim)",
				"attributedTo 'doe' is not an entity id: expected <kind>:<slug> with kind one of "
						+ String.join(", ", java.util.Arrays.stream(org.ecograph.model.EntityKind.values())
							.map(org.ecograph.model.EntityKind::idPrefix)
							.toList())
						+ " and slug of lowercase letters, digits and single hyphens, e.g. company:openai",
				"shareOfTarget 1.5 is out of range: allowed 0..1", "confidence -0.1 is out of range: allowed 0..1");

		List<Map<String, Object>> unknownClaim = userErrors(this.as.steward.documentName("steward-rankAssertion")
			.variable("input", Map.of("id", "assertion:no-such-" + this.unique, "rank", "PREFERRED", "reason", "x"))
			.execute(), "rankAssertion");
		assertThat(unknownClaim).singleElement().satisfies(e -> assertThat(e.get("message"))
			.isEqualTo("No assertion with id assertion:no-such-" + this.unique
					+ ": a relation's assertions list their ids"));
		List<Map<String, Object>> badId = userErrors(this.as.steward.documentName("steward-rankAssertion")
			.variable("input", Map.of("id", "claim:x", "rank", "DEPRECATED", "reason", " "))
			.execute(), "rankAssertion");
		assertThat(badId).extracting(e -> e.get("message")).containsExactly(
				"id 'claim:x' is not an assertion id: expected assertion:<slug> with slug of lowercase letters, digits"
						+ " and single hyphens, e.g. assertion:softbank-funds-stargate-origin",
				"reason is required to rank an assertion: say why");
		assertThat(this.as.fingerprint()).isEqualTo(before);
	}

	private GraphQlTester.Response assertClaim(int source, double amountUsd, double shareOfTarget,
			Map<String, Object> more) {
		Map<String, Object> input = new HashMap<>(more);
		input.put("claim", this.claim);
		input.put("source", this.sources.get(source));
		input.put("quote", "statement " + source);
		input.put("amountUsd", amountUsd);
		input.put("shareOfTarget", shareOfTarget);
		return this.as.steward.documentName("steward-assertClaim").variable("input", input).execute();
	}

	private GraphQlTester.Response mutate(String document, Map<String, Object> input) {
		return this.as.steward.documentName(document).variable("input", input).execute();
	}

	private static GraphQlTester.Response ok(GraphQlTester.Response response, String field) {
		response.path(field + ".userErrors").entityList(Object.class).hasSize(0);
		return response;
	}

	private void revert(String change) {
		ok(mutate("steward-revertChange", Map.of("id", change)), "revertChange");
	}

	private Map<String, Object> relation() {
		return this.as.analyst.documentName("catalog-relation-assertions")
			.variable("id", this.claim)
			.execute()
			.path("relation")
			.entity(mapType())
			.get();
	}

	/** The figures the analysis reads. */
	private Map<String, Object> figures() {
		Map<String, Object> relation = new HashMap<>(relation());
		relation.keySet().retainAll(List.of("amountUsd", "shareOfTarget", "status"));
		return relation;
	}

	/** The program's exposure to the funder (upstream). */
	private Map<String, Object> exposure() {
		List<Map<String, Object>> found = this.as.analyst.documentName("analysis-exposure")
			.variable("entity", this.program)
			.execute()
			.path("exposure")
			.entityList(mapType())
			.get();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> assertionsOf(Map<String, Object> relation) {
		return (List<Map<String, Object>>) relation.get("assertions");
	}

	private static List<String> assertionIds(Map<String, Object> relation) {
		return assertionsOf(relation).stream().map(a -> (String) a.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> sourcesOf(Map<String, Object> conflict) {
		return ((List<Map<String, Object>>) conflict.get("assertions")).stream()
			.map(a -> (String) ((Map<String, Object>) a.get("source")).get("id"))
			.toList();
	}

	private Map<String, Object> assertionNode(String id) {
		return new HashMap<>(this.driver.executableQuery("MATCH (a:Assertion {id: $id}) RETURN properties(a) AS p")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.get("p")
			.asMap());
	}

	private Map<String, Object> claimProperties() {
		return this.driver.executableQuery("MATCH ()-[r:FUNDS {id: $id}]->() RETURN properties(r) AS p")
			.withParameters(Map.of("id", this.claim))
			.execute()
			.records()
			.get(0)
			.get("p")
			.asMap();
	}

	private long assertionCount() {
		return this.driver.executableQuery("MATCH (a:Assertion {claim: $id}) RETURN count(a) AS n")
			.withParameters(Map.of("id", this.claim))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

}
