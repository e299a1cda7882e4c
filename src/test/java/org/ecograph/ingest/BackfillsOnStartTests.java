package org.ecograph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ecograph.EcographApplication;
import org.ecograph.RunsBesideOtherTests;
import org.ecograph.data.BatchProgress;
import org.ecograph.data.ChangeLog;
import org.ecograph.data.EntityNameKeys;
import org.ecograph.data.TestDataLayer;
import org.ecograph.data.Transactions;
import org.ecograph.model.EntityNames;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.ecograph.steward.AuditTrail;
import org.ecograph.steward.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store whose entities lack the search keys of their names (written by a plain Bolt client) and whose recorded
 * changes lack their subject nodes (as an earlier version recorded them) opens under a transaction memory limit that
 * one transaction over all entities exceeds: the keys and the subject nodes are written in batches, in the
 * background, and are exact afterwards.
 */
@RunsBesideOtherTests
class BackfillsOnStartTests {

	private static final int ENTITIES = 24_000;

	private static final int BATCH = 1_000;

	/** Entities per transaction of the other client that writes the store. */
	private static final int WRITE = 500;

	/** Neo4j's smallest allowed limit of all transactions' memory; the keys of all entities need more. */
	private static final String MEMORY = "10m";

	/** Changes recorded as an earlier version recorded them: their subjects without subject nodes. */
	private static final int CHANGES = 2_500;

	/** A long name, so that the keys of all entities weigh far more than the limit and a batch's far less. */
	private static final String LONG = "x".repeat(200);

