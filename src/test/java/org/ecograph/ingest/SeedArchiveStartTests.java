package org.ecograph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import org.ecograph.CapturesTheLog;
import org.ecograph.EcographApplication;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.ecograph.neo4j.SeedArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed archive the build packs (ADR 0016): it holds the bundled scripts as they are, and a fresh store that starts
 * from it is the graph a first start that loads the scripts builds, with a Bolt password of its own.
 */
@CapturesTheLog
class SeedArchiveStartTests {

	/** Properties whose values say when or by which run something was written, not what: compared by name only. */
	private static final Set<String> WHEN = Set.of("stamp", "took", "tookMs", "durationMs", "elapsedMs");

	@Test
	void theBuildsArchiveHoldsTheBundledScriptsAsTheyAreAndNoSecret() throws Exception {
		var archive = getClass().getClassLoader().getResource(SeedArchive.RESOURCE);
		assertThat(archive).as("the build writes the seed archive into the classes (mvn process-classes)").isNotNull();
		Properties manifest = SeedArchive.manifest(archive).orElseThrow();
		List<CypherScript> bundled = ScriptFinder.bundled();

		assertThat(manifest.getProperty(SeedArchiveCommand.KEY)).isEqualTo(SeedArchiveCommand.key(bundled));
		assertThat(manifest.getProperty("scripts"))
			.isEqualTo(bundled.stream().map(s -> s.version() + ":" + s.checksum()).collect(Collectors.joining(",")));
		assertThat(manifest.getProperty(SeedArchive.NEO4J_VERSION)).isEqualTo(SeedArchive.neo4jVersion());
		try (ZipInputStream zip = new ZipInputStream(archive.openStream())) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertThat(entry.getName()).as("only the default database and its logs")
					.matches("seed-archive\\.properties|data/(databases|transactions)/neo4j/.+");
			}
		}
	}

	@Test
	void aFreshStoreStartsFromTheArchiveAsTheGraphTheScriptsBuild(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		Path home = dir.resolve("fresh");
		Map<String, Long> fromArchive;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EcographApplication.class)
			.web(WebApplicationType.NONE)
			.run("--ecograph.neo4j.home=" + home, "--ecograph.neo4j.bolt-port=0", "--spring.main.banner-mode=off",
					"--ecograph.neo4j.seed-archive=true", "--ecograph.analysis.warm-up=false")) {
			fromArchive = fingerprint(app.getBean(Driver.class));
		}
		List<String> timeline = output.getOut()
			.lines()
			.filter(line -> line.contains(StartupTimeline.PREFIX))
			.toList();
		assertThat(timeline).first()
			.asString()
			.contains("a fresh store seeded from the archive")
			.contains("bundled scripts checked (none pending)");
		assertThat(output.getOut().lines().filter(line -> line.matches(".* (WARN|ERROR) .*")))
			.as("a clean start warns of nothing").isEmpty();
		Path password = home.resolve("bolt-password");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
		assertThat(Files.exists(home.resolve("data/dbms/auth.ini"))).as("the initial password file has served")
			.isFalse();

		// the bundled scripts loaded as a first start without the archive loads them: one validated batch
		Map<String, Long> fromScripts;
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, dir.resolve("loaded"), 0, "32m", Duration.ofMinutes(5)));
				Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
			ScriptLoader loader = TestLoader.over(driver, server);
			try {
				loader.loadAsOneBatch(ScriptFinder.bundled());
			}
			finally {
				loader.destroy();
			}
			fromScripts = fingerprint(driver);
		}
		assertThat(fromScripts).as("the graph the bundled scripts load").hasSizeGreaterThan(300);
		assertThat(difference(fromArchive, fromScripts)).as("in the archive's graph only").isEmpty();
		assertThat(difference(fromScripts, fromArchive)).as("in the scripts' graph only").isEmpty();
	}

	private static Map<String, Long> difference(Map<String, Long> one, Map<String, Long> other) {
		Map<String, Long> only = new TreeMap<>(one);
		only.entrySet().removeIf(e -> e.getValue().equals(other.get(e.getKey())));
		return only;
	}

	/**
	 * Every node and relationship as text (labels or type, the ends' ids, each property with its value except the
	 * times of writing and the run's stamp, compared by name only), counted.
	 */
	private static Map<String, Long> fingerprint(Driver driver) {
		Map<String, Long> counts = new TreeMap<>();
		try (var session = driver.session()) {
			for (Record r : session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").list()) {
				counts.merge("(:" + String.join(":", r.get("labels").asList(Value::asString).stream().sorted().toList())
						+ ") " + text(r.get("props")), 1L, Long::sum);
			}
			for (Record r : session.run("""
					MATCH (a)-[x]->(b)
					RETURN type(x) AS type, a.id AS from, b.id AS to, properties(x) AS props""").list()) {
				counts.merge(r.get("from") + "-[:" + r.get("type").asString() + " " + text(r.get("props")) + "]->"
						+ r.get("to"), 1L, Long::sum);
			}
		}
		return counts;
	}

	private static String text(Value props) {
		Map<String, String> shown = new TreeMap<>();
		props.asMap(v -> v).forEach((key, value) -> {
			boolean when = WHEN.contains(key) || value.asObject() instanceof Temporal;
			shown.put(key, when ? "" : "=" + value);
		});
		return shown.entrySet()
			.stream()
			.map(e -> e.getKey() + e.getValue())
			.collect(Collectors.joining(", ", "[", "]"));
	}

}
