package org.ecograph.steward;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.WritableGraphTest;
import org.ecograph.ingest.ScriptFinder;
import org.ecograph.ingest.ScriptLoader;
import org.ecograph.ingest.ScriptOutcome;
import org.ecograph.security.ApiTokenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.steward.StewardTesters.mapType;
import static org.ecograph.steward.StewardTesters.userErrors;

/**
 * The knowledge base as known on a past day (docs/data-model.md, "As known on a day"): figures before and after a
 * correction, a claim recorded later, ranks as they stood, a revert that keeps what it undid readable, the diff of two
 * days, a re-loaded script, and bad days. The steward writes today; each test then moves the times its own claim's
 * writes were stamped with back to days of a year no other test uses, as if the writes had been made then.
 */
@WritableGraphTest
class KnownOnTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	Driver driver;

	@Autowired
	ScriptLoader scripts;

	@TempDir
	Path folder;

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
		this.funder = "company:known-funder-" + this.unique;
		this.program = "program:known-program-" + this.unique;
		this.claim = "claim:known-funder-funds-program-" + this.unique;
		ok(mutate("steward-upsertEntity", Map.of("id", this.funder, "name", "Known Funder " + this.unique)),
				"upsertEntity");
		ok(mutate("steward-upsertEntity", Map.of("id", this.program, "name", "Known Program " + this.unique)),
				"upsertEntity");
		for (String name : List.of("first", "second")) {
			String id = "source:known-" + name + "-" + this.unique;
			ok(mutate("steward-addSource", Map.of("id", id, "title", "The " + name + " report", "language", "en")),
					"addSource");
			this.sources.add(id);
		}
	}

	@Test
	void knownOnAnswersWithTheFiguresOfThatDayAndTheDiffListsExactlyWhatChanged() {
		ZonedDateTime start = now();
		String first = ok(assertClaim(0, 100e9, 0.5, Map.of("kind", "FUNDS", "from", this.funder, "to", this.program,
				"status", "COMMITTED", "confidence", 0.9)), "assertClaim").path("assertClaim.assertion.id")
			.entity(String.class)
			.get();
		moveTimes(start, now(), "2021-03-01T10:00:00Z");

		// A single-source correction on 10 March: the amount and the status.
		ZonedDateTime corrected = now();
		ok(mutate("steward-upsertClaim", Map.of("id", this.claim, "amountUsd", 120e9, "status", "REPORTED")),
				"upsertClaim");
		moveTimes(corrected, now(), "2021-03-10T10:00:00Z");
		String correction = relation(null).get("assertions") instanceof List<?> list
				? (String) ((Map<?, ?>) list.get(0)).get("id") : null;
		assertThat(correction).isNotEqualTo(first);

		// A second source, far off, on 20 March: it conflicts and, the most recent, wins.
		ZonedDateTime second = now();
		String conflicting = ok(assertClaim(1, 60e9, 0.3, Map.of()), "assertClaim").path("assertClaim.assertion.id")
			.entity(String.class)
			.get();
		moveTimes(second, now(), "2021-03-20T10:00:00Z");

		// Today the steward prefers the corrected statement.
		String ranking = ok(this.as.steward.documentName("steward-rankAssertion")
			.variable("input", Map.of("id", correction, "rank", "PREFERRED", "reason", "the filing says so"))
			.execute(), "rankAssertion").path("rankAssertion.change.id").entity(String.class).get();
		// and deprecates the far-off one: on 20 March it still counted, as NORMAL.
		String deprecation = ok(this.as.steward.documentName("steward-rankAssertion")
			.variable("input", Map.of("id", conflicting, "rank", "DEPRECATED", "reason", "an estimate"))
			.execute(), "rankAssertion").path("rankAssertion.change.id").entity(String.class).get();

		assertThat(relations("2021-02-28", null).path("relations.totalCount").entity(Long.class).get())
			.as("recorded later: absent").isZero();
		for (String day : List.of("2021-03-01", "2021-03-09")) {
			Map<String, Object> then = relation(day);
			assertThat(then).containsEntry("amountUsd", 100e9).containsEntry("status", "COMMITTED")
				.containsEntry("shareOfTarget", 0.5).containsEntry("corroboration", 1).containsEntry("conflict", "NONE");
			assertThat(assertions(then)).containsExactly(Map.of("id", first, "amountUsd", 100e9, "rank", "NORMAL"));
		}
		Map<String, Object> afterCorrection = relation("2021-03-10");
		assertThat(afterCorrection).containsEntry("amountUsd", 120e9).containsEntry("status", "REPORTED");
		assertThat(assertions(afterCorrection))
			.containsExactly(Map.of("id", correction, "amountUsd", 120e9, "rank", "NORMAL"));
		Map<String, Object> conflicted = relation("2021-03-20");
		assertThat(conflicted).containsEntry("amountUsd", 60e9).containsEntry("shareOfTarget", 0.3)
			.containsEntry("conflict", "CONFLICT").containsEntry("corroboration", 2);
		assertThat(assertions(conflicted)).containsExactly(Map.of("id", conflicting, "amountUsd", 60e9, "rank", "NORMAL"),
				Map.of("id", correction, "amountUsd", 120e9, "rank", "NORMAL"));
		Map<String, Object> today = relation(LocalDate.now(ZoneOffset.UTC).toString());
		assertThat(today).isEqualTo(relation(null)).containsEntry("amountUsd", 120e9);

		// The other filters apply to the figures of the day: COMMITTED then, not since.
		assertThat(ids(relations("2021-03-05", List.of("COMMITTED")))).containsExactly(this.claim);
		assertThat(relations("2021-03-05", List.of("COMMITTED")).path("relations.totalCount").entity(Long.class).get())
			.isOne();
		assertThat(ids(relations("2021-03-05", List.of("REPORTED")))).isEmpty();
		assertThat(relations("2021-03-05", List.of("REPORTED")).path("relations.totalCount").entity(Long.class).get())
			.isZero();
		assertThat(ids(relations("2021-03-10", List.of("COMMITTED")))).isEmpty();
		assertThat(ids(relations(null, List.of("COMMITTED")))).isEmpty();

		// The entity's relations answer the same way.
		Map<String, Object> ofFunder = this.as.analyst.documentName("catalog-entity-relations-known-on")
			.variable("id", this.funder)
			.variable("knownOn", "2021-03-01")
			.execute()
			.path("entity.relations.edges[0].node")
			.entity(mapType())
			.get();
		assertThat(ofFunder).containsEntry("amountUsd", 100e9).containsEntry("status", "COMMITTED");
		assertThat(this.as.analyst.documentName("catalog-entity-relations-known-on")
			.variable("id", this.funder)
			.variable("status", List.of("COMMITTED"))
			.variable("knownOn", "2021-03-10")
			.execute()
			.path("entity.relations.totalCount")
			.entity(Long.class)
			.get()).isZero();

		// The diff of two days: exactly the relation recorded and the assertions that changed, with the values
		// before and after (a relation's own change first).
		assertThat(changes("2021-02-28", "2021-03-01")).containsExactly(
				Map.of("kind", "CLAIM_RECORDED", "subject", this.claim), change("ASSERTION_ADDED", first, null, 100e9));
		assertThat(changes("2021-03-01", "2021-03-10"))
			.containsExactly(change("ASSERTION_CHANGED", correction, 100e9, 120e9));
		assertThat(changes("2021-03-01", "2021-03-20")).containsExactlyInAnyOrder(
				change("ASSERTION_CHANGED", correction, 100e9, 120e9), change("ASSERTION_ADDED", conflicting, null, 60e9));
		assertThat(changes("2021-03-10", "2021-03-10")).isEmpty();
		assertThat(changes(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
				LocalDate.now(ZoneOffset.UTC).toString())
			.stream()
			.filter(c -> correction.equals(c.get("subject")) || conflicting.equals(c.get("subject"))))
			.containsExactlyInAnyOrder(Map.of("kind", "ASSERTION_RANKED", "subject", correction, "before",
					Map.of("amountUsd", 120e9, "rank", "NORMAL"), "after", Map.of("amountUsd", 120e9, "rank", "PREFERRED")),
					Map.of("kind", "ASSERTION_DEPRECATED", "subject", conflicting, "before",
							Map.of("amountUsd", 60e9, "rank", "NORMAL"), "after",
							Map.of("amountUsd", 60e9, "rank", "DEPRECATED")));

		// One entity's changes, each with the steward change that made it; an unknown entity is a NOT_FOUND.
		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
		GraphQlTester.Response ofFunderToday = this.as.analyst.documentName("catalog-knowledgeChanges")
			.variable("from", yesterday)
			.variable("to", LocalDate.now(ZoneOffset.UTC).toString())
			.variable("entity", this.funder)
			.execute();
		ofFunderToday.path("knowledgeChanges.totalCount").entity(Long.class).isEqualTo(2L);
		Map<String, String> byKind = new HashMap<>();
		ofFunderToday.path("knowledgeChanges.edges[*].node").entityList(mapType()).get().forEach(c -> {
			assertThat(((Map<?, ?>) c.get("relation")).get("id")).isEqualTo(this.claim);
			byKind.put((String) c.get("kind"), c.get("subject") + " by " + c.get("change"));
		});
		assertThat(byKind).isEqualTo(Map.of("ASSERTION_RANKED", correction + " by " + ranking, "ASSERTION_DEPRECATED",
				conflicting + " by " + deprecation));
		this.as.analyst.documentName("catalog-knowledgeChanges")
			.variable("from", "2021-03-01")
			.variable("to", "2021-03-10")
			.variable("entity", this.program)
			.execute()
			.path("knowledgeChanges.edges[*].node.subject")
			.entityList(String.class)
			.containsExactly(correction);
		this.as.analyst.documentName("catalog-knowledgeChanges")
			.variable("from", "2021-03-01")
			.variable("to", "2021-03-10")
			.variable("entity", "company:no-such-" + this.unique)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getMessage()).isEqualTo("No entity with id company:no-such-" + this.unique);
				assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND");
			}));

		// Paged: every change once, in order, the total on every page.
		GraphQlTester.Response page1 = changesPage("2021-03-01", "2021-03-20", 1, null);
		page1.path("knowledgeChanges.totalCount").entity(Long.class).isEqualTo(2L);
		page1.path("knowledgeChanges.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = page1.path("knowledgeChanges.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response page2 = changesPage("2021-03-01", "2021-03-20", 1, cursor);
		page2.path("knowledgeChanges.totalCount").entity(Long.class).isEqualTo(2L);
		page2.path("knowledgeChanges.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<String> paged = new ArrayList<>();
		paged.add(page1.path("knowledgeChanges.edges[0].node.subject").entity(String.class).get());
		paged.add(page2.path("knowledgeChanges.edges[0].node.subject").entity(String.class).get());
		assertThat(paged).containsExactly(changes("2021-03-01", "2021-03-20").stream()
			.map(c -> (String) c.get("subject"))
			.toArray(String[]::new)).isSorted();
	}

	@Test
	void aRevertedCorrectionStaysReadableOnTheDaysItHeld() {
		ZonedDateTime start = now();
		ok(assertClaim(0, 7e9, 0.2, Map.of("kind", "FUNDS", "from", this.funder, "to", this.program)), "assertClaim");
		moveTimes(start, now(), "2022-05-01T08:00:00Z");
		ZonedDateTime corrected = now();
		String change = ok(assertClaim(0, 9e9, 0.25, Map.of()), "assertClaim").path("assertClaim.change.id")
			.entity(String.class)
			.get();
		ok(this.as.steward.documentName("steward-revertChange")
			.variable("input", Map.of("id", change, "comment", "wrong figure"))
			.execute(), "revertChange");
		ZonedDateTime reverted = now();
		// The correction's own writes move to 10 May; the revert stays today.
		moveTimes(corrected, changeCommitted(change).plusNanos(1000), "2022-05-10T08:00:00Z");

		assertThat(relation("2022-05-09")).containsEntry("amountUsd", 7e9);
		assertThat(relation("2022-05-10")).containsEntry("amountUsd", 9e9).containsEntry("shareOfTarget", 0.25);
		assertThat(relation(null)).containsEntry("amountUsd", 7e9).containsEntry("shareOfTarget", 0.2);
		assertThat(relation(LocalDate.now(ZoneOffset.UTC).toString())).isEqualTo(relation(null));
		List<Map<String, Object>> diff = changes("2022-05-01", "2022-05-10");
		assertThat(diff).singleElement().satisfies(c -> {
			assertThat(c.get("kind")).isEqualTo("ASSERTION_CHANGED");
			assertThat(((Map<?, ?>) c.get("before")).get("amountUsd")).isEqualTo(7e9);
			assertThat(((Map<?, ?>) c.get("after")).get("amountUsd")).isEqualTo(9e9);
		});
		assertThat(reverted).isAfter(corrected);
	}

	/**
	 * Reverting the change that created a claim retracts the claim rather than deleting it: the days it held keep it
	 * with its figures, the diff lists its retraction, today hides it, and reverting the revert brings it back. An
	 * entity whose creation is reverted goes with the claims reverts retracted on it.
	 */
	@Test
	void aRevertedCreationStaysReadableOnTheDaysItHeld() {
		ZonedDateTime start = now();
		String created = ok(assertClaim(0, 7e9, 0.2, Map.of("kind", "FUNDS", "from", this.funder, "to", this.program)),
				"assertClaim").path("assertClaim.change.id").entity(String.class).get();
		ZonedDateTime createdBy = now();
		revert(created, "not in the report");
		// The creation's own writes move to 1 May 2022; the revert stays today.
		moveTimes(start, createdBy, "2022-05-01T08:00:00Z");
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		assertThat(relation("2022-05-02")).containsEntry("amountUsd", 7e9).containsEntry("shareOfTarget", 0.2);
		assertThat(ids(relations(null, null))).as("hidden from the graph as it is").isEmpty();
		assertThat(ids(relations(today, null))).as("and as known today").isEmpty();
		assertThat(changes("2022-05-01", today)).extracting(c -> c.get("kind") + " " + c.get("subject"))
			.contains("CLAIM_RETRACTED " + this.claim);
		Map<String, Object> kept = this.driver.executableQuery("""
				MATCH ()-[r:FUNDS {id: $id}]->() RETURN r.retractionReason AS reason, r.retractedByRevertOf AS of,
				       r.retractedAt IS NOT NULL AS retracted""")
			.withParameters(Map.of("id", this.claim))
			.execute()
			.records()
			.get(0)
			.asMap();
		assertThat(kept).containsEntry("reason", "reverted " + created + ": not in the report")
			.containsEntry("of", created)
			.containsEntry("retracted", true);
		// its id keeps naming what the reverted change stated: stating it again is refused, and says how to go on
		Map<String, Object> again = Map.of("claim", this.claim, "source", this.sources.get(1), "quote",
				"The funder funds the program", "amountUsd", 3e9);
		assertThat(userErrors(this.as.steward.documentName("steward-assertClaim").variable("input", again).execute(),
				"assertClaim"))
			.singleElement()
			.satisfies(e -> assertThat((String) e.get("message")).contains(
					"The claim " + this.claim + " was retracted on ", "(reverted " + created + ": not in the report)",
					"give it another id"));

		// Another claim (its times not moved, which a revert would see as a later change): reverting the revert of its
		// creation brings it back as it was.
		String other = "claim:known-other-" + this.unique;
		Map<String, Object> input = Map.of("claim", other, "kind", "FUNDS", "from", this.program, "to", this.funder,
				"source", this.sources.get(1), "quote", "The program funds it back", "amountUsd", 2e9);
		String otherCreated = ok(this.as.steward.documentName("steward-assertClaim").variable("input", input).execute(),
				"assertClaim").path("assertClaim.change.id").entity(String.class).get();
		Map<String, Object> asCreated = claimRow(other);
		String otherReverted = revert(otherCreated, null);
		assertThat(claimRow(other)).containsEntry("retracted", true);
		revert(otherReverted, null);
		assertThat(claimRow(other)).as("back, as it was").isEqualTo(asCreated).containsEntry("retracted", false);

		// An entity created, then a claim on it, both reverted in turn: the entity goes with its retracted claim.
		String added = "company:known-added-" + this.unique;
		String entityChange = ok(mutate("steward-upsertEntity", Map.of("id", added, "name", "Added " + this.unique)),
				"upsertEntity").path("upsertEntity.change.id").entity(String.class).get();
		String onIt = "claim:known-added-funds-" + this.unique;
		String claimChange = ok(this.as.steward.documentName("steward-assertClaim")
			.variable("input", Map.of("claim", onIt, "kind", "FUNDS", "from", added, "to", this.program, "source",
					this.sources.get(0), "quote", "Added funds it", "amountUsd", 1e9))
			.execute(), "assertClaim").path("assertClaim.change.id").entity(String.class).get();
		revert(claimChange, null);
		revert(entityChange, null);
		assertThat(this.driver.executableQuery("""
				OPTIONAL MATCH (n:Entity {id: $entity}) OPTIONAL MATCH ()-[r {id: $claim}]->()
				RETURN count(n) + count(r) AS left""")
			.withParameters(Map.of("entity", added, "claim", onIt))
			.execute()
			.records()
			.get(0)
			.get("left")
			.asLong()).isZero();
	}

	@Test
	void aRetractionUndoneStaysOnTheDaysItHeld() {
		ZonedDateTime start = now();
		ok(assertClaim(0, 5e9, 0.3, Map.of("kind", "FUNDS", "from", this.funder, "to", this.program)), "assertClaim");
		moveTimes(start, now(), "2023-04-01T08:00:00Z");
		String retraction = ok(this.as.steward.documentName("steward-retractClaim")
			.variable("input", Map.of("id", this.claim, "reason", "doubtful"))
			.execute(), "retractClaim").path("retractClaim.change.id").entity(String.class).get();
		String undone = revert(retraction, "it holds after all");
		// the revert kept the retraction it undid, which moves to 10 April 2023; the revert stays today
		assertThat(this.driver.executableQuery("""
				MATCH (x:RetractionRevision {claim: $claim})
				SET x.retractedAt = datetime('2023-04-10T08:00:00Z')
				RETURN x.change AS change, x.retractedBy AS by, x.retractionReason AS reason""")
			.withParameters(Map.of("claim", this.claim))
			.execute()
			.records()).singleElement()
			.satisfies(r -> assertThat(r.asMap()).containsEntry("change", undone).containsEntry("reason", "doubtful")
				.containsKey("by"));
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		assertThat(claimRow(this.claim)).containsEntry("retracted", false);
		assertThat(ids(relations(null, null))).as("as it is").containsExactly(this.claim);
		assertThat(ids(relations(today, null))).as("as known today").containsExactly(this.claim);
		assertThat(ids(relations("2023-04-05", null))).as("before the retraction").containsExactly(this.claim);
		assertThat(ids(relations("2023-04-10", null))).as("on the days the retraction held").isEmpty();
		assertThat(ids(relations("2024-01-01", null))).isEmpty();

		assertThat(changes("2023-04-05", "2023-04-10")).extracting(c -> c.get("kind") + " " + c.get("subject"))
			.containsExactly("CLAIM_RETRACTED " + this.claim);
		assertThat(changes("2023-04-10", today)).extracting(c -> c.get("kind") + " " + c.get("subject"))
			.contains("CLAIM_RESTORED " + this.claim);
		assertThat(changes("2023-04-05", today)).extracting(c -> c.get("kind") + " " + c.get("subject"))
			.as("in the graph on both days").noneMatch(c -> c.startsWith("CLAIM_") && c.endsWith(this.claim));

		// the analysis of a day reads the same graph: the program's only funder is gone while the retraction held
		java.util.function.Function<String, List<String>> funders = day -> {
			GraphQlTester.Request<?> request = this.as.analyst.documentName("analysis-known-on-exposure")
				.variable("entity", this.program)
				.variable("direction", "UPSTREAM");
			return (day == null ? request : request.variable("knownOn", day)).execute()
				.path("exposure[*].counterpart.id")
				.entityList(String.class)
				.get();
		};
		assertThat(funders.apply("2023-04-05")).containsExactly(this.funder);
		assertThat(funders.apply("2023-04-10")).isEmpty();
		assertThat(funders.apply(today)).containsExactly(this.funder);
		assertThat(funders.apply(null)).containsExactly(this.funder);
	}

	/** A claim's figures, whether it is retracted and what retracted it. */
	private Map<String, Object> claimRow(String id) {
		return this.driver.executableQuery("""
				MATCH ()-[r {id: $id}]->() RETURN r.amountUsd AS amountUsd, r.recordedAt AS recordedAt,
				       r.retractedAt IS NOT NULL AS retracted, r.retractedByRevertOf AS revertOf""")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.asMap();
	}

	/** Reverts the change; the revert's own change id. */
	private String revert(String change, String comment) {
		Map<String, Object> input = new HashMap<>(Map.of("id", change));
		if (comment != null) {
			input.put("comment", comment);
		}
		return ok(this.as.steward.documentName("steward-revertChange").variable("input", input).execute(),
				"revertChange").path("revertChange.change.id").entity(String.class).get();
	}

	@Test
	void reloadingAnAppliedScriptChangesNothingAndRestatingAnAssertionMovesOnlyItsLastSeen() throws Exception {
		ok(assertClaim(0, 3e9, 0.1, Map.of("kind", "FUNDS", "from", this.funder, "to", this.program)), "assertClaim");
		String scripted = "assertion:known-script-" + this.unique;
		String statement = """
				MATCH (:Entity {id: '%s'})-[r:FUNDS {id: '%s'}]->(:Entity {id: '%s'})
				MERGE (a:Assertion {id: '%s'})
				  ON CREATE SET a.claim = r.id, a.source = '%s', a.quote = 'Script quote', a.amountUsd = 3.0E9,
				                a.rank = 'NORMAL', a.recordedAt = datetime(), a.lastSeen = datetime()
				  ON MATCH SET a.lastSeen = datetime();
				""".formatted(this.funder, this.claim, this.program, scripted, this.sources.get(1));
		int version = 9160 + (int) (System.nanoTime() % 30);
		Path script = this.folder.resolve("V" + version + "__known_on_script.cypher");
		Files.writeString(script, statement);
		this.scripts.load(ScriptFinder.inPaths(List.of(script)), false);
		Map<String, Object> known = relation(null);
		List<Map<String, Object>> diff = changes("2020-01-01", LocalDate.now(ZoneOffset.UTC).toString());
		String graph = this.as.fingerprint();

		var again = this.scripts.load(ScriptFinder.inPaths(List.of(script)), false);
		assertThat(again.outcomes()).extracting(ScriptOutcome::action).containsExactly(ScriptOutcome.Action.SKIPPED);
		assertThat(this.as.fingerprint()).isEqualTo(graph);

		Path restated = this.folder.resolve("V" + (version + 40) + "__known_on_restated.cypher");
		Files.writeString(restated, statement);
		Object lastSeen = assertionNode(scripted).get("lastSeen");
		this.scripts.load(ScriptFinder.inPaths(List.of(restated)), false);
		assertThat(assertionNode(scripted).get("lastSeen")).isNotEqualTo(lastSeen);
		assertThat(withoutBookkeeping(this.as.fingerprint())).isEqualTo(withoutBookkeeping(graph));
		assertThat(relation(null)).isEqualTo(known);
		assertThat(changes("2020-01-01", LocalDate.now(ZoneOffset.UTC).toString())).isEqualTo(diff);
	}

	@Test
	void anEntityMergedLaterAnswersAsItselfOnTheDaysBefore() {
		String duplicate = "company:known-duplicate-" + this.unique;
		String stated = "claim:known-duplicate-funds-program-" + this.unique;
		ok(mutate("steward-upsertEntity", Map.of("id", duplicate, "name", "Known Duplicate " + this.unique)),
				"upsertEntity");
		ZonedDateTime start = now();
		ok(this.as.steward.documentName("steward-assertClaim")
			.variable("input", Map.of("claim", stated, "kind", "FUNDS", "from", duplicate, "to", this.program, "source",
					this.sources.get(0), "quote", "The duplicate funds the program"))
			.execute(), "assertClaim");
		moveTimes(stated, duplicate, start, now(), "2023-06-01T10:00:00Z");
		String judgement = ok(mutate("steward-judgeEntities", Map.of("left", this.funder, "right", duplicate,
				"verdict", "SAME", "reason", "one company")), "judgeEntities").path("judgeEntities.judgement.id")
			.entity(String.class)
			.get();
		for (String move : List.of("MATCH (j:Judgement {id: $id}) SET j.at = datetime($day)",
				"MATCH (v:JudgementRevision {revisionOf: $id}) SET v.until = datetime($day)")) {
			this.driver.executableQuery(move)
				.withParameters(Map.of("id", judgement, "day", "2023-06-10T10:00:00Z"))
				.execute();
		}

		assertThat(fromOf(duplicate, "2023-06-09")).isEqualTo(duplicate);
		assertThat(fromOf(duplicate, "2023-06-10")).isEqualTo(this.funder);
		assertThat(fromOf(duplicate, null)).isEqualTo(this.funder);
		assertThat(changes("2023-06-09", "2023-06-10"))
			.containsExactly(Map.of("kind", "JUDGEMENT_MADE", "subject", judgement));
		assertThat(changes("2023-05-31", "2023-06-01")).extracting(c -> c.get("kind"))
			.containsExactly("CLAIM_RECORDED", "ASSERTION_ADDED");
	}

	@Test
	void badDaysAreRefusedSayingWhatIsAllowed() {
		this.as.analyst.documentName("catalog-knowledgeChanges")
			.variable("from", "2021-03-20")
			.variable("to", "2021-03-01")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getMessage()).isEqualTo("from 2021-03-20 is after to 2021-03-01: give the earlier day as"
						+ " from (the same day for no change)");
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			}));
		for (String day : List.of("10000-01-01", "0000-12-31", "2021-02-30", "yesterday")) {
			this.as.analyst.documentName("catalog-relations-known-on")
				.variable("from", this.funder)
				.variable("knownOn", day)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getMessage()).contains("knownOn").contains(day)));
			this.as.analyst.documentName("catalog-knowledgeChanges")
				.variable("from", day)
				.variable("to", "2021-03-01")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getMessage()).contains("from").contains(day)));
		}
	}

	private GraphQlTester.Response assertClaim(int source, double amount, double share, Map<String, Object> more) {
		Map<String, Object> input = new HashMap<>(Map.of("claim", this.claim, "source", this.sources.get(source),
				"quote", "Source " + source + " says " + amount, "amountUsd", amount, "shareOfTarget", share));
		input.putAll(more);
		return this.as.steward.documentName("steward-assertClaim").variable("input", input).execute();
	}

	private GraphQlTester.Response mutate(String document, Map<String, Object> input) {
		return this.as.steward.documentName(document).variable("input", input).execute();
	}

	private static GraphQlTester.Response ok(GraphQlTester.Response response, String field) {
		response.path(field + ".userErrors").entityList(mapType()).hasSize(0);
		return response;
	}

	private String fromOf(String entity, String knownOn) {
		GraphQlTester.Request<?> request = this.as.analyst.documentName("catalog-relations-known-on")
			.variable("from", entity);
		return (knownOn == null ? request : request.variable("knownOn", knownOn)).execute()
			.path("relations.edges[0].node.from.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response relations(String knownOn, List<String> status) {
		GraphQlTester.Request<?> request = this.as.analyst.documentName("catalog-relations-known-on")
			.variable("from", this.funder)
			.variable("first", 5);
		if (knownOn != null) {
			request = request.variable("knownOn", knownOn);
		}
		if (status != null) {
			request = request.variable("status", status);
		}
		return request.execute();
	}

	private Map<String, Object> relation(String knownOn) {
		List<Map<String, Object>> found = relations(knownOn, null).path("relations.edges[*].node")
			.entityList(mapType())
			.get();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static List<String> ids(GraphQlTester.Response response) {
		return response.path("relations.edges[*].node.id").entityList(String.class).get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> assertions(Map<String, Object> relation) {
		return ((List<Map<String, Object>>) relation.get("assertions")).stream()
			.map(a -> Map.<String, Object>of("id", a.get("id"), "amountUsd", a.get("amountUsd"), "rank", a.get("rank")))
			.toList();
	}

	private GraphQlTester.Response changesPage(String from, String to, int first, String after) {
		GraphQlTester.Request<?> request = this.as.analyst.documentName("catalog-knowledgeChanges")
			.variable("from", from)
			.variable("to", to)
			.variable("first", first);
		return (after == null ? request : request.variable("after", after)).execute();
	}

	/** Every change between the days (read page by page, 100 at a time), without ids that vary from run to run. */
	private List<Map<String, Object>> changes(String from, String to) {
		List<Map<String, Object>> all = new ArrayList<>();
		String after = null;
		while (true) {
			GraphQlTester.Response page = changesPage(from, to, 100, after);
			page.path("knowledgeChanges.edges[*].node").entityList(mapType()).get().forEach(c -> all.add(brief(c)));
			if (!page.path("knowledgeChanges.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				page.path("knowledgeChanges.totalCount").entity(Long.class).isEqualTo((long) all.size());
				return all;
			}
			after = page.path("knowledgeChanges.pageInfo.endCursor").entity(String.class).get();
		}
	}

	private static Map<String, Object> brief(Map<String, Object> change) {
		Map<String, Object> brief = new HashMap<>();
		brief.put("kind", change.get("kind"));
		brief.put("subject", change.get("subject"));
		for (String side : List.of("before", "after")) {
			if (change.get(side) instanceof Map<?, ?> a) {
				Map<String, Object> values = new HashMap<>();
				values.put("amountUsd", a.get("amountUsd"));
				values.put("rank", a.get("rank"));
				brief.put(side, values);
			}
		}
		return brief;
	}

	private static Map<String, Object> change(String kind, String subject, Double before, Double after) {
		Map<String, Object> change = new HashMap<>(Map.of("kind", kind, "subject", subject));
		if (before != null) {
			change.put("before", Map.of("amountUsd", before, "rank", "NORMAL"));
		}
		if (after != null) {
			change.put("after", Map.of("amountUsd", after, "rank", "NORMAL"));
		}
		return change;
	}

	/**
	 * Moves every time this test's claim was stamped with in {@code [from, to)} (the claim's record, its assertions'
	 * and their revisions' times) to {@code day}, as if those writes had been made then.
	 */
	private void moveTimes(ZonedDateTime from, ZonedDateTime to, String day) {
		moveTimes(this.claim, this.funder, from, to, day);
	}

	/** {@link #moveTimes(ZonedDateTime, ZonedDateTime, String)} for another claim, from {@code start}. */
	private void moveTimes(String claim, String start, ZonedDateTime from, ZonedDateTime to, String day) {
		for (String property : List.of("recordedAt", "lastSeen", "supersededAt", "rankedAt", "until")) {
			for (String label : List.of("Assertion", "AssertionRevision")) {
				this.driver.executableQuery("""
						MATCH (n:%s {claim: $claim}) WHERE n.%s >= $from AND n.%s < $to SET n.%s = datetime($day)"""
					.formatted(label, property, property, property))
					.withParameters(Map.of("claim", claim, "from", from, "to", to, "day", day))
					.execute();
			}
		}
		this.driver.executableQuery("""
				MATCH (:Entity {id: $funder})-[r:FUNDS {id: $claim}]->()
				WHERE r.recordedAt >= $from AND r.recordedAt < $to SET r.recordedAt = datetime($day)""")
			.withParameters(Map.of("funder", start, "claim", claim, "from", from, "to", to, "day", day))
			.execute();
	}

	private ZonedDateTime changeCommitted(String change) {
		return this.driver.executableQuery("""
				MATCH (v:AssertionRevision {change: $change}) RETURN max(v.until) AS at""")
			.withParameters(Map.of("change", change))
			.execute()
			.records()
			.get(0)
			.get("at")
			.asZonedDateTime();
	}

	private Map<String, Object> assertionNode(String id) {
		return this.driver.executableQuery("MATCH (a:Assertion {id: $id}) RETURN properties(a) AS a")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.get("a")
			.asMap();
	}

	private static String withoutBookkeeping(String fingerprint) {
		return String.join("\n", fingerprint.lines()
			.filter(line -> !line.startsWith("[AppliedScript]") && !line.startsWith("[Change]")
					&& !line.startsWith("[ChangeSubject]") && !line.startsWith("[Watch")
					&& !line.startsWith("[GraphVersion]") && !line.matches("\\d+ nodes, .*"))
			.map(line -> line.replaceAll("lastSeen=[^,}]*", "lastSeen=…"))
			.toList());
	}

	private static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC);
	}

}
