package org.ecograph.steward;

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
 * A steward's corrections end to end: a figure corrected, a claim retracted and kept, two duplicates merged (a SAME
 * judgement: JudgementTests has the rest), each
 * change reverted, and the feed of changes, on fixtures each test creates with ids of its own.
 */
@WritableGraphTest
class StewardChangesTests {

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
	void correctsAFigureRecordsBeforeAndAfterAndRevertsIt() {
		String a = entity("company:a-" + this.unique);
		String b = entity("program:b-" + this.unique);
		String claim = "claim:a-funds-b-" + this.unique;
		ok(upsertClaim(Map.of("id", claim, "kind", "FUNDS", "from", a, "to", b, "status", "COMMITTED", "sources",
				List.of(SOURCE), "amountUsd", 100e9, "validFrom", "2025-01-21")), "upsertClaim");
		assertThat(claimProperty(claim, "recordedAt")).isNotNull();
		long version = version();

		GraphQlTester.Response corrected = ok(upsertClaim(Map.of("id", claim, "amountUsd", 150e9, "comment",
				"the report says 150 billion")), "upsertClaim");
		corrected.path("upsertClaim.relation.amountUsd").entity(Double.class).isEqualTo(150e9);
		corrected.path("upsertClaim.relation.properties.validFrom").entity(String.class).isEqualTo("2025-01-21");
		Map<String, Object> change = corrected.path("upsertClaim.change").entity(mapType()).get();
		assertThat(claimSection(change, "before", claim)).containsEntry("amountUsd", 1.0E11);
		assertThat(claimSection(change, "after", claim)).containsEntry("amountUsd", 1.5E11)
			.containsEntry("validFrom", Map.of("$date", "2025-01-21"));
		assertThat(version()).isEqualTo(version + 1);

		GraphQlTester.Response reverted = ok(this.as.steward.documentName("steward-revertChange")
			.variable("input", Map.of("id", change.get("id"), "comment", "wrong report"))
			.execute(), "revertChange");
		reverted.path("revertChange.change.revertOf").entity(String.class).isEqualTo((String) change.get("id"));
		assertThat(claimProperty(claim, "amountUsd")).isEqualTo(1.0E11);
		assertThat(claimProperty(claim, "validFrom")).isEqualTo(java.time.LocalDate.parse("2025-01-21"));

		List<Map<String, Object>> again = userErrors(this.as.steward.documentName("steward-revertChange")
			.variable("input", Map.of("id", change.get("id")))
			.execute(), "revertChange");
		assertThat(again).singleElement().satisfies(e -> assertThat(e).containsEntry("code", "CONFLICT"))
			.satisfies(e -> assertThat((String) e.get("message")).startsWith("The change " + change.get("id")
					+ " was already reverted by change:"));

		List<Map<String, Object>> history = this.as.analyst.documentName("steward-history")
			.variable("id", claim)
			.execute()
			.path("history")
			.entityList(mapType())
			.get();
		assertThat(history).extracting(h -> h.get("operation"))
			.containsExactly("revertChange", "upsertClaim", "upsertClaim");
		assertThat(history.get(1)).containsEntry("revertedBy", history.get(0).get("id"));
	}

	@Test
	void refusesToRevertAChangeWhoseSubjectChangedSince() {
		String a = entity("company:c-" + this.unique);
		String b = entity("company:d-" + this.unique);
		String claim = "claim:c-supplies-d-" + this.unique;
		ok(upsertClaim(Map.of("id", claim, "kind", "SUPPLIES", "from", a, "to", b, "status", "REPORTED", "sources",
				List.of(SOURCE))), "upsertClaim");
		String first = ok(upsertClaim(Map.of("id", claim, "confidence", 0.5)), "upsertClaim")
			.path("upsertClaim.change.id").entity(String.class).get();
		ok(upsertClaim(Map.of("id", claim, "confidence", 0.9)), "upsertClaim");
		String before = this.as.fingerprint();

		List<Map<String, Object>> errors = userErrors(this.as.steward.documentName("steward-revertChange")
			.variable("input", Map.of("id", first))
			.execute(), "revertChange");
		assertThat(errors).singleElement().satisfies(e -> assertThat(e).containsEntry("code", "CONFLICT"))
			.satisfies(e -> assertThat((String) e.get("message")).contains("changed after " + first,
					"revert the later changes first"));
		assertThat(this.as.fingerprint()).isEqualTo(before);
	}

