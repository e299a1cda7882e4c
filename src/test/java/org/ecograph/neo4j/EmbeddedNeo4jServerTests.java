package org.ecograph.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The embedded server on its own: Bolt on localhost, data on disk across restarts, a clear error on a busy store. */
class EmbeddedNeo4jServerTests {

	@Test
	void servesBoltOnLocalhostAndKeepsDataAcrossRestart(@TempDir Path home) {
		EmbeddedNeo4jProperties properties = properties(home);
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(properties);
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			assertThat(server.boltUri().getHost()).isIn("localhost", "127.0.0.1");
			assertThat(server.boltUri().getPort()).isPositive();
			driver.executableQuery("CREATE (:Entity:Company {id: 'company:persisted', name: 'Persisted'})").execute();
		}
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(properties);
				Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			var names = driver.executableQuery("MATCH (n:Company {id: 'company:persisted'}) RETURN n.name AS name")
				.execute()
				.records();
			assertThat(names).extracting(r -> r.get("name").asString()).containsExactly("Persisted");
		}
	}

	@Test
	void refusesSecondServerOnTheSameStoreWithAClearMessage(@TempDir Path home) {
		try (EmbeddedNeo4jServer first = EmbeddedNeo4jServer.start(properties(home))) {
			assertThatExceptionOfType(EmbeddedNeo4jStartException.class)
				.isThrownBy(() -> EmbeddedNeo4jServer.start(properties(home)))
				.withMessageContaining(home.toString())
				.withMessageContaining("in use by another process");
		}
	}

	private static EmbeddedNeo4jProperties properties(Path home) {
		return new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(1));
	}

}
