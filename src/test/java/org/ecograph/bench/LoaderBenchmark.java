package org.ecograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.ecograph.ingest.LoadReport;
import org.ecograph.ingest.ScriptFinder;
import org.ecograph.ingest.ScriptLoader;
import org.ecograph.ingest.TestLoader;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Measures the loader: the bundled seed on fresh stores (cold and warm JVM), and a synthetic graph of
 * {@value #ENTITIES} entities and {@value #CLAIMS} claims, then a dry run of the seed on top of it (the cost of
 * whole-graph validation on a larger graph). Run it with the command in docs/benchmarks.md; it prints figures and
 * leaves the synthetic store in a temporary folder (printed), to run the API latency script against.
 */
public final class LoaderBenchmark {

	static final int ENTITIES = 20_000;

	static final int CLAIMS = 60_000;

	private LoaderBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		for (int run = 1; run <= 3; run++) {
			Path home = Files.createTempDirectory("ecograph-bench-seed");
			try (EmbeddedNeo4jServer server = start(home); Driver driver = connect(server)) {
				LoadReport report = TestLoader.over(driver).load(ScriptFinder.bundled(), false);
				print("seed load, run " + run + (run == 1 ? " (cold JVM)" : " (warm JVM)"), report);
			}
		}
		Path home = Files.createTempDirectory("ecograph-bench-synthetic");
		Path scripts = syntheticScripts();
		try (EmbeddedNeo4jServer server = start(home); Driver driver = connect(server)) {
			ScriptLoader loader = TestLoader.over(driver);
			loader.load(ScriptFinder.bundled().subList(0, 1), false);
			print("synthetic load: %d entities, %d claims".formatted(ENTITIES, CLAIMS),
					loader.load(ScriptFinder.inPaths(List.of(scripts)), false));
			print("dry run of the seed on top of the synthetic graph",
					loader.load(ScriptFinder.bundled().subList(1, 3), true));
			System.out.println("BENCH synthetic store left at " + home);
		}
	}

	private static Path syntheticScripts() throws IOException {
		Path dir = Files.createTempDirectory("ecograph-bench-scripts");
		Files.writeString(dir.resolve("V0100__synthetic_entities.cypher"), """
				MERGE (s:Source {id: 'source:synthetic'}) SET s.title = 'Synthetic benchmark data';
				UNWIND range(1, %d) AS i
				MERGE (n:Entity {id: 'company:synthetic-' + i}) SET n:Company, n.name = 'Synthetic company ' + i;
				""".formatted(ENTITIES));
		Files.writeString(dir.resolve("V0101__synthetic_claims.cypher"), """
				UNWIND range(1, %d) AS i
				WITH i, i / %d AS round
				WITH i, 1 + (i * 7919 + round * 17) %% %d AS a, 1 + (i * 104729 + round * 31 + 13) %% %d AS b WHERE a <> b
				MATCH (x:Entity {id: 'company:synthetic-' + a}), (y:Entity {id: 'company:synthetic-' + b})
				CREATE (x)-[:SUPPLIES {id: 'claim:synthetic-' + i, status: 'REPORTED', confidence: 0.5,
				        sources: ['source:synthetic'], amountUsd: toFloat(i), shareOfSource: 0.01}]->(y);
				""".formatted(CLAIMS, ENTITIES, ENTITIES, ENTITIES));
		return dir;
	}

	private static EmbeddedNeo4jServer start(Path home) {
		return EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, home, 0, "512m", Duration.ofMinutes(30)));
	}

	private static Driver connect(EmbeddedNeo4jServer server) {
		return GraphDatabase.driver(server.boltUri(), AuthTokens.none());
	}

	private static void print(String what, LoadReport report) {
		System.out.println("BENCH " + what + ": " + report.durationMs() + " ms");
		report.outcomes().forEach(o -> System.out.println("BENCH   " + o));
	}

}
