package org.ecograph.ingest;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The same loader against a stock Neo4j 5.26 server, as in an external deployment. Needs a Docker engine; without
 * one it is skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class ScriptLoaderAgainstNeo4jServerIT {

	@Container
	static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

	static Driver driver;

	@BeforeAll
	static void connect() {
		driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.none());
	}

	@AfterAll
	static void disconnect() {
		driver.close();
	}

	@Test
	void loadsTheBundledScriptsOnceAndRefusesABadScriptLeavingTheGraphAsItWas() {
		ScriptLoader loader = TestLoader.over(driver);

		LoadReport first = loader.load(ScriptFinder.bundled(), false);
		LoadReport second = loader.load(ScriptFinder.bundled(), false);
		GraphSnapshot before = GraphSnapshot.of(driver);

		assertThat(first.count(ScriptOutcome.Action.APPLIED)).isEqualTo(3);
		assertThat(second.count(ScriptOutcome.Action.SKIPPED)).isEqualTo(3);
		assertThat(before.nodes().stream().filter(n -> n.contains("Entity")).count()).isEqualTo(105);
		assertThatExceptionOfType(ScriptFailedException.class).isThrownBy(() -> loader
			.load(ScriptFinder.inPaths(List.of(Path.of("src/test/resources/ingest/invalid/V0002__negative_amount.cypher"))),
					false));
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

}
