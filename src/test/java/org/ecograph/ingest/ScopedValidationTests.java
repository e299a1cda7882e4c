package org.ecograph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ecograph.model.RelationKind;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoped mode of the validator (what a steward mutation runs) finds what the whole-graph mode (what the loader
 * runs) finds, for every invalid fixture of the loader, when the scope names the elements the fixture wrote.
 */
class ScopedValidationTests {

	private static final Path FIXTURES = Path.of("src/test/resources/ingest");

	/** Elements without an id cannot be named in a scope; a mutation never writes them (it sets every id itself). */
	private static final Set<String> WITHOUT_ID = Set.of("V0002__claim_without_id.cypher");

	private static EmbeddedNeo4jServer server;

	private static Driver driver;

	@BeforeAll
	static void start() {
		server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true,
				Path.of("target/neo4j-tests/scoped-" + System.nanoTime()), 0, "32m", Duration.ofMinutes(1)));
		driver = GraphDatabase.driver(server.boltUri(), server.authToken());
		ScriptFinder.bundled().get(0).statements().forEach(s -> driver.executableQuery(s.text()).execute());
	}

	@AfterAll
	static void stop() {
		driver.close();
		server.close();
	}

	static List<CypherScript> invalidFixtures() throws java.io.IOException {
		try (var files = java.nio.file.Files.list(FIXTURES.resolve("invalid"))) {
			return files.filter(f -> !WITHOUT_ID.contains(f.getFileName().toString()))
				.sorted()
				.map(f -> ScriptFinder.inPaths(List.of(f)).get(0))
				.toList();
		}
	}

	@ParameterizedTest
	@MethodSource("invalidFixtures")
	void findsTheRulesTheWholeGraphValidationFinds(CypherScript fixture) {
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			run(tx, ScriptFinder.inPaths(List.of(FIXTURES.resolve("base"))).get(0));
			run(tx, fixture);
			Set<ValidationRule> whole = rules(GraphValidator.violations(tx));
			Set<ValidationRule> scoped = rules(GraphValidator.violations(tx, everything(tx)));
			assertThat(whole).as("the fixture breaks a rule").isNotEmpty();
			assertThat(scoped).isEqualTo(whole);
			tx.rollback();
		}
	}

	@Test
	void checksOnlyTheTouchedElements() {
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			run(tx, ScriptFinder.inPaths(List.of(FIXTURES.resolve("base"))).get(0));
			run(tx, ScriptFinder.inPaths(List.of(FIXTURES.resolve("invalid/V0002__share_over_one.cypher"))).get(0));
			assertThat(rules(GraphValidator.violations(tx))).containsExactly(ValidationRule.SHARE_RANGE);
			assertThat(GraphValidator.violations(tx, new GraphValidator.Scope(List.of("company:acme"), List.of(),
					List.of()))).isEmpty();
			tx.rollback();
		}
	}

	private static void run(Transaction tx, CypherScript script) {
		script.statements().forEach(s -> tx.run(s.text()).consume());
	}

	private static GraphValidator.Scope everything(Transaction tx) {
		List<String> entities = ids(tx, "MATCH (n) WHERE n.id IS :: STRING AND NOT n:Source RETURN collect(n.id) AS ids");
		List<String> sources = ids(tx, "MATCH (n:Source) WHERE n.id IS :: STRING RETURN collect(n.id) AS ids");
		List<String> claims = tx.run("MATCH ()-[r]->() WHERE type(r) IN $types AND r.id IS :: STRING"
				+ " RETURN collect(r.id) AS ids", Map.of("types", RelationKind.types()))
			.single()
			.get("ids")
			.asList(Value::asString);
		return new GraphValidator.Scope(entities, claims, sources);
	}

	private static List<String> ids(Transaction tx, String query) {
		return tx.run(query).single().get("ids").asList(Value::asString);
	}

	private static Set<ValidationRule> rules(List<Violation> violations) {
		return violations.stream().map(Violation::rule).collect(Collectors.toCollection(TreeSet::new));
	}

}
