import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * What finding the changes that name an id costs the writes, in Neo4j alone (docs/benchmarks.md, stop 50): a fresh
 * embedded store in a temporary folder, three rounds of 20,000 transactions each creating one {@code Change} node that
 * names four subjects, with the subjects indexed by MODE: {@code none}, {@code fulltext} (V0026's full-text index
 * on the {@code subjects} list), {@code eventual} (the same, eventually consistent) or {@code nodes} (one
 * {@code ChangeSubject {subject, seq}} node per subject under a uniqueness constraint, V0036). Prints the process's
 * CPU per transaction of each round, then the time of the newest 20 changes naming an id, twice over 2,000 ids.
 *
 * <pre>
 * java --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
 *   --add-opens java.base/sun.nio.ch=ALL-UNNAMED -cp "$(cat target/cds/classpath.txt)" \
 *   bench/SubjectIndexProbe.java MODE
 * </pre>
 */
public final class SubjectIndexProbe {

	private static final int WRITES = 20_000;

	public static void main(String[] args) throws Exception {
		String mode = args.length == 1 ? args[0] : "";
		String index = switch (mode) {
			case "none" -> null;
			case "fulltext" -> "CREATE FULLTEXT INDEX s FOR (c:Change) ON EACH [c.subjects]"
					+ " OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } }";
			case "eventual" -> "CREATE FULLTEXT INDEX s FOR (c:Change) ON EACH [c.subjects]"
					+ " OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword',"
					+ " `fulltext.eventually_consistent`: true } }";
			case "nodes" -> "CREATE CONSTRAINT s FOR (s:ChangeSubject) REQUIRE (s.subject, s.seq) IS UNIQUE";
			default -> throw new IllegalArgumentException("MODE: none, fulltext, eventual or nodes");
		};
		String write = mode.equals("nodes") ? "CREATE (c:Change) SET c = $props FOREACH (s IN $props.subjects |"
				+ " CREATE (:ChangeSubject {subject: s, seq: $props.seq}))" : "CREATE (c:Change) SET c = $props";
		String history = switch (mode) {
			case "nodes" -> "MATCH (s:ChangeSubject) WHERE s.subject = $id AND s.seq IS NOT NULL"
					+ " WITH s ORDER BY s.seq DESC LIMIT 20 MATCH (c:Change {seq: s.seq}) RETURN c.id";
			case "none" -> "MATCH (c:Change) WHERE $id IN c.subjects RETURN c.id ORDER BY c.seq DESC LIMIT 20";
			default -> (mode.equals("eventual") ? "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh() "
					: "")
					+ "CALL db.index.fulltext.queryNodes('s', '\"' + $id + '\"') YIELD node AS c"
					+ " WHERE $id IN c.subjects RETURN c.id ORDER BY c.seq DESC LIMIT 20";
		};
		Path home = Files.createTempDirectory("subject-index-probe");
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).build();
		GraphDatabaseService db = dbms.database("neo4j");
		run(db, "CREATE CONSTRAINT seq FOR (c:Change) REQUIRE c.seq IS UNIQUE", Map.of());
		if (index != null) {
			run(db, index, Map.of());
		}
		run(db, "CALL db.awaitIndexes()", Map.of());
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long seq = 0;
		for (int round = 1; round <= 3; round++) {
			long cpu = os.getProcessCpuTime();
			for (int i = 0; i < WRITES; i++) {
				seq++;
				List<String> subjects = List.of("claim:c" + seq, "company:e" + (seq % 5000), "company:hub",
						"source:synthetic");
				run(db, write, Map.of("props", Map.of("seq", seq, "id", "change:" + seq, "subjects", subjects,
						"before", "{}", "after", "{\"claims\":{}}")));
			}
			System.out.printf("%s, round %d: %.3f ms of the process's CPU per write%n", mode, round,
					(os.getProcessCpuTime() - cpu) / 1e6 / WRITES);
		}
		for (int round = 1; round <= 2; round++) {
			long started = System.nanoTime();
			for (int i = 0; i < 2000; i++) {
				run(db, history, Map.of("id", "company:e" + i));
			}
			System.out.printf("%s, history round %d: %.3f ms per id%n", mode, round,
					(System.nanoTime() - started) / 1e6 / 2000);
		}
		dbms.shutdown();
	}

	private static void run(GraphDatabaseService db, String statement, Map<String, Object> parameters) {
		try (Transaction tx = db.beginTx()) {
			tx.execute(statement, parameters).accept(row -> true);
			tx.commit();
		}
	}

}
