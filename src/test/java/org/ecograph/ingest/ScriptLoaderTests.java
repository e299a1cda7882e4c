package org.ecograph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecograph.RunsBesideOtherTests;
import org.ecograph.data.DriverQueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The loader against a real embedded Neo4j of its own (it writes), emptied before each test. The analysis does not
 * warm up, so its background reads of the graph version do not land among the statements a test observes.
 */
@RunsBesideOtherTests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "ecograph.neo4j.home=target/neo4j-tests/loader-${random.uuid}", "ecograph.neo4j.bolt-port=0",
				"ecograph.ingest.load-bundled-on-empty=false", "ecograph.ingest.transaction-timeout=42m",
				"spring.data.neo4j.database=neo4j", "ecograph.analysis.warm-up=false",
				// nothing in the background: a test counts the plans in Neo4j's cache
				"ecograph.steward.warm-up=false" })
@Import(DriverQueryCounter.class)
class ScriptLoaderTests {

	private static final Path FIXTURES = Path.of("src/test/resources/ingest");

	@Autowired
	ScriptLoader loader;

	@Autowired
	Driver driver;

	@Autowired
	DriverQueryCounter queries;

	/** An empty graph under the production schema: validation must hold with the real indexes in place. */
	@BeforeEach
	void emptyDatabaseWithProductionSchema() {
		this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		ScriptFinder.bundled().get(0).statements().forEach(s -> this.driver.executableQuery(s.text()).execute());
		this.driver.executableQuery("SHOW INDEXES YIELD name, owningConstraint WHERE name = 'entity_sector' RETURN name")
			.execute()
			.records()
			.forEach(r -> this.driver.executableQuery("DROP INDEX entity_sector").execute());
	}

	@Test
	void appliesScriptsInVersionOrderNotNameOrder() {
		LoadReport report = load(false, FIXTURES.resolve("ordering"));

		assertThat(report.outcomes()).extracting(o -> o.script().version()).containsExactly(2, 10);
		assertThat(stringList("MATCH (e:Entity {id: 'company:ordered'}) RETURN e.step AS v"))
			.containsExactly("V2", "V10");
	}

	@Test
	void recordsAppliedScriptsWithChecksumAndCounts() {
		CypherScript base = ScriptFinder.inPaths(List.of(FIXTURES.resolve("base"))).get(0);
		load(false, FIXTURES.resolve("base"));

		var record = this.driver.executableQuery("""
				MATCH (s:AppliedScript {version: 1})
				RETURN s.checksum AS checksum, s.nodesCreated AS nodes, s.relationshipsCreated AS rels,
				       s.appliedAt IS NOT NULL AS stamped""").execute().records().get(0);
		assertThat(record.get("checksum").asString()).isEqualTo(base.checksum());
		assertThat(record.get("nodes").asLong()).isEqualTo(3);
		assertThat(record.get("rels").asLong()).isEqualTo(1);
		assertThat(record.get("stamped").asBoolean()).isTrue();
	}

	@Test
	void everyAppliedDataScriptBumpsTheGraphVersionAndARefusedOrDryRunOneDoesNot() {
		assertThat(graphVersion()).isZero();
		load(false, FIXTURES.resolve("base"));
		assertThat(graphVersion()).isEqualTo(1);

		assertThatExceptionOfType(ScriptFailedException.class)
			.isThrownBy(() -> load(false, FIXTURES.resolve("invalid/V0002__share_over_one.cypher")));
		load(true, FIXTURES.resolve("ordering"));
		assertThat(graphVersion()).isEqualTo(1);

		load(false, FIXTURES.resolve("ordering"));
		assertThat(graphVersion()).isEqualTo(3);
	}

