package org.ecograph.bench;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.ecograph.RunsBesideOtherTests;
import org.ecograph.ingest.LoadReport;
import org.ecograph.ingest.ScriptFinder;
import org.ecograph.ingest.ScriptLoader;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark harness of {@code bench/} working: generates a 1,000-entity synthetic ecosystem, loads it
 * with the loader (LOAD CSV from the import directory), then runs the driver with a few requests per operation
 * against this application over HTTP and the same database over Bolt, and expects every request to succeed. The
 * ecosystem is small and the requests few because only the harness is under test here, not the figures (those are
 * {@code bench/run.sh}'s, docs/benchmarks.md): every operation of the driver still runs, over hubs and path pairs.
 */
@RunsBesideOtherTests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ecograph.neo4j.home=target/neo4j-tests/bench-${random.uuid}", "ecograph.neo4j.bolt-port=0",
				"ecograph.ingest.load-bundled-on-empty=false", "ecograph.neo4j.bolt-auth=false",
				"ecograph.neo4j.import-directory=target/bench-smoke/ecosystem" })
class BenchHarnessTests {

	private static final Path OUT = Path.of("target/bench-smoke");

	@LocalServerPort
	int port;

	@Autowired
	ScriptLoader loader;

	@Autowired
	EmbeddedNeo4jServer server;

	@Autowired
	Driver driver;

	@Autowired
	ApiTokenStore tokens;

	@Test
	void generatesLoadsAndTimesASmallEcosystemWithoutAFailedRequest() throws Exception {
		ClassLoader bench = compileBench();
		Path ecosystem = OUT.resolve("ecosystem");
		bench.loadClass("Generate").getMethod("main", String[].class)
			.invoke(null, (Object) new String[] { "1000", ecosystem.toString() });

		LoadReport report = this.loader.load(ScriptFinder.inPaths(List.of(Path.of("cypher/schema"), ecosystem)), false);

		assertThat(report.outcomes()).hasSize(ScriptFinder.inPaths(List.of(Path.of("cypher/schema"))).size() + 2);
		assertThat(count("MATCH (n:Entity) RETURN count(n) AS n")).isEqualTo(1_000);
		assertThat(count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n")).isEqualTo(5_000);
		assertThat(count("MATCH (n:Entity) WHERE n.nameKey IS NULL RETURN count(n) AS n")).isZero();
		int failures = (int) bench.loadClass("Bench").getMethod("run", String[].class).invoke(null,
				(Object) new String[] { "--http", "http://localhost:" + this.port + "/graphql", "--bolt",
						this.server.boltUri().toString(), "--requests", "5", "--clients", "2" });
		assertThat(failures).isZero();

		// --bearer: Ecograph's timed requests carry the token (an unknown one is refused, where an anonymous loopback
		// read would be answered; a real one is accepted)
		String analyst = this.tokens.create(Role.ANALYST, "bench-harness-" + System.nanoTime()).secret();
		assertThat(entityRequestsFailed(bench, "eg_not-a-token")).isEqualTo(3);
		assertThat(entityRequestsFailed(bench, analyst)).isZero();
	}

	@Test
	void reportsTheJitCompilersShareOfTheCpuApart() throws Exception {
		ClassLoader bench = compileBench();
		Class<?> used = bench.loadClass("Bench$ThreadCpu$Used");
		var constructor = used.getDeclaredConstructor(Map.class, double.class);
		constructor.setAccessible(true);
		Object phase = constructor.newInstance(Map.of("C2 CompilerThre", 30L, "C1 CompilerThre", 5L,
				"http-nio-8080-exec", 200L, "GC Thread", 7L), 1.0);
		var jit = used.getDeclaredMethod("jit");
		jit.setAccessible(true);
		assertThat(jit.invoke(phase)).isEqualTo(35L);

		Class<?> stats = bench.loadClass("Bench$Stats");
		var make = stats.getDeclaredConstructors()[0];
		make.setAccessible(true);
		var line = stats.getDeclaredMethod("line");
		line.setAccessible(true);
		assertThat((String) line.invoke(make.newInstance(100, 0, 1.0, 2.0, 3.0, 50.0, 0.84, 0.31, null)))
			.endsWith("cpu/req   0.84 ms (JIT 0.31)");
		assertThat((String) line.invoke(make.newInstance(100, 0, 1.0, 2.0, 3.0, 50.0, Double.NaN, Double.NaN, null)))
			.doesNotContain("cpu/req")
			.doesNotContain("JIT");
	}

	/** How many of three {@code entity(id)} requests sent with {@code token} as a bearer token failed. */
	private int entityRequestsFailed(ClassLoader bench, String token) throws Exception {
		return (int) bench.loadClass("Bench").getMethod("run", String[].class).invoke(null,
				(Object) new String[] { "--http", "http://localhost:" + this.port + "/graphql", "--bolt",
						this.server.boltUri().toString(), "--requests", "3", "--clients", "1", "--only", "entity",
						"--sides", "ecograph", "--bearer", token });
	}

	private long count(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get("n").asLong();
	}

	/** Compiles bench/*.java against the test class path, as {@code java bench/X.java} would. */
	private static ClassLoader compileBench() throws IOException {
		Path classes = Files.createDirectories(OUT.resolve("classes"));
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		int status = compiler.run(null, null, null, "-d", classes.toString(), "-cp",
				System.getProperty("java.class.path"), "bench/Generate.java", "bench/Bench.java");
		assertThat(status).as("bench/ compiles").isZero();
		return new URLClassLoader(new URL[] { classes.toUri().toURL() }, BenchHarnessTests.class.getClassLoader());
	}

}
