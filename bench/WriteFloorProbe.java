import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * The least a steward's new claim can cost in Neo4j alone (docs/benchmarks.md, stop 53): on a copy of a stopped store
 * (opened embedded, no application), rounds of transactions each doing what a created claim must write and nothing
 * more, with the process's CPU per transaction of each round. MODE {@code one}: one statement bumps the graph version
 * (taking its lock), creates the claim between two entities found by id, the change with its subjects, and commits;
 * {@code two}: the same and then one read of the claim and its ends as a validation would make; {@code five}: the
 * same work as five statements (the bump, the ends, the claim, the change, the read back). The claims go from
 * FROM_PREFIX + i to TO, i over 1..ENTITIES (defaults: {@code company:e}, {@code company:e21676}, 20,000: a
 * generated store's companies and one of its hubs); three rounds of 5,000 are warm-up, the next three are printed.
 *
 * <pre>
 * cp -r /tmp/ecograph-bench/store-100000 /tmp/probe-store
 * java --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
 *   --add-opens java.base/sun.nio.ch=ALL-UNNAMED -cp "$(cat target/cds/classpath.txt)" \
 *   bench/WriteFloorProbe.java /tmp/probe-store MODE
 * </pre>
 */
public final class WriteFloorProbe {

	private static final int ROUND = 5_000;

	private static final String BUMP = """
			MERGE (v:GraphVersion {id: 'graph'})
			SET v.version = coalesce(v.version, 0) + 1, v.stamp = randomUUID(), v.changedAt = datetime()
			WITH v.version AS seq""";

	private static final String CLAIM = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			CREATE (a)-[r:SUPPLIES]->(b) SET r = $claim""";

	private static final String CHANGE = """
			CREATE (c:Change) SET c = $change, c.seq = seq, c.id = 'change:' + seq, c.at = datetime()
			FOREACH (s IN $subjects | CREATE (:ChangeSubject {subject: s, seq: seq}))""";

	private static final String READ = """
			MATCH (a:Entity {id: $from})-[r:SUPPLIES {id: $id}]->(b:Entity {id: $to})
			RETURN properties(r) AS r, properties(a) AS a, properties(b) AS b""";

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]);
		String mode = args.length > 1 ? args[1] : "one";
		String fromPrefix = System.getenv().getOrDefault("FROM_PREFIX", "company:e");
		String to = System.getenv().getOrDefault("TO", "company:e21676");
		int entities = Integer.parseInt(System.getenv().getOrDefault("ENTITIES", "20000"));
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).build();
		try {
			GraphDatabaseService db = dbms.database("neo4j");
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			long run = System.nanoTime();
			int n = 0;
			for (int round = 0; round < 6; round++) {
				long cpu = os.getProcessCpuTime();
				long wall = System.nanoTime();
				for (int i = 0; i < ROUND; i++, n++) {
					String id = "claim:floor-" + run + "-" + n;
					String from = fromPrefix + (1 + n % entities);
					write(db, mode, id, from, to);
				}
				if (round == 0) {
					try (Transaction tx = db.beginTx();
							var r = tx.execute("MATCH ()-[c:SUPPLIES]->() WHERE c.id STARTS WITH $prefix"
									+ " RETURN count(c) AS claims", Map.of("prefix", "claim:floor-" + run))) {
						long claims = (long) r.next().get("claims");
						if (claims != ROUND) {
							throw new IllegalStateException(claims + " claims written of " + ROUND
									+ ": FROM_PREFIX, TO and ENTITIES must name entities of the store");
						}
					}
				}
				if (round >= 3) {
					System.out.printf("%s round %d: %.3f ms of CPU per transaction, %.3f ms each%n", mode, round - 2,
							(os.getProcessCpuTime() - cpu) / 1e6 / ROUND, (System.nanoTime() - wall) / 1e6 / ROUND);
				}
			}
		}
		finally {
			dbms.shutdown();
		}
	}

	private static void write(GraphDatabaseService db, String mode, String id, String from, String to) {
		Map<String, Object> claim = Map.of("id", id, "status", "REPORTED", "sources", List.of("source:synthetic"),
				"amountUsd", 1_000_000.0, "confidence", 0.7, "quote", "a sentence of the source, as typed");
		Map<String, Object> change = Map.of("who", "probe", "operation", "upsertClaim", "subjects",
				List.of(id, from, to), "before", "{\"claims\":{}}", "after", "{\"claims\":{\"" + id + "\":{}}}");
		Map<String, Object> params = Map.of("id", id, "from", from, "to", to, "claim", claim, "change", change,
				"subjects", List.of(id, from, to));
		try (Transaction tx = db.beginTx()) {
			switch (mode) {
				case "one", "two" -> {
					tx.execute(BUMP + "\n" + CLAIM + "\nWITH seq\n" + CHANGE + "\nRETURN seq", params).close();
					if (mode.equals("two")) {
						consume(tx, READ, params);
					}
				}
				case "five" -> {
					long seq = (long) tx.execute(BUMP + " RETURN seq", Map.of()).next().get("seq");
					consume(tx, "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) RETURN properties(a), "
							+ "properties(b)", params);
					tx.execute(CLAIM, params).close();
					Map<String, Object> withSeq = new java.util.HashMap<>(params);
					withSeq.put("seq", seq);
					tx.execute("WITH $seq AS seq\n" + CHANGE, withSeq).close();
					consume(tx, READ, params);
				}
				default -> throw new IllegalArgumentException("MODE: one, two or five");
			}
			tx.commit();
		}
	}

	private static void consume(Transaction tx, String statement, Map<String, Object> params) {
		try (var result = tx.execute(statement, params)) {
			List<Map<String, Object>> rows = new ArrayList<>();
			result.forEachRemaining(rows::add);
		}
	}

}
