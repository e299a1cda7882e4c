package org.ecograph.data;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import org.ecograph.RunsBesideOtherTests;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.transaction.UnexpectedRollbackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statements run inside the embedded database answer exactly what the same statements answer over Bolt: the same
 * rows read through {@link Row} (plain values, nodes, relationships, stored arrays, nested maps, nulls), the same
 * records of the model, the same counts of what a write changed, and failures classified alike. One server, two data
 * layers over it: the driver's and the in-process one the application uses by default.
 */
@RunsBesideOtherTests
class InProcessStatementsTests {

	private static EmbeddedNeo4jServer server;

	private static Driver driver;

	private static TestDataLayer bolt;

	private static TestDataLayer inProcess;

	@BeforeAll
	static void start() {
		server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true,
				Path.of("target/neo4j-tests/in-process-" + System.nanoTime()), 0, "32m", Duration.ofMinutes(1)));
		driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
		bolt = TestDataLayer.over(driver);
		inProcess = TestDataLayer.inProcess(server.managementService().database(
				GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
		bolt.transactions().write(() -> bolt.graph().query("""
				CREATE (a:Entity:Company {id: 'company:a', name: 'A', aliases: ['Alpha', 'α'], founded: 1999,
				        share: 0.25, listed: true, since: date('2020-01-02'), seen: datetime('2024-05-06T07:08:09Z'),
				        scores: [1.5, 2.0], years: [2019, 2020]})
				CREATE (b:Entity:Program {id: 'program:b', name: 'B', description: 'a program'})
				CREATE (m:Measure {id: 'measure:m', subject: 'company:a', metric: 'capex', value: 12.5, unit: 'USD',
				        sources: ['s1'], places: ['TX', 'OH'], asOf: date('2025-03-01')})
				CREATE (s:Source {id: 's1', title: 'Report', language: 'zh', publishedOn: date('2025-07-01')})
				CREATE (a)-[:FUNDS {id: 'claim:1', amountUsd: 5.0e9, shareOfTarget: 0.4, status: 'REPORTED',
				        confidence: 0.7, validFrom: date('2025-01-01'), quote: 'A funds B', sources: ['s1']}]->(b)
				CREATE (b)-[:PARTNERS_WITH {id: 'claim:2', role: 'partner', sources: []}]->(a)
				""").run());
	}

	@AfterAll
	static void stop() {
		driver.close();
		server.close();
	}

	@Test
	void readsEveryKindOfValueAsTheDriverDoes() {
		List<String> statements = List.of("MATCH (n) RETURN n, labels(n) AS labels, properties(n) AS p ORDER BY n.id",
				"MATCH ()-[r]->() RETURN r, type(r) AS type ORDER BY r.id",
				"RETURN 1 AS one, 2.5 AS half, 'x' AS s, true AS t, null AS nothing, [1, 'a', null, [2]] AS list,"
						+ " {a: 1, b: {c: [date('2024-01-01')]}, d: null} AS map, date('2024-02-29') AS day,"
						+ " datetime('2024-02-29T10:00:00+01:00') AS at, localdatetime('2024-02-29T10:00') AS local",
				"MATCH (a {id: 'company:a'})-[r]->(b) RETURN {claim: r, from: a.id, to: b.id} AS c, [a, b] AS ends,"
						+ " collect({id: b.id, node: b}) AS rows",
				"MATCH (n) WHERE n.id = $id RETURN n.aliases AS aliases, n.years AS years, n.scores AS scores");
		for (String cypher : statements) {
			assertThat(both(cypher, Row::asMap)).as(cypher).satisfies(answers -> {
				assertThat(answers.get(1)).isNotEmpty();
				assertThat(answers.get(1)).isEqualTo(answers.get(0));
			});
		}
	}

	@Test
	void mapsNodesAndRelationshipsToTheSameRecords() {
		assertThat(both("MATCH (n:Entity) RETURN n ORDER BY n.id", row -> row.entity("n")))
			.satisfies(answers -> assertThat(answers.get(1)).hasSize(2).isEqualTo(answers.get(0)));
		assertThat(both("MATCH (a)-[r]->(b) RETURN {claim: r, from: a.id, to: b.id} AS c ORDER BY r.id",
				row -> row.claim("c")))
			.satisfies(answers -> assertThat(answers.get(1)).hasSize(2).isEqualTo(answers.get(0)));
		assertThat(both("MATCH (m:Measure) RETURN m", row -> row.measure("m")))
			.satisfies(answers -> assertThat(answers.get(1)).hasSize(1).isEqualTo(answers.get(0)));
		assertThat(both("MATCH (s:Source) RETURN s", row -> row.source("s")))
			.satisfies(answers -> assertThat(answers.get(1)).hasSize(1).isEqualTo(answers.get(0)));
		assertThat(both("MATCH (n)-[r]->() RETURN n, r ORDER BY r.id",
				row -> List.of(row.labels("n"), row.type("r"), row.strings("n.aliases"), row.isNull("r"))))
			.satisfies(answers -> assertThat(answers.get(1)).hasSize(2).isEqualTo(answers.get(0)));
	}

	@Test
	void readsTypedColumnsAsTheDriverDoes() {
		Function<Row, List<Object>> typed = row -> {
			List<Object> read = new ArrayList<>();
			read.add(row.string("s"));
			read.add(row.integer("i"));
			read.add(row.integer("whole"));
			read.add(row.integer("absent", -1));
			read.add(row.decimal("d"));
			read.add(row.decimal("i"));
			read.add(row.bool("b"));
			read.add(row.bool("absent"));
			read.add(row.date("day"));
			read.add(row.dateTime("at"));
			read.add(row.strings("names"));
			read.add(row.map("m"));
			read.add(row.map("n"));
			read.add(row.value("list", "none"));
			read.add(row.value("absent", "none"));
			read.add(row.rows("rows").stream().map(r -> r.string("k")).toList());
			read.add(row.row("m").integer("x"));
			return read;
		};
		assertThat(both("MATCH (n {id: 'program:b'}) RETURN 'text' AS s, 42 AS i, 3.0 AS whole, 0.5 AS d, true AS b,"
				+ " date('2025-01-31') AS day, datetime('2025-01-31T12:00:00Z') AS at, ['x', 'y'] AS names,"
				+ " {x: 7} AS m, n, [n, 1] AS list, [{k: 'a'}, {k: 'b'}] AS rows", typed::apply))
			.satisfies(answers -> assertThat(answers.get(1)).hasSize(1).isEqualTo(answers.get(0)));
		for (TestDataLayer layer : List.of(bolt, inProcess)) {
			assertThatThrownBy(() -> layer.transactions()
				.read(() -> layer.graph().query("RETURN 2.5 AS half").single(row -> row.integer("half"))))
				.as("a fraction is not a whole number").isInstanceOf(RuntimeException.class);
		}
	}

	@Test
	void countsWhatAWriteChangedAlikeAndRollsBackWhatItWasToldTo() {
		String write = "MATCH (a {id: 'company:a'}) CREATE (x:Entity:Company {id: $id, name: $name})-[:SUPPLIES "
				+ "{id: $claim}]->(a) SET a.touched = true REMOVE x:Company RETURN x.id AS id";
		List<Object> answers = new ArrayList<>();
		for (TestDataLayer layer : List.of(bolt, inProcess)) {
			answers.add(layer.transactions().rolledBack(null, () -> layer.graph()
				.query(write)
				.bindAll(Map.of("id", "company:x", "name", "X", "claim", "claim:x"))
				.runAndList(row -> row.string("id"))));
			answers.add(layer.transactions().rolledBack(null, () -> layer.graph()
				.query("MATCH (a {id: 'company:a'}) SET a.n = 1, a.m = 2").run()));
		}
		assertThat(answers.get(2)).isEqualTo(answers.get(0));
		assertThat(answers.get(3)).isEqualTo(answers.get(1));
		assertThat(((Statement.Written<?>) answers.get(2)).counts())
			.isEqualTo(new WriteCounts(1, 0, 1, 0, 4, 2, 1, 0));
		long left = inProcess.transactions().read(() -> inProcess.graph()
			.query("MATCH (n {id: 'company:x'}) RETURN count(n) AS n").single(row -> row.integer("n")));
		assertThat(left).as("rolled back").isZero();
	}

	@Test
	void commitsJoinsAndSuspendsAsSpringsTransactionsDo() {
		Graph graph = inProcess.graph();
		Transactions transactions = inProcess.transactions();
		long seenBeside = transactions.write(() -> {
			graph.query("CREATE (:Probe {id: 'outer'})").run();
			transactions.write(() -> graph.query("CREATE (:Probe {id: 'inner'})").run());
			// the inner write committed on its own; the outer one is not visible outside it yet
			return transactions.write(() -> graph.query("MATCH (p:Probe) RETURN count(p) AS n")
				.single(row -> row.integer("n")));
		});
		assertThat(seenBeside).isEqualTo(1);
		assertThat(transactions.read(() -> graph.query("MATCH (p:Probe) RETURN p.id AS id ORDER BY id")
			.list(row -> row.string("id")))).containsExactly("inner", "outer");

		assertThatThrownBy(() -> transactions.write(() -> {
			graph.query("CREATE (:Probe {id: 'doomed'})").run();
			try {
				transactions.read(() -> graph.query("RETURN 1/0 AS boom").list(row -> row.integer("boom")));
			}
			catch (RuntimeException expected) {
				// a participant failed: the whole transaction is marked for rollback
			}
			return null;
		})).isInstanceOf(UnexpectedRollbackException.class);
		long doomed = transactions.read(() -> graph.query("MATCH (p:Probe {id: 'doomed'}) RETURN count(p) AS n")
			.single(row -> row.integer("n")));
		assertThat(doomed).isZero();
		transactions.write(() -> graph.query("MATCH (p:Probe) DELETE p").run());
	}

	@Test
	void classifiesFailuresAsOverBolt() {
		for (TestDataLayer layer : List.of(bolt, inProcess)) {
			RuntimeException syntax = failure(layer, null, "RETURN nonsense(");
			assertThat(DatabaseFailure.of(syntax)).as("a bug, not the database's failure").isEmpty();
			assertThat(message(syntax)).contains("Invalid input");

			RuntimeException timedOut = failure(layer, Duration.ofSeconds(1),
					"UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i) AS n");
			assertThat(DatabaseFailure.of(timedOut)).as(layer + ": " + timedOut).contains(DatabaseFailure.TIMED_OUT);
		}
	}

	@Test
	void aReadTransactionRefusesWritesAsOverBolt() {
		for (TestDataLayer layer : List.of(bolt, inProcess)) {
			RuntimeException refused = failure(layer, null, "CREATE (p:Probe {id: 'read-only'}) RETURN p");
			assertThat(message(refused)).as(layer.toString()).containsIgnoringCase("read");
		}
		assertThatThrownBy(() -> inProcess.transactions().read(() -> {
			try {
				inProcess.graph().query("CREATE (p:Probe {id: 'read-only'})").run();
			}
			catch (IllegalStateException refused) {
				// a caller that swallows the refusal still does not commit the write
			}
			return null;
		})).isInstanceOf(UnexpectedRollbackException.class);
		long written = inProcess.transactions().read(() -> inProcess.graph()
			.query("MATCH (p:Probe {id: 'read-only'}) RETURN count(p) AS n").single(row -> row.integer("n")));
		assertThat(written).isZero();
	}

	@Test
	void aStatementOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> inProcess.graph().query("RETURN 1 AS one").single(row -> row.integer("one")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("outside a transaction");
	}

	@Test
	void answersRandomQuestionsAlike() {
		Random random = new Random(42);
		String[] columns = { "n.id", "n.name", "n.aliases", "n.founded", "n.share", "n.since", "n.seen", "labels(n)",
				"n", "properties(n)", "[n.id, n.listed]", "{k: n.id, v: n.scores}", "size(n.aliases)" };
		for (int i = 0; i < 200; i++) {
			StringBuilder cypher = new StringBuilder("MATCH (n) WHERE n.id IS NOT NULL RETURN ");
			int count = 1 + random.nextInt(4);
			for (int c = 0; c < count; c++) {
				cypher.append(c == 0 ? "" : ", ").append(columns[random.nextInt(columns.length)]).append(" AS c")
					.append(c);
			}
			cypher.append(" ORDER BY n.id");
			List<List<Map<String, Object>>> answers = both(cypher.toString(), Row::asMap);
			assertThat(answers.get(1)).as(cypher.toString()).hasSize(4).isEqualTo(answers.get(0));
		}
	}

	/** The rows of {@code cypher} (with {@code $id = 'company:a'}) over Bolt, then in process. */
	private static <T> List<List<T>> both(String cypher, RowMapper<T> mapper) {
		List<List<T>> answers = new ArrayList<>();
		for (TestDataLayer layer : List.of(bolt, inProcess)) {
			answers.add(layer.transactions()
				.read(() -> layer.graph().query(cypher).bind("id", "company:a").list(mapper)));
		}
		return answers;
	}

	private static RuntimeException failure(TestDataLayer layer, Duration timeout, String cypher) {
		try {
			layer.transactions().read(timeout, () -> layer.graph().query(cypher).list(Row::asMap));
		}
		catch (RuntimeException ex) {
			return ex;
		}
		throw new AssertionError("no failure: " + cypher);
	}

	private static String message(Throwable failure) {
		return Optional.ofNullable(failure.getCause()).map(Throwable::getMessage).orElse("") + failure.getMessage();
	}

}
