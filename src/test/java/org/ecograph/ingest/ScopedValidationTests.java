package org.ecograph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.ecograph.RunsBesideOtherTests;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The loader's scoped validation (the scope read from the transaction's changes at commit, {@link ScriptTouches}) finds
 * exactly the violations the whole-graph validation finds, on a valid graph changed by each invalid fixture of the
 * loader and by scripts that delete, relabel and rename; the steward's scope (by id) finds what the whole graph finds
 * when it names what the fixture wrote; and a loader without the listener (external Neo4j) validates the whole graph.
 */
@RunsBesideOtherTests
class ScopedValidationTests {

	private static final Path FIXTURES = Path.of("src/test/resources/ingest");

	private static EmbeddedNeo4jServer server;

	private static Driver driver;

	private static ScriptValidationListener listener;

	@BeforeAll
	static void start() {
		server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true,
				Path.of("target/neo4j-tests/scoped-" + System.nanoTime()), 0, "32m", Duration.ofMinutes(1)));
		driver = GraphDatabase.driver(server.boltUri(), server.authToken());
		ScriptFinder.bundled().get(0).statements().forEach(s -> driver.executableQuery(s.text()).execute());
		listener = new ScriptValidationListener();
		server.managementService().registerTransactionEventListener("neo4j", listener);
		base();
	}

	@AfterAll
	static void stop() {
		driver.close();
		server.close();
	}

	/**
	 * The valid base graph, committed once: what a change is validated against. Each test's change is rolled back
	 * (a trial, or a rolled-back transaction), so the graph and Neo4j's plans stay as they are between tests.
	 */
	static void base() {
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			run(tx, script(FIXTURES.resolve("base/V0001__base.cypher")));
			tx.run("""
					MATCH (b:Entity {id: 'program:moonshot'})
					CREATE (m:Measure {id: 'measure:moonshot-size', subject: 'claim:acme-funds-moonshot', metric: 'size',
					        value: 1, unit: 'USD', status: 'REPORTED', sources: ['source:test-report'], quote: 'q'})
					CREATE (:Entity:Company {id: 'company:spare', name: 'Spare'})""").consume();
			// enough claims of one kind that a touched id is sought in its index, not read with the whole index
			// (ClaimIdCheck.SCAN_ADVANTAGE): both ways are checked by the id rules below
			tx.run("""
					MATCH (a:Entity {id: 'company:acme'})
					CREATE (b:Entity:Company {id: 'company:backer', name: 'Backer'})
					WITH a, b UNWIND range(1, 3 * $advantage) AS i
					CREATE (b)-[:SUPPORTS {id: 'claim:backer-supports-acme-' + i, status: 'REPORTED',
					        sources: ['source:test-report']}]->(a)""", Map.of("advantage", ClaimIdCheck.SCAN_ADVANTAGE))
				.consume();
			assertThat(GraphValidator.violations(rows(tx))).as("the base is valid").isEmpty();
			tx.commit();
		}
	}

	static Stream<Arguments> changes() throws IOException {
		List<Arguments> changes = new java.util.ArrayList<>();
		try (var files = Files.list(FIXTURES.resolve("invalid"))) {
			files.sorted().forEach(f -> changes.add(Arguments.of(f.getFileName().toString(), script(f).content())));
		}
		// What a script may do besides creating: delete, strip labels and properties, rename.
		changes.add(Arguments.of("delete a source claims name",
				"MATCH (s:Source {id: 'source:test-report'}) DETACH DELETE s"));
		changes.add(Arguments.of("rename a source", "MATCH (s:Source {id: 'source:test-report'}) SET s.id = 'source:other'"));
		changes.add(Arguments.of("strip a source's label", "MATCH (s:Source {id: 'source:test-report'}) REMOVE s:Source"));
		changes.add(Arguments.of("strip the Entity label of a claim's end",
				"MATCH (n:Entity {id: 'program:moonshot'}) REMOVE n:Entity"));
		changes.add(Arguments.of("strip a kind label", "MATCH (n:Entity {id: 'company:acme'}) REMOVE n:Company"));
		changes.add(Arguments.of("remove a name", "MATCH (n:Entity {id: 'company:acme'}) REMOVE n.name"));
		changes.add(Arguments.of("remove a claim's status", "MATCH ()-[r:FUNDS]->() REMOVE r.status"));
		changes.add(Arguments.of("delete the claim a measure is about", "MATCH ()-[r:FUNDS]->() DELETE r"));
		changes.add(Arguments.of("rename the claim a measure is about",
				"MATCH ()-[r:FUNDS {id: 'claim:acme-funds-moonshot'}]->() SET r.id = 'claim:acme-funds-moonshot-2'"));
		changes.add(Arguments.of("point a measure at an unknown subject",
				"MATCH (m:Measure {id: 'measure:moonshot-size'}) SET m.subject = 'company:nobody'"));
		changes.add(Arguments.of("drop a measure's quote", "MATCH (m:Measure {id: 'measure:moonshot-size'}) REMOVE m.quote"));
		changes.add(Arguments.of("a measure whose id is malformed",
				"MATCH (m:Measure {id: 'measure:moonshot-size'}) SET m.id = 'moonshot size'"));
		changes.add(Arguments.of("a new measure about an existing claim (valid)", """
				CREATE (:Measure {id: 'measure:moonshot-share', subject: 'claim:acme-funds-moonshot', metric: 'share',
				        value: 0.5, unit: 'USD', status: 'REPORTED', sources: ['source:test-report'], quote: 'q',
				        partOf: 'measure:moonshot-size'})"""));
		changes.add(Arguments.of("a new measure part of one in another unit", """
				CREATE (:Measure {id: 'measure:moonshot-share', subject: 'claim:acme-funds-moonshot', metric: 'share',
				        value: 0.5, unit: 'PERCENT', status: 'REPORTED', sources: ['source:test-report'], quote: 'q',
				        partOf: 'measure:moonshot-size'})"""));
		changes.add(Arguments.of("delete an entity and its claims", "MATCH (n:Entity {id: 'company:acme'}) DETACH DELETE n"));
		changes.add(Arguments.of("delete an entity nothing names (valid)",
				"MATCH (n:Entity {id: 'company:spare'}) DETACH DELETE n"));
		changes.add(Arguments.of("reuse a claim id on another type", """
				MATCH (a:Entity {id: 'company:acme'}), (b:Entity {id: 'program:moonshot'})
				CREATE (a)-[:SUPPORTS {id: 'claim:acme-funds-moonshot', status: 'REPORTED', sources: ['source:test-report']}]->(b)"""));
		changes.add(Arguments.of("reuse the id of a claim of a large kind on another type", """
				MATCH (a:Entity {id: 'company:acme'}), (b:Entity {id: 'program:moonshot'})
				CREATE (a)-[:FUNDS {id: 'claim:backer-supports-acme-7', status: 'REPORTED', sources: ['source:test-report']}]->(b)"""));
		changes.add(Arguments.of("two new claims of two types with one id", """
				MATCH (a:Entity {id: 'company:acme'}), (b:Entity {id: 'program:moonshot'})
				CREATE (a)-[:SUPPORTS {id: 'claim:twin', status: 'REPORTED', sources: ['source:test-report']}]->(b)
				CREATE (a)-[:OPPOSES {id: 'claim:twin', status: 'REPORTED', sources: ['source:test-report']}]->(b)"""));
		changes.add(Arguments.of("move a claim to another type, keeping its id (valid)", """
				MATCH ()-[r:FUNDS {id: 'claim:acme-funds-moonshot'}]->() DELETE r;
				MATCH (a:Entity {id: 'company:acme'}), (b:Entity {id: 'program:moonshot'})
				CREATE (a)-[:SUPPORTS {id: 'claim:acme-funds-moonshot', status: 'REPORTED', sources: ['source:test-report']}]->(b)"""));
		return changes.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void scopeReadAtCommitFindsWhatTheWholeGraphValidationFinds(String name, String cypher) {
		Set<Violation> whole;
		List<Violation> scoped;
		String token = listener.expect(true);
		try (Session session = driver.session();
				Transaction tx = session.beginTransaction(TransactionConfig.builder()
					.withMetadata(Map.of(ScriptValidationListener.METADATA_KEY, token))
					.build())) {
			StatementSplitter.split(cypher).forEach(s -> tx.run(s.text()).consume());
			whole = new HashSet<>(GraphValidator.violations(rows(tx)));
			commitVetoed(tx);
			scoped = listener.violations(token);
		}
		finally {
			listener.forget(token);
		}
		assertThat(scoped).as("the listener validated at commit").isNotNull();
		assertThat(new HashSet<>(scoped)).isEqualTo(whole);
		if (!name.contains("(valid)")) {
			assertThat(whole).as("the change breaks a rule").isNotEmpty();
		}
	}

	/**
	 * A steward's validation sends every rule's check as one statement: over a scope naming every element before and
	 * after the change, it finds exactly what the rules' checks find one statement each, in the same order.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void theRulesAsOneStatementFindWhatTheyFindOneByOne(String name, String cypher) {
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			Set<String> entities = new java.util.TreeSet<>(ids(tx, "MATCH (n:Entity) RETURN n.id AS id"));
			Set<String> claims = new java.util.TreeSet<>(ids(tx, "MATCH ()-[r]->() RETURN r.id AS id"));
			Set<String> sources = new java.util.TreeSet<>(ids(tx, "MATCH (n:Source) RETURN n.id AS id"));
			StatementSplitter.split(cypher).forEach(s -> tx.run(s.text()).consume());
			entities.addAll(ids(tx, "MATCH (n:Entity) RETURN n.id AS id"));
			claims.addAll(ids(tx, "MATCH ()-[r]->() RETURN r.id AS id"));
			sources.addAll(ids(tx, "MATCH (n:Source) RETURN n.id AS id"));
			GraphValidator.Scope scope = new GraphValidator.Scope(entities, claims, sources);

			List<Violation> together = GraphValidator.violations(rows(tx), scope, true);

			// (most changes break a rule a scope by id can see; the others, such as a relationship of an unknown type,
			// no steward mutation can make, and the listener's scope by internal id sees them)
			assertThat(together).isEqualTo(GraphValidator.violations(rows(tx), scope, false));
			tx.rollback();
		}
	}

	private static List<String> ids(Transaction tx, String query) {
		return tx.run(query)
			.list(r -> r.get("id"))
			.stream()
			.filter(v -> !v.isNull())
			.map(v -> String.valueOf(v.asObject()))
			.toList();
	}

	@Test
	void stewardScopeByIdFindsTheRulesOfWhatItNames() {
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			run(tx, script(FIXTURES.resolve("invalid/V0002__share_over_one.cypher")));
			assertThat(GraphValidator.violations(rows(tx), new GraphValidator.Scope(List.of("company:acme"), List.of(),
					List.of()))).as("the claim is not in scope").isEmpty();
			assertThat(GraphValidator.violations(rows(tx), new GraphValidator.Scope(List.of(),
					List.of("claim:acme-funds-moonshot", "claim:acme-supplies-moonshot"), List.of())))
				.containsExactlyInAnyOrderElementsOf(GraphValidator.violations(rows(tx)));
			tx.rollback();
		}
	}

	@Test
	void stewardScopeNamingAGoneClaimFindsTheMeasuresAboutIt() {
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			tx.run("MATCH ()-[r:FUNDS {id: 'claim:acme-funds-moonshot'}]->() DELETE r").consume();
			List<Violation> whole = GraphValidator.violations(rows(tx));
			assertThat(whole).extracting(Violation::rule).contains(ValidationRule.MEASURE_SUBJECT);
			assertThat(GraphValidator.violations(rows(tx), new GraphValidator.Scope(List.of(),
					List.of("claim:acme-funds-moonshot"), List.of())))
				.containsExactlyInAnyOrderElementsOf(whole);
			tx.rollback();
		}
	}

	@Test
	void stewardScopeNamingAGoneSourceChecksEveryMeasure() {
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			tx.run("MATCH (s:Source {id: 'source:test-report'}) DETACH DELETE s").consume();
			assertThat(GraphValidator.violations(rows(tx), new GraphValidator.Scope(List.of(), List.of(),
					List.of("source:test-report")))).extracting(Violation::rule).contains(ValidationRule.MEASURE_SOURCES);
			tx.rollback();
		}
	}

	@Test
	void withoutTheListenerTheLoaderValidatesTheWholeGraphWithItWhatTheScriptTouched(@TempDir Path dir)
			throws IOException {
		// A violation the script does not touch, written past the loader.
		driver.executableQuery("MATCH ()-[r:FUNDS]->() SET r.status = 'BOGUS'").execute();
		Path harmless = dir.resolve("V0007__harmless.cypher");
		Files.writeString(harmless, "MERGE (h:Entity {id: 'company:harmless'}) SET h:Company, h.name = 'Harmless';\n");
		List<CypherScript> scripts = ScriptFinder.inPaths(List.of(harmless));

		ScriptLoader external = TestLoader.over(driver);
		assertThat(external.validatesScoped()).isFalse();
		assertThatExceptionOfType(ScriptFailedException.class).isThrownBy(() -> external.load(scripts, false))
			.satisfies(ex -> assertThat(ex.violations()).extracting(Violation::rule)
				.containsOnly(ValidationRule.CLAIM_STATUS));

		ScriptLoader embedded = TestLoader.over(driver, server);
		try {
			assertThat(embedded.validatesScoped()).isTrue();
			assertThat(embedded.load(scripts, false).count(ScriptOutcome.Action.APPLIED)).isEqualTo(1);
		}
		finally {
			embedded.destroy();
		}
		assertThat(driver.executableQuery("MATCH (h:Entity {id: 'company:harmless'}) RETURN h.nameKey AS k")
			.execute()
			.records()
			.get(0)
			.get("k")
			.asString()).as("the search key of the touched entity").isEqualTo("harmless");
		// back to the base for the other tests
		driver.executableQuery("MATCH ()-[r:FUNDS]->() SET r.status = 'COMMITTED'").execute();
		driver.executableQuery("MATCH (h:Entity {id: 'company:harmless'}) DETACH DELETE h").execute();
	}

	private static void commitVetoed(Transaction tx) {
		try {
			tx.commit();
		}
		catch (org.neo4j.driver.exceptions.Neo4jException ex) {
			// a trial never commits
		}
	}

	/** The validator's reader over a driver session or transaction of the test's own. */
	static GraphValidator.Rows rows(SimpleQueryRunner tx) {
		return (query, parameters) -> tx.run(query, parameters).list(Record::asMap);
	}

	private static CypherScript script(Path file) {
		return ScriptFinder.inPaths(List.of(file)).get(0);
	}

	private static void run(Transaction tx, CypherScript script) {
		script.statements().forEach(s -> tx.run(s.text()).consume());
	}

}