	@Test
	void retractsAClaimKeepingItHiddenUnlessAskedFor() {
		String a = entity("company:e-" + this.unique);
		String b = entity("program:f-" + this.unique);
		String claim = "claim:e-supports-f-" + this.unique;
		ok(upsertClaim(Map.of("id", claim, "kind", "SUPPORTS", "from", a, "to", b, "status", "REPORTED", "sources",
				List.of(SOURCE))), "upsertClaim");

		GraphQlTester.Response retracted = ok(this.as.steward.documentName("steward-retractClaim")
			.variable("input", Map.of("id", claim, "reason", "the source withdrew the sentence"))
			.execute(), "retractClaim");
		retracted.path("retractClaim.relation.properties.retractionReason").entity(String.class)
			.isEqualTo("the source withdrew the sentence");
		retracted.path("retractClaim.relation.properties.retractedBy").entity(String.class)
			.isEqualTo(this.as.stewardName);
		retracted.path("retractClaim.relation.properties.retractedAt").entity(String.class).satisfies(
				at -> assertThat(at).isNotBlank());

		assertThat(relationIds(a, false)).doesNotContain(claim);
		assertThat(relationIds(a, true)).containsExactly(claim);

		List<Map<String, Object>> twice = userErrors(this.as.steward.documentName("steward-retractClaim")
			.variable("input", Map.of("id", claim, "reason", "again"))
			.execute(), "retractClaim");
		assertThat(twice).singleElement().satisfies(e -> assertThat(e).containsEntry("code", "CONFLICT"));
		// a retracted claim keeps what it said: neither a correction nor a new source's statement changes it
		List<Map<String, Object>> corrected = userErrors(upsertClaim(Map.of("id", claim, "amountUsd", 5.0e9)),
				"upsertClaim");
		assertThat(corrected).singleElement().satisfies(e -> {
			assertThat(e).containsEntry("code", "CONFLICT");
			assertThat((String) e.get("message")).contains("The claim " + claim + " was retracted on ",
					" by " + this.as.stewardName + " (the source withdrew the sentence)", "revert the change",
					"history(id: \"" + claim + "\")", "give it another id");
		});
		List<Map<String, Object>> asserted = userErrors(this.as.steward.documentName("steward-assertClaim")
			.variable("input", Map.of("claim", claim, "source", SOURCE, "quote", "It says so again."))
			.execute(), "assertClaim");
		assertThat(asserted).singleElement().satisfies(e -> {
			assertThat(e).containsEntry("code", "CONFLICT");
			assertThat((String) e.get("message")).contains("The claim " + claim + " was retracted on ");
		});
		assertThat(relationIds(a, true)).containsExactly(claim);
		assertThat(relationIds(a, false)).doesNotContain(claim);
		List<Map<String, Object>> unknown = userErrors(this.as.steward.documentName("steward-retractClaim")
			.variable("input", Map.of("id", "claim:nothing-" + this.unique, "reason", "x"))
			.execute(), "retractClaim");
		assertThat(unknown).singleElement().satisfies(e -> assertThat(e).containsEntry("code", "NOT_FOUND"));
	}

