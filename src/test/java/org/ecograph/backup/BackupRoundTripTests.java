package org.ecograph.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ecograph.EcographApplication;
import org.ecograph.RunsBesideOtherTests;
import org.ecograph.data.ChangeLog;
import org.ecograph.data.TestDataLayer;
import org.ecograph.ingest.LoadReport;
import org.ecograph.ingest.ScriptFinder;
import org.ecograph.ingest.TestLoader;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.ecograph.neo4j.SeededStoreTemplate;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} then {@code load} into an empty store gives the same graph: every node and claim with every
 * property and its type, the audit trail, merged ids, token hashes and the schema.
 */
@RunsBesideOtherTests
class BackupRoundTripTests {

	@Test
	void restoresTheSameGraphIntoAnEmptyStore(@TempDir Path temp) {
		Path backup = temp.resolve("backup");
		// the seeded store as a first start leaves it (a copy of the tests' template: loading is not under test here)
		SeededStoreTemplate.copyInto(temp.resolve("a"));
		try (EmbeddedNeo4jServer source = server(temp.resolve("a"));
				Driver a = GraphDatabase.driver(source.boltUri(), source.authToken())) {
			addTrickyData(a);

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int exit = ExportCommand.run(EcographApplication.class,
					new String[] { "export", "--uri", source.boltUri().toString(), backup.toString() },
					new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
			assertThat(exit).isEqualTo(ExportCommand.OK);
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backup in " + backup, "155 claim(s)",
					"java -jar ecograph.jar load " + backup);

			try (EmbeddedNeo4jServer target = server(temp.resolve("b"));
					Driver b = GraphDatabase.driver(target.boltUri(), target.authToken())) {
				LoadReport report = TestLoader.over(b).load(ScriptFinder.inPaths(List.of(backup)), false);
				assertThat(report.outcomes()).hasSize(2);

				assertThat(snapshot(b, backup)).isEqualTo(snapshot(a, backup));
				assertThat(schema(b)).isEqualTo(schema(a));
				assertThat(version(b)).isEqualTo(version(a) + 1);
			}
		}
	}

	@Test
	void refusesAFolderThatHoldsFiles(@TempDir Path temp) throws Exception {
		Files.writeString(temp.resolve("note.txt"), "keep me");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (EmbeddedNeo4jServer source = server(temp.resolve("a"))) {
			int exit = ExportCommand.run(EcographApplication.class,
					new String[] { "export", "--uri", source.boltUri().toString(), temp.toString() }, System.out,
					new PrintStream(err, true, StandardCharsets.UTF_8));
			assertThat(exit).isEqualTo(ExportCommand.REFUSED);
		}
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("EXPORT REFUSED: The folder " + temp
				+ " is not empty");
		assertThat(Files.readString(temp.resolve("note.txt"))).isEqualTo("keep me");
	}

	/** Values a naive writer would get wrong, and the steward's bookkeeping nodes. */
	private static void addTrickyData(Driver driver) {
		TestDataLayer data = TestDataLayer.over(driver);
		data.transactions().write(() -> {
			long seq = data.versions().bump();
			data.graph().query("""
					MATCH ()-[r {id: 'claim:softbank-funds-stargate'}]->()
					SET r.note = $note, r.retractedAt = datetime('2026-11-30T10:15:30.123456789Z'),
					    r.checkedOn = [date('2025-01-21'), date('2025-02-01')], r.tiny = 0.1, r.big = 9007199254740993,
					    r.flag = false, r.empty = []""")
				.bind("note", "it's \"quoted\" \\ back; semi\nnew line\ttab 星际之门 // not a comment /* nor */")
				.run();
			data.graph().query("MATCH (n:Entity {id: 'company:openai'}) SET n.mergedIds = ['company:open-ai']").run();
			data.graph().query("CREATE (:MergedId {id: 'company:open-ai', into: 'company:openai'})").run();
			data.changeLog().record(new ChangeLog.Entry(seq, "alice", "upsertClaim",
					List.of("claim:softbank-funds-stargate"), "{\"claims\":{}}", "{\"claims\":{}}",
					"source:c9490bf9877dc2fc", "a comment; with 'quotes'", null));
			return null;
		});
		new ApiTokenStore(data.graph(), data.transactions()).create(Role.STEWARD, "alice");
	}

	private static String snapshot(Driver driver, Path backup) {
		List<String> nodes = driver.executableQuery("""
				MATCH (n) WHERE NOT n:AppliedScript AND NOT n:GraphVersion
				  AND NOT (n:Change AND n.source STARTS WITH $backup)
				RETURN labels(n) AS labels, properties(n) AS props""")
			.withParameters(Map.of("backup", backup.toString()))
			.execute()
			.records()
			.stream()
			.map(r -> r.get("labels").asList().stream().sorted().toList() + " " + typed(r.get("props").asMap()))
			.sorted()
			.toList();
		List<String> claims = driver.executableQuery("""
				MATCH (a)-[r]->(b) RETURN a.id + ' -' + type(r) + '-> ' + b.id AS edge, properties(r) AS props""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("edge").asString() + " " + typed(r.get("props").asMap()))
			.sorted()
			.toList();
		assertThat(claims).hasSize(155);
		return String.join("\n", nodes) + "\n" + String.join("\n", claims);
	}

	/** Each value with its Java type, so that a float restored as an integer or a date as a string differs. */
	private static String typed(Map<String, Object> props) {
		Map<String, String> typed = new TreeMap<>();
		props.forEach((k, v) -> typed.put(k, v + ":" + (v == null ? "null" : v.getClass().getSimpleName())
				+ (v instanceof List<?> list && !list.isEmpty() ? "<" + list.get(0).getClass().getSimpleName() + ">" : "")));
		return typed.toString();
	}

	private static List<String> schema(Driver driver) {
		List<String> names = new java.util.ArrayList<>(driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name")
			.execute()
			.records()
			.stream()
			.map(r -> "constraint " + r.get("name").asString())
			.toList());
		driver.executableQuery("SHOW INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NULL"
				+ " AND type <> 'LOOKUP' RETURN name, type")
			.execute()
			.records()
			.forEach(r -> names.add(r.get("type").asString() + " index " + r.get("name").asString()));
		return names.stream().sorted().toList();
	}

	private static long version(Driver driver) {
		TestDataLayer data = TestDataLayer.over(driver);
		return data.transactions().read(() -> data.versions().read());
	}

	private static EmbeddedNeo4jServer server(Path home) {
		return EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(5)));
	}

	@SuppressWarnings("unused")
	private static List<String> strings(Value value) {
		return value.asList(Value::asString);
	}

}
