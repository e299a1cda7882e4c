package org.ecograph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.ecograph.EcographApplication;
import org.ecograph.RunsBesideOtherTests;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code load} command as a steward runs it: exit codes, the report, embedded and Bolt targets. */
@RunsBesideOtherTests
class LoadCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void exitsWithUsageErrorWhenNoPathIsGiven() {
		assertThat(run("load", "--dry-run")).isEqualTo(LoadCommand.USAGE);
		assertThat(text(this.err)).contains("Name at least one script file or folder", "Usage: ecograph load");
	}

	@Test
	void exitsWithUsageErrorOnUnknownOption() {
		assertThat(run("load", "--force", "cypher")).isEqualTo(LoadCommand.USAGE);
		assertThat(text(this.err)).contains("Unknown option --force");
	}

	@Test
	void refusesAMissingPathBeforeOpeningAnyDatabase() {
		assertThat(run("load", "cypher/no-such-folder")).isEqualTo(LoadCommand.REFUSED);
		assertThat(text(this.err)).contains("LOAD REFUSED: No such file or folder: cypher/no-such-folder");
	}

	/**
	 * The schema scripts and two data scripts, the second needing what the first creates: a dry run validates each data
	 * script after the ones before it, replaying them, and rolls everything back. (The seed's own scripts load one by one
	 * in {@code ScriptLoaderTests}; dry-running them here took 20 s without testing more of the command.)
	 */
	@Test
	void dryRunOfSchemaAndDependentScriptsOnAnEmbeddedStoreSucceedsAndWritesNothing(@TempDir Path home) {
		int exit = run("load", "--dry-run", "--ecograph.neo4j.home=" + home, "cypher/schema",
				"src/test/resources/ingest/dependent");

		assertThat(exit).as(text(this.err)).isEqualTo(LoadCommand.OK);
		long schemaScripts = ScriptFinder.bundled().stream().filter(s -> s.location().contains("/schema/")).count();
		assertThat(text(this.out)).contains("validated V0002 entities", "validated V0003 claims", "validated V0005",
				"Dry run: " + (schemaScripts + 2) + " script(s) validated and rolled back",
				"would change +3/-0 nodes, +1/-0 relationships");
		// a load saves the analysis snapshot of what it wrote (ProjectionRestartTests); a dry run wrote nothing
		assertThat(home.resolve("analysis")).as("the analysis snapshot's folder").doesNotExist();
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(properties(home));
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			assertThat(count(driver)).isZero();
		}
	}

	@Test
	void loadsThroughBoltIntoARunningServerAndRefusesABadScriptWithExitCodeOne(@TempDir Path home) {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(properties(home));
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			String uri = server.boltUri().toString();

			assertThat(run("load", "--uri", uri, "src/test/resources/ingest/base")).as(text(this.err))
				.isEqualTo(LoadCommand.OK);
			assertThat(text(this.out)).contains("applied   V0001 base", "Loaded 1 script(s)");
			assertThat(count(driver)).isEqualTo(3);

			int refused = run("load", "--uri", uri, "src/test/resources/ingest/invalid/V0002__share_over_one.cypher");

			assertThat(refused).isEqualTo(LoadCommand.REFUSED);
			assertThat(text(this.err)).contains("LOAD REFUSED", "V0002__share_over_one.cypher", "line 4",
					"SHARE_RANGE", "shareOfTarget is 1.5");
			assertThat(count(driver)).isEqualTo(3);
		}
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return LoadCommand.run(EcographApplication.class, args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

	private static long count(Driver driver) {
		return driver
			.executableQuery(
					"MATCH (n) WHERE NOT n:AppliedScript AND NOT n:GraphVersion AND NOT n:Change RETURN count(n) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	private static EmbeddedNeo4jProperties properties(Path home) {
		return new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(1));
	}

}
