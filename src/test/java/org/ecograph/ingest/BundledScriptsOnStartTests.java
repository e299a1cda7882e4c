package org.ecograph.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.ecograph.EcographApplication;
import org.ecograph.RunsBesideOtherTests;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.ecograph.security.TokenCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start on a store whose first seeding stopped half-way finishes the bundled scripts instead of serving half a graph;
 * one on a store where only a token was created (an operator's provisioning before the first start) is seeded.
 */
@RunsBesideOtherTests
class BundledScriptsOnStartTests {

	@Test
	void finishesBundledScriptsThatAnEarlierStartLeftUnapplied(@TempDir Path home) {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(5)));
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			// As if the first start had been stopped while it loaded V0003: schema and entities, no claims.
			TestLoader.over(driver).load(ScriptFinder.bundled().subList(0, 2), false);
			assertThat(count(driver, "MATCH ()-[r]->() RETURN count(r) AS n")).isZero();
		}

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EcographApplication.class)
			.web(WebApplicationType.NONE)
			.run("--ecograph.neo4j.home=" + home, "--ecograph.neo4j.bolt-port=0", "--spring.main.banner-mode=off")) {
			Driver driver = app.getBean(Driver.class);

			assertThat(count(driver, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n")).isEqualTo(155);
			assertThat(count(driver, "MATCH (s:AppliedScript) RETURN count(s) AS n")).isEqualTo(ScriptFinder.bundled().size());
		}
	}

	@Test
	void seedsAStoreWhereOnlyATokenWasCreatedBeforeTheFirstStartAndKeepsTheToken(@TempDir Path home) {
		// the command opens the new store itself, as an operator runs it before starting Ecograph; a Bolt port given
		// on the command line wins over the command's own (Spring joined the two into "0,0" and refused to start)
		assertThat(TokenCommand.run(EcographApplication.class, new String[] { "token", "create", "--role", "steward",
				"--name", "provisioned", "--ecograph.neo4j.home=" + home, "--ecograph.neo4j.bolt-port=0" }))
			.isEqualTo(TokenCommand.OK);

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EcographApplication.class)
			.web(WebApplicationType.NONE)
			.run("--ecograph.neo4j.home=" + home, "--ecograph.neo4j.bolt-port=0", "--spring.main.banner-mode=off")) {
			Driver driver = app.getBean(Driver.class);

			assertThat(count(driver, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n")).isEqualTo(155);
			assertThat(count(driver, "MATCH (s:AppliedScript) RETURN count(s) AS n"))
				.isEqualTo(ScriptFinder.bundled().size());
			assertThat(count(driver,
					"MATCH (t:ApiToken {name: 'provisioned', role: 'STEWARD'}) WHERE t.revokedAt IS NULL RETURN count(t) AS n"))
				.isEqualTo(1);
		}
	}

	private static long count(Driver driver, String query) {
		return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
	}

}