	@Test
	void mergesADuplicateIntoItsCanonicalEntityAndRevertsTheMerge() {
		String canonical = entity("company:canonical-" + this.unique);
		String duplicate = "company:duplicate-" + this.unique;
		ok(this.as.steward.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", duplicate, "name", "Canonical Inc.", "aliases", List.of("正典")))
			.execute(), "upsertEntity");
		String other = entity("program:other-" + this.unique);
		String claim = "claim:duplicate-funds-other-" + this.unique;
		ok(upsertClaim(Map.of("id", claim, "kind", "FUNDS", "from", duplicate, "to", other, "status", "PLANNED",
				"sources", List.of(SOURCE), "amountUsd", 5e6)), "upsertClaim");
		String before = this.as.fingerprint();

		GraphQlTester.Response merged = ok(this.as.steward.documentName("steward-mergeEntities")
			.variable("input", Map.of("duplicate", duplicate, "canonical", canonical, "comment", "same company"))
			.execute(), "mergeEntities");
		merged.path("mergeEntities.entity.id").entity(String.class).isEqualTo(canonical);
		merged.path("mergeEntities.change.subjects").entityList(String.class).contains(canonical, duplicate);
		this.as.analyst.documentName("steward-entity-relations")
			.variable("id", duplicate)
			.execute()
			.path("entity.id")
			.entity(String.class)
			.isEqualTo(canonical);
		assertThat(this.driver.executableQuery("""
				MATCH (n:Entity {id: $id})-[r {id: $claim}]->() MATCH (j:Judgement {right: $id})
				RETURN j.left AS left, j.verdict AS verdict""")
			.withParameters(Map.of("id", duplicate, "claim", claim))
			.execute()
			.records()
			.get(0)
			.asMap()).as("a SAME judgement; the duplicate and its claim stay")
			.isEqualTo(Map.of("left", canonical, "verdict", "SAME"));

		String change = merged.path("mergeEntities.change.id").entity(String.class).get();
		ok(this.as.steward.documentName("steward-revertChange").variable("input", Map.of("id", change)).execute(),
				"revertChange");
		this.as.analyst.documentName("steward-entity-relations")
			.variable("id", duplicate)
			.execute()
			.path("entity.id")
			.entity(String.class)
			.isEqualTo(duplicate);
		assertThat(withoutChanges(this.as.fingerprint())).isEqualTo(withoutChanges(before));
		assertThat(this.driver.executableQuery("""
				MATCH (v:JudgementRevision) WHERE v.change IN [$merge, $revert]
				RETURN v.change = $merge AS merge, coalesce(v.absent, false) AS absent ORDER BY merge DESC""")
			.withParameters(Map.of("merge", change, "revert", revertOf(change)))
			.execute()
			.records()
			.stream()
			.map(r -> r.get("merge").asBoolean() + "/" + r.get("absent").asBoolean())
			.toList()).as("the judgement did not exist before the merge, and existed before the revert")
			.containsExactly("true/true", "false/false");
	}