	@Test
	void rerunSkipsAppliedScriptsAndChangesNothing() {
		load(false, FIXTURES.resolve("base"));
		GraphSnapshot before = GraphSnapshot.of(this.driver);

		LoadReport second = load(false, FIXTURES.resolve("base"));

		assertThat(second.outcomes()).extracting(ScriptOutcome::action).containsExactly(ScriptOutcome.Action.SKIPPED);
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void refusesChangedChecksumOfAppliedScript(@TempDir Path dir) throws IOException {
		Path script = dir.resolve("V0001__base.cypher");
		Files.copy(FIXTURES.resolve("base/V0001__base.cypher"), script);
		load(false, script);
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		Files.writeString(script, Files.readString(script).replace("'Acme'", "'Acme Corp'"));

		assertThatExceptionOfType(ChecksumMismatchException.class).isThrownBy(() -> load(false, script))
			.withMessageContaining("V0001 base")
			.withMessageContaining("must not change")
			.withMessageContaining("new script with a higher version");
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void refusesNewScriptReusingAnAppliedVersion(@TempDir Path dir) throws IOException {
		load(false, FIXTURES.resolve("base"));
		Path script = dir.resolve("V0001__other_data.cypher");
		Files.writeString(script, "MERGE (h:Entity {id: 'company:other'}) SET h:Company, h.name = 'Other';");

		assertThatExceptionOfType(ChecksumMismatchException.class).isThrownBy(() -> load(false, script))
			.withMessageContaining("Version 1 was applied on")
			.withMessageContaining("as \"base\"")
			.withMessageContaining("A version is used once");
	}

	@ParameterizedTest(name = "{0} is refused by rule {1}")
	@CsvSource({ "unknown_label, UNKNOWN_LABEL", "entity_without_kind, ENTITY_KIND",
			"entity_with_two_kinds, ENTITY_KIND", "malformed_entity_id, ENTITY_ID",
			"entity_id_prefix_mismatch, ENTITY_ID", "entity_without_name, ENTITY_NAME",
			"malformed_source_id, SOURCE_ID", "unknown_relationship_type, UNKNOWN_RELATIONSHIP_TYPE",
			"claim_to_source_node, CLAIM_ENDPOINTS", "claim_without_id, CLAIM_ID", "duplicate_claim_id, CLAIM_ID",
			"claim_without_sources, CLAIM_SOURCES", "claim_with_unknown_source, CLAIM_SOURCES",
			"claim_with_unknown_status, CLAIM_STATUS", "share_over_one, SHARE_RANGE",
			"confidence_as_text, SHARE_RANGE", "negative_amount, AMOUNT_RANGE", "negative_budget, AMOUNT_RANGE",
			"date_as_text, DATE_VALUE", "valid_from_after_valid_to, DATE_VALUE",
			"claim_with_unknown_amount_kind, AMOUNT_KIND", "inferred_as_text, INFERRED_FLAG",
			"measure_with_unknown_unit, MEASURE_UNIT", "measure_value_as_text, MEASURE_VALUE",
			"measure_without_source, MEASURE_SOURCES", "measure_of_unknown_subject, MEASURE_SUBJECT" })
	void refusesScriptBreakingRuleAndLeavesGraphAsItWas(String fixture, ValidationRule rule) {
		load(false, FIXTURES.resolve("base"));
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		Path script = FIXTURES.resolve("invalid/V0002__" + fixture + ".cypher");

		assertThatExceptionOfType(ScriptFailedException.class).isThrownBy(() -> load(false, script))
			.satisfies(ex -> {
				assertThat(ex.line()).isEqualTo(4);
				assertThat(ex.violations()).extracting(Violation::rule).containsOnly(rule);
				assertThat(ex.getMessage()).contains(script.toString(), "line 4", rule.name());
			});
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void validatesWhatADeletingScriptTouched(@TempDir Path dir) throws IOException {
		assertThat(this.loader.validatesScoped()).as("the embedded server: scoped validation").isTrue();
		load(false, FIXTURES.resolve("base"));
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		Path dropSource = Files.createDirectories(dir.resolve("refused")).resolve("V0008__drop_source.cypher");
		Files.writeString(dropSource, "MERGE (h:Entity {id: 'company:harmless'}) SET h:Company, h.name = 'Harmless';\n"
				+ "MATCH (s:Source {id: 'source:test-report'}) DETACH DELETE s;\n");

		assertThatExceptionOfType(ScriptFailedException.class).isThrownBy(() -> load(false, dropSource))
			.satisfies(ex -> {
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.violations()).extracting(Violation::rule, Violation::detail)
					.containsExactly(org.assertj.core.api.Assertions.tuple(ValidationRule.CLAIM_SOURCES,
							"unknown source id(s): source:test-report"));
			});
		assertThat(GraphSnapshot.of(this.driver)).as("nothing of the refused script").isEqualTo(before);

		Path dropClaim = Files.createDirectories(dir.resolve("applied")).resolve("V0009__drop_claim.cypher");
		Files.writeString(dropClaim, "MATCH ()-[r:FUNDS {id: 'claim:acme-funds-moonshot'}]->() DELETE r;\n");
		load(false, dropClaim);
		assertThat(graphVersion()).isEqualTo(2);
		assertThat(GraphSnapshot.of(this.driver).relationships()).isEmpty();
	}

	@Test
	void reportsFailingStatementWithItsLineAndKeepsEarlierScripts(@TempDir Path dir) throws IOException {
		load(false, FIXTURES.resolve("base"));
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		Files.writeString(dir.resolve("V0005__typo.cypher"),
				"MERGE (h:Entity {id: 'company:harmless'}) SET h:Company, h.name = 'Harmless';\n\nMATCH (n RETURN n;\n");

		assertThatExceptionOfType(ScriptFailedException.class).isThrownBy(() -> load(false, dir))
			.satisfies(ex -> assertThat(ex.line()).isEqualTo(3))
			.withMessageContaining("failed at line 3 and was rolled back");
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	/**
	 * A statement runs with its literals as parameters, but a failure reads as if it had run as written: Neo4j's
	 * error quotes the steward's text, literals and all, and never the rewritten one.
	 */
	@Test
	void aStatementThatCannotCompileIsQuotedAsWritten(@TempDir Path dir) throws IOException {
		load(false, FIXTURES.resolve("base"));
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		Files.writeString(dir.resolve("V0005__undefined.cypher"),
				"MATCH (a:Entity {id: 'company:acme'}) SET b.name = 'Acme Rockets';\n");

		assertThatExceptionOfType(ScriptFailedException.class).isThrownBy(() -> load(false, dir))
			.satisfies(ex -> assertThat(ex.line()).isEqualTo(1))
			.withMessageContaining("Variable `b` not defined")
			.withMessageContaining("SET b.name = 'Acme Rockets'")
			.withMessageNotContaining("$" + LiteralParameters.PREFIX);
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	/** A statement that compiles but fails as it runs keeps the run's reason, which names the value. */
	@Test
	void aStatementThatFailsAsItRunsKeepsNeo4jsReason(@TempDir Path dir) throws IOException {
		load(false, FIXTURES.resolve("base"));
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		Files.writeString(dir.resolve("V0005__duplicate.cypher"),
				"CREATE (e:Entity:Company {id: 'company:acme', name: 'Acme again'});\n");

		assertThatExceptionOfType(ScriptFailedException.class).isThrownBy(() -> load(false, dir))
			.satisfies(ex -> assertThat(ex.line()).isEqualTo(1))
			.withMessageContaining("already exists")
			.withMessageContaining("company:acme");
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void refusesStatementThatChangesNothing(@TempDir Path dir) throws IOException {
		load(false, FIXTURES.resolve("base"));
		Files.writeString(dir.resolve("V0006__dangling.cypher"), """
				MATCH (a:Entity {id: 'company:acme'}), (b:Entity {id: 'program:misspelled'})
				MERGE (a)-[r:FUNDS {id: 'claim:acme-funds-nothing'}]->(b) SET r.status = 'REPORTED';
				""");

		assertThatExceptionOfType(ScriptFailedException.class).isThrownBy(() -> load(false, dir))
			.withMessageContaining("line 1")
			.withMessageContaining("changed nothing");
	}

	@Test
	void refusesScriptMixingSchemaAndDataBeforeRunningIt() {
		assertThatExceptionOfType(ScriptFailedException.class)
			.isThrownBy(() -> load(false, FIXTURES.resolve("mixed")))
			.withMessageContaining("mixes schema commands (line 1) with data statements (line 2)");
		assertThat(GraphSnapshot.of(this.driver).nodes()).isEmpty();
	}

	@Test
	void dryRunValidatesDependentScriptsAndChangesNothing() {
		GraphSnapshot before = GraphSnapshot.of(this.driver);

		LoadReport report = load(true, FIXTURES.resolve("ordering"));

		assertThat(report.outcomes()).extracting(ScriptOutcome::action)
			.containsExactly(ScriptOutcome.Action.VALIDATED, ScriptOutcome.Action.VALIDATED);
		assertThat(report.totals().nodesCreated()).isEqualTo(1);
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void dryRunReportsRuleBrokenAndChangesNothing() {
		load(false, FIXTURES.resolve("base"));
		GraphSnapshot before = GraphSnapshot.of(this.driver);

		assertThatExceptionOfType(ScriptFailedException.class)
			.isThrownBy(() -> load(true, FIXTURES.resolve("invalid/V0002__share_over_one.cypher")))
			.satisfies(ex -> assertThat(ex.violations()).extracting(Violation::detail)
				.containsExactly("shareOfTarget is 1.5; allowed: a number from 0 to 1"));
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void namesTheAllowedUnitsWhenAMeasureHasAnUnknownOne() {
		load(false, FIXTURES.resolve("base"));

		assertThatExceptionOfType(ScriptFailedException.class)
			.isThrownBy(() -> load(true, FIXTURES.resolve("invalid/V0002__measure_with_unknown_unit.cypher")))
			.satisfies(ex -> assertThat(ex.violations()).extracting(Violation::element, Violation::detail)
				.containsExactly(org.assertj.core.api.Assertions.tuple("measure:moonshot-size",
						"unit MEGABUCKS is unknown; allowed: " + String.join(" ", org.ecograph.model.Unit.names()))));
	}

	@Test
	void runsEveryStatementInATransactionOfItsOwnTimeoutOnTheConfiguredDatabase() {
		this.queries.clear();
		load(false, FIXTURES.resolve("base"));
		load(true, FIXTURES.resolve("ordering"));

		assertThat(this.queries.observed()).isNotEmpty().allSatisfy(statement -> {
			assertThat(statement.transactional()).as(statement.text()).isTrue();
			assertThat(statement.timeout()).as(statement.text()).isEqualTo(Duration.ofMinutes(42));
			assertThat(statement.database()).as(statement.text()).isEqualTo("neo4j");
		});
		assertThat(this.queries.observed()).extracting(DriverQueryCounter.Statement::text)
			.anyMatch(text -> text.contains("tx.setMetaData"));
	}

	/**
	 * Data statements planned while indexes come online are re-planned at each one; with the bundled scripts' dozens
	 * of indexes Neo4j once gave up ("insanely frequent schema changes") in CI. The loader waits for the indexes
	 * between the schema scripts and the data scripts, one by one and batched, and only there.
	 */
	@Test
	void waitsForNewIndexesBetweenSchemaAndDataScriptsOnly(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("V0001__index.cypher"),
				"CREATE INDEX loader_test_nickname IF NOT EXISTS FOR (n:Company) ON (n.nickname);\n");
		Files.writeString(dir.resolve("V0002__first.cypher"),
				"MERGE (a:Entity {id: 'company:first'}) SET a:Company, a.name = 'First', a.nickname = 'one';\n");
		Files.writeString(dir.resolve("V0003__second.cypher"),
				"MERGE (a:Entity {id: 'company:second'}) SET a:Company, a.name = 'Second';\n");
		try {
			for (boolean batched : new boolean[] { false, true }) {
				this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
				this.queries.clear();
				List<CypherScript> scripts = ScriptFinder.inPaths(List.of(dir));
				LoadReport report = batched ? this.loader.loadAsOneBatch(scripts) : this.loader.load(scripts, false);

				assertThat(report.count(ScriptOutcome.Action.APPLIED)).as("batched %s", batched).isEqualTo(3);
				List<String> texts = this.queries.observed().stream().map(DriverQueryCounter.Statement::text).toList();
				int index = indexOf(texts, "CREATE INDEX loader_test_nickname");
				int await = indexOf(texts, "db.awaitIndexes");
				int data = indexOf(texts, "a.nickname");
				assertThat(index).as("batched %s: %s", batched, texts).isNotNegative().isLessThan(await);
				assertThat(await).as("batched %s: %s", batched, texts).isLessThan(data);
				assertThat(texts.stream().filter(t -> t.contains("db.awaitIndexes"))).as("batched %s", batched)
					.hasSize(1);

				this.queries.clear();
				this.loader.load(scripts, false);
				assertThat(this.queries.observed()).as("nothing pending: no wait")
					.noneMatch(statement -> statement.text().contains("db.awaitIndexes"));
			}
		}
		finally {
			this.driver.executableQuery("DROP INDEX loader_test_nickname IF EXISTS").execute();
		}
	}

	/**
	 * The batch runs consecutive statements of one plain shape as one statement (one round trip), and still refuses a
	 * statement among them that changed nothing, naming its line, as the scripts one by one would.
	 */
	@Test
	void theBatchRunsStatementsOfOneShapeTogetherAndStillRefusesOneThatChangesNothing(@TempDir Path dir)
			throws IOException {
		Path first = Files.createDirectories(dir.resolve("first"));
		Files.writeString(first.resolve("V0001__entities.cypher"), """
				MERGE (n:Entity {id: 'company:grouped-a'}) SET n:Company, n += {name: 'Grouped A'};
				MERGE (n:Entity {id: 'company:grouped-b'}) SET n:Company, n += {name: 'Grouped B'};
				MERGE (n:Entity {id: 'company:grouped-c'}) SET n:Company, n += {name: 'Grouped C', aliases: ['组 C']};
				""");
		Files.writeString(first.resolve("V0002__names.cypher"), """
				MATCH (n:Entity {id: 'company:grouped-a'}) SET n.description = 'first';
				MATCH (n:Entity {id: 'company:grouped-b'}) SET n.description = 'second';
				""");
		this.queries.clear();
		LoadReport report = this.loader.loadAsOneBatch(ScriptFinder.inPaths(List.of(first)));

		assertThat(report.count(ScriptOutcome.Action.APPLIED)).isEqualTo(2);
		assertThat(report.totals().nodesCreated()).isEqualTo(3);
		assertThat(this.queries.observed()).filteredOn(s -> s.text().startsWith("UNWIND $batch.rows AS row CALL (row)"))
			.as("one statement per script's run of one shape").hasSize(2);
		assertThat(stringList("MATCH (n:Entity) WHERE n.id STARTS WITH 'company:grouped-' "
				+ "RETURN collect(n.id + '=' + n.name + '/' + coalesce(n.description, '-')) AS v"))
			.containsExactlyInAnyOrder("company:grouped-a=Grouped A/first", "company:grouped-b=Grouped B/second",
					"company:grouped-c=Grouped C/-");

		Path broken = Files.createDirectories(dir.resolve("broken"));
		Files.writeString(broken.resolve("V0003__more.cypher"), """
				MERGE (n:Entity {id: 'company:grouped-d'}) SET n:Company, n += {name: 'Grouped D'};
				""");
		Files.writeString(broken.resolve("V0004__typo.cypher"), """
				MATCH (n:Entity {id: 'company:grouped-a'}) SET n.description = 'again';
				MATCH (n:Entity {id: 'company:grouped-typo'}) SET n.description = 'lost';
				MATCH (n:Entity {id: 'company:grouped-c'}) SET n.description = 'third';
				""");
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		assertThatExceptionOfType(ScriptFailedException.class)
			.isThrownBy(() -> this.loader.loadAsOneBatch(ScriptFinder.inPaths(List.of(first, broken))))
			.satisfies(ex -> {
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.getMessage()).contains("V0004__typo.cypher", "changed nothing");
			});
		assertThat(GraphSnapshot.of(this.driver)).as("the batch, V0003 with it, rolled back").isEqualTo(before);
	}

	private static int indexOf(List<String> texts, String part) {
		for (int i = 0; i < texts.size(); i++) {
			if (texts.get(i).contains(part)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A script's statements of one shape are planned once, whatever the lengths of their strings: Neo4j keys its plan
	 * cache by the length class of every string parameter (empty, one, up to ten, up to a hundred, ...), so a
	 * script's literals go in one map parameter. Counted in Neo4j's plan cache: after a first script, a second of 12
	 * statements whose titles run from 1 to 364 characters adds no plan that a second of 12 statements with titles of
	 * one length does not (before, each length class had a plan of its own).
	 */
	@Test
	void statementsOfOneShapeArePlannedOnceWhateverTheLengthOfTheirStrings(@TempDir Path dir) throws IOException {
		Path first = Files.createDirectories(dir.resolve("first"));
		Files.writeString(first.resolve("V0001__first.cypher"), merges(0, 2, i -> 5));
		Path same = Files.createDirectories(dir.resolve("same"));
		Files.copy(first.resolve("V0001__first.cypher"), same.resolve("V0001__first.cypher"));
		Files.writeString(same.resolve("V0002__again.cypher"), merges(2, 12, i -> 5));
		Path varied = Files.createDirectories(dir.resolve("varied"));
		Files.copy(first.resolve("V0001__first.cypher"), varied.resolve("V0001__first.cypher"));
		Files.writeString(varied.resolve("V0002__again.cypher"), merges(2, 12, i -> 1 + (i - 2) * 33));

		long plansWithOneLength = plansAfter(first, same);
		this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		long plansWithManyLengths = plansAfter(first, varied);

		assertThat(stringList("MATCH (s:Source) WHERE s.id STARTS WITH 'source:plan-cache-' RETURN collect(s.id) AS v"))
			.hasSize(14);
		assertThat(stringList("MATCH (s:Source {id: 'source:plan-cache-13'}) RETURN [s.title] AS v"))
			.containsExactly("N".repeat(364));
		assertThat(plansWithOneLength).isPositive();
		assertThat(plansWithManyLengths).isEqualTo(plansWithOneLength);
	}

	/**
	 * {@code count} statements of one shape from source {@code from} on, the i-th with a title of the given length
	 * (sources: few validation rules read them, so that few plans are made afresh after the cache is cleared).
	 */
	private static String merges(int from, int count, IntUnaryOperator nameLength) {
		StringBuilder merges = new StringBuilder();
		for (int i = from; i < from + count; i++) {
			merges.append("MERGE (s:Source {id: 'source:plan-cache-").append(i).append("'}) SET s.title = '")
				.append("N".repeat(nameLength.applyAsInt(i))).append("';\n");
		}
		return merges.toString();
	}

	/** The plans in Neo4j's cache after loading the scripts of {@code paths} one by one, in turn, into a cleared cache. */
	private long plansAfter(Path... paths) {
		clearPlans();
		for (Path path : paths) {
			assertThat(load(false, path).count(ScriptOutcome.Action.APPLIED)).isEqualTo(1);
		}
		return clearPlans();
	}

	/** Clears Neo4j's plan cache: how many plans it held. */
	private long clearPlans() {
		String cleared = this.driver.executableQuery("CALL db.clearQueryCaches()").execute().records().get(0).get(0)
			.asString();
		Matcher count = Pattern.compile("(\\d+)").matcher(cleared);
		return count.find() ? Long.parseLong(count.group(1)) : 0;
	}

	@Test
	void refusesTwoScriptsWithOneVersion() {
		assertThatExceptionOfType(ScriptDiscoveryException.class)
			.isThrownBy(() -> ScriptFinder.inPaths(List.of(FIXTURES.resolve("invalid"))))
			.withMessageContaining("Two scripts have version 2");
	}

	@Test
	void refusesBadlyNamedScript(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("seed.cypher"), "CREATE (n);");
		assertThatExceptionOfType(ScriptDiscoveryException.class)
			.isThrownBy(() -> ScriptFinder.inPaths(List.of(dir)))
			.withMessageContaining("V<version>__<description>.cypher");
	}

	/**
	 * The bundled scripts load cleanly one by one, as a steward's {@code load} runs them (every one applied and
	 * validated, the whole graph valid after them), and the bundled batch, which runs statements of one shape in one
	 * round trip, writes the same graph, property by property (but the time each claim was recorded).
	 */
	@Test
	void theBundledScriptsLoadCleanlyAndTheBatchWritesExactlyWhatTheyWriteOneByOne() {
		LoadReport oneByOne = this.loader.load(ScriptFinder.bundled(), false);
		assertThat(oneByOne.count(ScriptOutcome.Action.APPLIED)).isEqualTo(oneByOne.outcomes().size())
			.isEqualTo(ScriptFinder.bundled().size());
		try (var session = this.driver.session()) {
			assertThat(GraphValidator.violations(ScopedValidationTests.rows(session))).isEmpty();
		}
		GraphSnapshot asWritten = seedGraph();
		this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();

		LoadReport batch = this.loader.loadAsOneBatch(ScriptFinder.bundled());

		assertThat(batch.count(ScriptOutcome.Action.APPLIED)).isEqualTo(ScriptFinder.bundled().size());
		assertThat(asWritten.nodes()).hasSizeGreaterThan(100);
		assertThat(asWritten.relationships()).hasSizeGreaterThan(100);
		assertThat(seedGraph()).isEqualTo(asWritten);
	}

	/**
	 * Every literal the loader turns into a parameter in the bundled scripts is the value Neo4j reads from it as
	 * written: all of them, evaluated by Neo4j in one statement, equal the parameters, type and value (strings with
	 * their escapes, integers, decimals, lists, the {@code SET +=} maps with their dates and booleans).
	 */
	@Test
	void everyLiteralOfTheBundledScriptsIsTheValueNeo4jReadsFromIt() {
		List<String> written = new java.util.ArrayList<>();
		List<Object> extracted = new java.util.ArrayList<>();
		ScriptFinder.bundled()
			.stream()
			.flatMap(script -> script.statements().stream())
			.filter(statement -> !statement.isSchemaCommand())
			.forEach(statement -> {
				written.addAll(LiteralParameters.literalsAsWritten(statement.text()));
				extracted.addAll(LiteralParameters.of(statement.text()).parameters().values());
			});
		assertThat(written).hasSize(extracted.size()).hasSizeGreaterThan(1000);

		List<Object> read = this.driver.executableQuery("RETURN [" + String.join(",\n", written) + "] AS v")
			.execute()
			.records()
			.get(0)
			.get("v")
			.asList(org.neo4j.driver.Value::asObject);

		for (int i = 0; i < written.size(); i++) {
			assertThat(read.get(i)).as(written.get(i)).isEqualTo(extracted.get(i));
		}
	}

	/** The entities, sources and measures and the claims between entities, without the time of recording. */
	private GraphSnapshot seedGraph() {
		GraphSnapshot all = GraphSnapshot.of(this.driver);
		return new GraphSnapshot(
				all.nodes().stream().filter(n -> n.matches("^\\[(.*Entity|Source|Measure)\\b.*")).toList(),
				all.relationships().stream().map(r -> r.replaceAll("recordedAt=[^,}]*(, )?", "")).toList());
	}

	private LoadReport load(boolean dryRun, Path path) {
		return this.loader.load(ScriptFinder.inPaths(List.of(path)), dryRun);
	}

	private long graphVersion() {
		return this.driver.executableQuery("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version")
			.execute()
			.records()
			.stream()
			.findFirst()
			.map(r -> r.get("version").asLong())
			.orElse(0L);
	}

	private List<String> stringList(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get("v").asList(v -> v.asString());
	}

}
