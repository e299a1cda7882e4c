package org.ecograph.security;

import java.nio.file.Path;
import java.time.Duration;

import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.TestDataLayer;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verified tokens are kept in memory for the refresh interval: a second check sends nothing to Neo4j; a revocation
 * through the same store is refused at the next request; one through another store (the {@code token} command,
 * another instance) once the interval has passed. The driver is observed by {@link DriverQueryCounter}, nothing
 * mocked.
 */
class TokenCacheTests {

	private static EmbeddedNeo4jServer server;

	private static Driver raw;

	private static DriverQueryCounter counter = new DriverQueryCounter();

	private static Driver driver;

	@BeforeAll
	static void start() {
		server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true,
				Path.of("target/neo4j-tests/token-cache-" + System.nanoTime()), 0, "32m", Duration.ofMinutes(1)));
		raw = GraphDatabase.driver(server.boltUri(), server.authToken());
		driver = (Driver) counter.postProcessAfterInitialization(raw, "driver");
	}

	@AfterAll
	static void stop() {
		raw.close();
		server.close();
	}

	private static ApiTokenStore store(Duration ttl) {
		TestDataLayer data = TestDataLayer.over(driver);
		return new ApiTokenStore(data.graph(), data.transactions(), ttl);
	}

	@Test
	void aTokenCheckedWithinTheIntervalSendsNoQuery() {
		ApiTokenStore tokens = store(Duration.ofHours(1));
		NewApiToken created = tokens.create(Role.ANALYST, "cached-" + System.nanoTime());
		long before = counter.queries();
		assertThat(tokens.authenticate(created.secret())).get().extracting(ApiToken::id).isEqualTo(created.token().id());
		assertThat(counter.queries() - before).as("the first check reads the database").isEqualTo(1);

		long cached = counter.queries();
		assertThat(tokens.authenticate(created.secret())).get().extracting(ApiToken::role).isEqualTo(Role.ANALYST);

		assertThat(counter.queries() - cached).isZero();
	}

	@Test
	void aTokenRevokedThroughTheSameStoreIsRefusedAtOnce() {
		ApiTokenStore tokens = store(Duration.ofHours(1));
		NewApiToken created = tokens.create(Role.STEWARD, "revoked-here-" + System.nanoTime());
		assertThat(tokens.authenticate(created.secret())).isPresent();

		tokens.revoke(created.token().id());

		assertThat(tokens.authenticate(created.secret())).isEmpty();
	}

	@Test
	void aTokenRevokedElsewhereIsRefusedOnceTheIntervalHasPassed() throws InterruptedException {
		ApiTokenStore here = store(Duration.ofMillis(300));
		ApiTokenStore elsewhere = store(Duration.ofMillis(300));
		NewApiToken created = here.create(Role.STEWARD, "revoked-elsewhere-" + System.nanoTime());
		assertThat(here.authenticate(created.secret())).isPresent();

		elsewhere.revoke(created.token().name());
		Thread.sleep(400);

		assertThat(here.authenticate(created.secret())).isEmpty();
	}

	@Test
	void anUnknownTokenIsNeverKept() {
		ApiTokenStore tokens = store(Duration.ofHours(1));
		String unknown = "eg_" + "B".repeat(43);
		long before = counter.queries();

		assertThat(tokens.authenticate(unknown)).isEmpty();
		assertThat(tokens.authenticate(unknown)).isEmpty();

		assertThat(counter.queries() - before).isEqualTo(2);
	}

}