	@Test
	void refusesMergesOfUnknownSameOrDifferentKindsOfEntities() {
		String x = entity("company:x-" + this.unique);
		String y = entity("company:y-" + this.unique);
		ok(upsertClaim(Map.of("id", "claim:x-partners-with-y-" + this.unique, "kind", "PARTNERS_WITH", "from", x,
				"to", y, "status", "REPORTED", "sources", List.of(SOURCE))), "upsertClaim");
		String before = this.as.fingerprint();
		assertThat(mergeErrors("company:nobody-" + this.unique, "company:openai")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "NOT_FOUND"))
			.satisfies(e -> assertThat(e).containsEntry("field", List.of("input", "duplicate")));
		assertThat(mergeErrors("company:openai", "company:openai")).singleElement()
			.satisfies(e -> assertThat((String) e.get("message")).isEqualTo(
					"duplicate and canonical are the same entity company:openai: they must differ"));
		assertThat(mergeErrors("company:openai", "program:stargate")).singleElement()
			.satisfies(e -> assertThat((String) e.get("message")).contains("are of different kinds"));
		assertThat(mergeErrors(x, y)).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("code", "CONFLICT"))
			.satisfies(e -> assertThat((String) e.get("message")).contains("would connect the canonical entity to"
					+ " itself"));
		assertThat(this.as.fingerprint()).isEqualTo(before);
	}

	@Test
	void addsASourceThatClaimsCanThenCite() {
		String source = "source:annual-report-" + this.unique;
		ok(this.as.steward.documentName("steward-addSource")
			.variable("input", Map.of("id", source, "title", "Annual report", "language", "en", "publishedOn",
					"2025-03-01"))
			.execute(), "addSource")
			.path("addSource.source.publishedOn").entity(String.class).isEqualTo("2025-03-01");
		String a = entity("company:g-" + this.unique);
		String b = entity("company:h-" + this.unique);
		ok(upsertClaim(Map.of("id", "claim:g-supplies-h-" + this.unique, "kind", "SUPPLIES", "from", a, "to", b,
				"status", "REPORTED", "sources", List.of(source))), "upsertClaim");
		assertThat(userErrors(this.as.steward.documentName("steward-addSource")
			.variable("input", Map.of("id", "source:untitled-" + this.unique))
			.execute(), "addSource")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", List.of("input", "title")));
	}

	@Test
	void pagesThroughTheFeedOfChangesInCommitOrder() {
		entity("company:feed-a-" + this.unique);
		entity("company:feed-b-" + this.unique);
		entity("company:feed-c-" + this.unique);
		List<Map<String, Object>> all = new java.util.ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = this.as.analyst.documentName("steward-changes")
				.variable("first", 2)
				.variable("after", after)
				.execute();
			List<Map<String, Object>> nodes = page.path("changes.nodes").entityList(mapType()).get();
			all.addAll(nodes);
			more = page.path("changes.hasNextPage").entity(Boolean.class).get();
			after = nodes.isEmpty() ? after : (String) nodes.get(nodes.size() - 1).get("id");
		}
		assertThat(all).extracting(c -> ((Number) c.get("seq")).longValue()).isSorted().doesNotHaveDuplicates();
		assertThat(all).hasSizeGreaterThanOrEqualTo(3);
		assertThat(all.subList(all.size() - 3, all.size())).extracting(c -> c.get("operation")).containsOnly("upsertEntity");
		this.as.analyst.documentName("steward-changes")
			.variable("after", "42")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).startsWith("after '42' is not a cursor of changes")));
	}

	private List<Map<String, Object>> mergeErrors(String duplicate, String canonical) {
		return userErrors(this.as.steward.documentName("steward-mergeEntities")
			.variable("input", Map.of("duplicate", duplicate, "canonical", canonical))
			.execute(), "mergeEntities");
	}

	/** The id of the change that reverted {@code change}. */
	private String revertOf(String change) {
		return this.driver.executableQuery("MATCH (c:Change {revertOf: $id}) RETURN c.id AS id")
			.withParameters(Map.of("id", change))
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
	}

	/**
	 * The fingerprint without the bookkeeping a change adds: the audit trail, the graph version, and the states it
	 * replaced ({@code :AssertionRevision}, {@code :JudgementRevision}: what a revert undid stays readable as it was).
	 */
	private static String withoutChanges(String fingerprint) {
		return String.join("\n", fingerprint.lines()
			.filter(line -> !line.startsWith("[Change]") && !line.startsWith("[ChangeSubject]")
					&& !line.startsWith("[GraphVersion]")
					&& !line.startsWith("[AssertionRevision]") && !line.startsWith("[JudgementRevision]")
					&& !line.matches("\\d+ nodes, .*"))
			.toList());
	}

	private String entity(String id) {
		ok(this.as.steward.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", id, "name", "Entity " + id))
			.execute(), "upsertEntity");
		return id;
	}

	private GraphQlTester.Response upsertClaim(Map<String, Object> input) {
		return this.as.steward.documentName("steward-upsertClaim").variable("input", input).execute();
	}

	private static GraphQlTester.Response ok(GraphQlTester.Response response, String field) {
		response.errors().verify();
		response.path(field + ".userErrors").entityList(Object.class).hasSize(0);
		return response;
	}

	private List<String> relationIds(String entity, boolean includeRetracted) {
		return this.as.analyst.documentName("steward-entity-relations")
			.variable("id", entity)
			.variable("includeRetracted", includeRetracted)
			.execute()
			.path("entity.relations.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> claimSection(Map<String, Object> change, String side, String claim) {
		Map<String, Object> claims = (Map<String, Object>) ((Map<String, Object>) change.get(side)).get("claims");
		return (Map<String, Object>) ((Map<String, Object>) claims.get(claim)).get("properties");
	}

	private Object claimProperty(String claim, String property) {
		return this.driver.executableQuery("MATCH ()-[r]->() WHERE r.id = $id RETURN r[$p] AS v")
			.withParameters(Map.of("id", claim, "p", property))
			.execute()
			.records()
			.get(0)
			.get("v")
			.asObject();
	}

	private long version() {
		return this.driver.executableQuery("MATCH (v:GraphVersion) RETURN v.version AS v")
			.execute()
			.records()
			.get(0)
			.get("v")
			.asLong();
	}

}
