package org.ecograph.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.ecograph.EcographApplication;
import org.ecograph.RunsBesideOtherTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ecograph.neo4j.embedded=false} is a configuration switch: the application starts no server of its own and
 * reads and writes through {@code spring.neo4j.uri}. Here the "external" server is an embedded one on another store.
 */
@RunsBesideOtherTests
class ExternalNeo4jModeTests {

	@Test
	void usesTheServerAtSpringNeo4jUriAndStartsNoEmbeddedServer(@TempDir Path home) {
		try (EmbeddedNeo4jServer external = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(1)));
				ConfigurableApplicationContext app = new SpringApplicationBuilder(EcographApplication.class)
					.web(WebApplicationType.NONE)
					.run("--ecograph.neo4j.embedded=false", "--spring.neo4j.uri=" + external.boltUri(),
							"--ecograph.analysis.snapshot-directory=", "--spring.main.banner-mode=off");
				Driver direct = GraphDatabase.driver(external.boltUri(), AuthTokens.none())) {

			assertThat(app.getBeansOfType(EmbeddedNeo4jServer.class)).isEmpty();
			// no embedded database to run statements in: they go over Bolt, in Spring Data Neo4j's transactions
			assertThat(app.getBeansOfType(GraphDatabaseService.class)).isEmpty();
			assertThat(app.getBean(PlatformTransactionManager.class)).isInstanceOf(Neo4jTransactionManager.class);
			// An empty external database is seeded with the bundled scripts, like an embedded one.
			long entities = direct.executableQuery("MATCH (n:Entity) RETURN count(n) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(entities).isEqualTo(105);
			String viaApp = app.getBean(Driver.class)
				.executableQuery("MATCH (n {id: 'program:stargate'}) RETURN n.name AS name")
				.execute()
				.records()
				.get(0)
				.get("name")
				.asString();
			assertThat(viaApp).isEqualTo("Stargate");
		}
	}

}
