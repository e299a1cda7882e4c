package org.ecograph.steward;

import java.util.List;
import java.util.Map;

import org.ecograph.WritableGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import org.ecograph.security.ApiTokenStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one steward mutation sends to Neo4j, counted by {@link DriverQueryCounter}: the benchmark's two mutations (a
 * claim created to a hub, then its amount corrected) send no more statements than pinned here, so a change that adds
 * round trips to the write path fails.
 */
@WritableGraphTest
@Import(DriverQueryCounter.class)
class MutationStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	Driver driver;

	@Autowired
	DriverQueryCounter counter;

	/**
	 * Statements of the write transaction of a claim created from an entity to a hub: the version bump, the claim
	 * with its ends and its assertions (one statement), the claim's write, its assertions' write (one), the states
	 * after the change (one), the validation of what it touched (two), the change with its revisions (one). 45 before
	 * the cuts of 2026-12-03, and the change was then read back after them; 30 before the rules' checks became one
	 * statement; 17 before the states after, the validation's look-ups and the name keys were each cut to one
	 * statement or none, and the claim was read back after its write; 12 before the reads before the change, the
	 * assertions' writes and the change's record with its revisions were each merged into one.
	 */
	static final int CREATE_STATEMENTS = 8;

	/**
	 * The same for an amount corrected on that claim: the superseded assertion and its successor written together,
	 * two revisions with the change (51 before the cuts, and the change read back; then 33, 20, 15).
	 */
	static final int CORRECT_STATEMENTS = 8;

	private StewardTesters as;

	@BeforeEach
	void testers() {
		this.as = new StewardTesters(this.mvc, this.json, this.tokens, this.driver);
	}

	@Test
	void upsertClaimSendsAFixedSmallNumberOfStatements() {
		String id = "claim:statements-" + Long.toString(System.nanoTime(), 36);
		// warm: the first mutation of a context may plan things of its own
		write(Map.of("id", id + "-warm", "kind", "SUPPLIES", "from", "company:nvidia", "to", "company:openai",
				"status", "REPORTED", "sources", List.of("source:c9490bf9877dc2fc"), "amountUsd", 1.0));
		List<DriverQueryCounter.Statement> created = write(Map.of("id", id, "kind", "SUPPLIES", "from",
				"company:nvidia", "to", "company:openai", "status", "REPORTED", "sources",
				List.of("source:c9490bf9877dc2fc"), "amountUsd", 1_000_000.0));
		List<DriverQueryCounter.Statement> corrected = write(Map.of("id", id, "amountUsd", 2_000_000.0));
		print("created", created);
		print("corrected", corrected);
		// the write transaction only: from the version bump (its first statement) to the change's record
		assertThat(transaction(created)).hasSize(CREATE_STATEMENTS);
		assertThat(transaction(corrected)).hasSize(CORRECT_STATEMENTS);
		// nothing read back that the writer knows: the change it recorded
		assertThat(corrected).extracting(DriverQueryCounter.Statement::text)
			.noneMatch(text -> text.startsWith("MATCH (c:Change {id: $id})"));
		// every rule's check over the touched claims and entities is one statement
		assertThat(transaction(corrected)).extracting(DriverQueryCounter.Statement::text)
			.filteredOn(text -> text.contains("$nodeIds") || text.contains("$relationshipIds"))
			.singleElement()
			.satisfies(text -> assertThat(text).contains("MATCH (n:Entity) WHERE id(n) IN $nodeIds")
				.contains("WHERE id(r) IN $relationshipIds AND type(r) IN $relationTypes AND (r.status IS NULL")
				.contains("'CLAIM_STATUS' AS rule, element, detail"));
	}

	@Test
	void theClaimIsReadBackOnlyWhenTheClientSelectsIt() {
		String id = "claim:statements-read-back-" + Long.toString(System.nanoTime(), 36);
		write(Map.of("id", id, "kind", "SUPPLIES", "from", "company:nvidia", "to", "company:openai", "status",
				"REPORTED", "sources", List.of("source:c9490bf9877dc2fc"), "amountUsd", 1.0));
		List<DriverQueryCounter.Statement> selected = write(Map.of("id", id, "amountUsd", 2.0));
		this.counter.clear();
		this.as.steward.document("""
				mutation($input: UpsertClaimInput!) {
				  upsertClaim(input: $input) { change { id } userErrors { message } }
				}""")
			.variable("input", Map.of("id", id, "amountUsd", 3.0))
			.execute()
			.path("upsertClaim.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		List<DriverQueryCounter.Statement> notSelected = this.counter.observed();
		// the same write transaction, then the read back of the claim (by id, its ends resolved, its sources) or not
		assertThat(transaction(notSelected)).hasSize(transaction(selected).size());
		assertThat(afterTheChange(selected)).extracting(DriverQueryCounter.Statement::text)
			.anyMatch(text -> text.contains("MATCH (a:Entity)-[r:SUPPLIES {id: id}]->(b:Entity)"));
		assertThat(afterTheChange(notSelected)).isEmpty();
		// and the write happened
		this.as.steward.document("query($id: ID!) { relation(id: $id) { amountUsd } }")
			.variable("id", id)
			.execute()
			.path("relation.amountUsd")
			.entity(Double.class)
			.isEqualTo(3.0);
	}

	/** What the request's thread sent after the write transaction's last statement. */
	private static List<DriverQueryCounter.Statement> afterTheChange(List<DriverQueryCounter.Statement> statements) {
		String thread = Thread.currentThread().getName();
		List<DriverQueryCounter.Statement> own = statements.stream().filter(s -> s.thread().equals(thread)).toList();
		List<DriverQueryCounter.Statement> transaction = transaction(statements);
		int last = 0;
		while (own.get(last) != transaction.get(transaction.size() - 1)) {
			last++;
		}
		return own.subList(last + 1, own.size());
	}

	/** The statements of the mutation's write transaction, sent by the request's thread. */
	private static List<DriverQueryCounter.Statement> transaction(List<DriverQueryCounter.Statement> statements) {
		String thread = Thread.currentThread().getName();
		List<DriverQueryCounter.Statement> own = statements.stream().filter(s -> s.thread().equals(thread)).toList();
		int first = 0;
		while (first < own.size() && !own.get(first).text().startsWith("MERGE (v:GraphVersion")) {
			first++;
		}
		int last = first;
		for (int i = first; i < own.size(); i++) {
			if (own.get(i).text().startsWith("CREATE (c:Change)") || own.get(i).text().startsWith("CREATE (v:")) {
				last = i;
			}
		}
		return own.subList(first, last + 1);
	}

	private List<DriverQueryCounter.Statement> write(Map<String, Object> input) {
		this.counter.clear();
		this.as.steward.documentName("steward-upsertClaim")
			.variable("input", input)
			.execute()
			.path("upsertClaim.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		return this.counter.observed();
	}

	private static void print(String what, List<DriverQueryCounter.Statement> statements) {
		System.out.println("=== " + what + ": " + statements.size());
		statements.forEach(s -> System.out.println("[" + s.thread() + "] " + s.text().replace('\n', ' ')));
	}

}