	@Test
	void writesTheMissingKeysAndChangeSubjectsOfAStoreWrittenByAnotherClientInBatchesUnderALowMemoryLimit(
			@TempDir Path home) {
		EmbeddedNeo4jProperties limited = new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(5))
			.withTransactionMemory(MEMORY);
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(limited);
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			TestLoader.over(driver).load(ScriptFinder.inPaths(List.of(Path.of("cypher/schema"))), false);
			for (int from = 0; from < ENTITIES; from += WRITE) {
				driver.executableQuery("""
						UNWIND range($from, $to - 1) AS i
						CREATE (:Entity:Company {id: 'company:bulk-' + i, kind: 'COMPANY',
						        name: 'Bulk ' + i + ' ' + $long, aliases: ['B' + i, $long]})""")
					.withParameters(Map.of("from", from, "to", from + WRITE, "long", LONG))
					.execute();
			}
			assertThat(missingKeys(driver)).isEqualTo(ENTITIES);
			// A change naming an id twice (an entity merged away and its merged id) gets one node per distinct id, when
			// recorded and when its nodes are written afterwards: ten changes as an earlier version recorded them, each
			// naming company:twice-i twice, then one recorded now.
			TestDataLayer data = TestDataLayer.over(driver);
			// without V0036's constraint (a store whose scripts were loaded from a folder before it) nothing is written
			driver.executableQuery("DROP CONSTRAINT " + ChangeLog.SUBJECT_CONSTRAINT).execute();
			assertThatThrownBy(() -> data.changeLog().writeSubjectsInBatches(BATCH, Duration.ofMinutes(1), progress -> {
			}, () -> false)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("the constraint change_subject_unique (cypher/schema/V0036) is missing")
				.hasMessageContaining("load cypher/schema into it");
			// loading the schema scripts again applies V0036 again: the constraint is back (IF NOT EXISTS)
			ScriptFinder.inPaths(List.of(Path.of("cypher/schema")))
				.stream()
				.filter(script -> script.version() == 36)
				.flatMap(script -> script.statements().stream())
				.forEach(statement -> driver.executableQuery(statement.text()).execute());
			driver.executableQuery("""
					UNWIND range(0, 9) AS i
					CREATE (:Change {id: 'change:' + (500 + i), seq: 500 + i, at: datetime(), who: 'steward',
					        operation: 'mergeEntities', subjects: ['company:twice-' + i, 'claim:twice-' + i,
					        'company:twice-' + i], before: '{}', after: '{}'})""").execute();
			BatchProgress twice = data.changeLog().writeSubjectsInBatches(BATCH, Duration.ofMinutes(1), progress -> {
			}, () -> false);
			assertThat(twice.changed()).isEqualTo(20);
			data.transactions().write(() -> data.changeLog().record(new ChangeLog.Entry(600, "steward", "mergeEntities",
					List.of("company:twice", "company:twice", "claim:twice"), "{}", "{}", null, null, null)));
			assertThat(changeSubjects(driver)).isEqualTo(22);
			// change i names the claim claim:old-i and the entity company:bulk-(i mod 100), seq 1000 + i
			for (int from = 0; from < CHANGES; from += WRITE) {
				driver.executableQuery("""
						UNWIND range($from, $to - 1) AS i
						CREATE (:Change {id: 'change:' + (1000 + i), seq: 1000 + i, at: datetime(), who: 'steward',
						        operation: 'upsertClaim', subjects: ['claim:old-' + i, 'company:bulk-' + (i % 100)],
						        before: '{}', after: '{}'})""").withParameters(Map.of("from", from, "to", from + WRITE))
					.execute();
			}
			// one auto-commit run: the driver's managed transactions would retry the "transient" memory error
			try (Session session = driver.session()) {
				assertThatThrownBy(() -> session.run("""
						MATCH (n:Entity) SET n.nameKey = toLower(reduce(k = n.name, a IN n.aliases | k + ' ' + a))""")
					.consume()).as("all keys in one transaction exceed the limit")
					.hasMessageContaining("dbms.memory.transaction.total.max");
			}
			assertThat(missingKeys(driver)).isEqualTo(ENTITIES);
		}

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EcographApplication.class)
			.web(WebApplicationType.NONE)
			.run("--ecograph.neo4j.home=" + home, "--ecograph.neo4j.bolt-port=0", "--ecograph.neo4j.bolt-auth=false",
					"--ecograph.neo4j.transaction-memory=" + MEMORY, "--ecograph.ingest.name-key-batch=" + BATCH,
					"--spring.main.banner-mode=off")) {
			Driver driver = app.getBean(Driver.class);
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (missingKeys(driver) > 0 && System.nanoTime() < deadline) {
				sleep();
			}

			while (changeSubjects(driver) < 2 * CHANGES + 22 && System.nanoTime() < deadline) {
				sleep();
			}

			assertThat(missingKeys(driver)).isZero();
			assertThat(changeSubjects(driver)).isEqualTo(2 * CHANGES + 22);
			// the changes naming company:bulk-7 are 7, 107, ..., 2407 (25): the newest 10 first
			assertThat(app.getBean(AuditTrail.class).history("company:bulk-7", 10)).extracting(Change::seq)
				.containsExactly(3407L, 3307L, 3207L, 3107L, 3007L, 2907L, 2807L, 2707L, 2607L, 2507L);
			assertThat(app.getBean(AuditTrail.class).history("claim:old-42", 10)).extracting(Change::id)
				.containsExactly("change:1042");
			List<Record> entities = driver.executableQuery("MATCH (n:Entity) RETURN n.name AS name, "
					+ "n.aliases AS aliases, n.nameKey AS key").execute().records();
			assertThat(entities).hasSize(ENTITIES).allSatisfy(entity -> assertThat(entity.get("key").asString())
				.isEqualTo(EntityNames.keyOf(entity.get("name").asString(),
						entity.get("aliases").asList(value -> value.asString()))));
			// Done already, the same refresh looks at every entity again, a batch per transaction, and changes none.
			BatchProgress again = app.getBean(EntityNameKeys.class)
				.refreshAllInBatches(BATCH, Duration.ofMinutes(1), progress -> {
				}, () -> false);
			assertThat(again).isEqualTo(new BatchProgress(ENTITIES, 0, ENTITIES / BATCH));
			assertThat(app.getBean(Transactions.class).read(() -> app.getBean(EntityNameKeys.class).anyMissing()))
				.isFalse();
			// the schema scripts' changes name no subject: the changes looked at are those and the 2,500
			BatchProgress subjectsAgain = app.getBean(ChangeLog.class)
				.writeSubjectsInBatches(BATCH, Duration.ofMinutes(1), progress -> {
				}, () -> false);
			assertThat(subjectsAgain.changed()).isZero();
			assertThat(subjectsAgain.seen()).isGreaterThanOrEqualTo(CHANGES);
			assertThat(app.getBean(Transactions.class).read(() -> app.getBean(ChangeLog.class).anySubjectUnwritten()))
				.isFalse();
		}
	}

	@Test
	void refusesABatchSizeBelowOne() {
		assertThatThrownBy(() -> new IngestProperties(true, Duration.ofHours(1), 0))
			.hasMessage("ecograph.ingest.name-key-batch must be at least 1 (entities per transaction), not 0");
	}

	private static long missingKeys(Driver driver) {
		return count(driver, "MATCH (n:Entity) WHERE n.nameKey IS NULL RETURN count(n) AS n");
	}

	private static long changeSubjects(Driver driver) {
		return count(driver, "MATCH (s:ChangeSubject) RETURN count(s) AS n");
	}

	private static long count(Driver driver, String query) {
		return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
