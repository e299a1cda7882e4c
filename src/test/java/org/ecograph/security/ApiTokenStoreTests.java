package org.ecograph.security;

import java.nio.file.Path;
import java.time.Duration;

import org.ecograph.data.TestDataLayer;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Tokens in a real embedded Neo4j: hashed, authenticated, revoked, never stored in clear. */
class ApiTokenStoreTests {

	private static EmbeddedNeo4jServer server;

	private static Driver driver;

	private final ApiTokenStore tokens = tokens(driver);

	@BeforeAll
	static void start() {
		server = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true,
				Path.of("target/neo4j-tests/tokens-" + System.nanoTime()), 0, "32m", Duration.ofMinutes(1)));
		driver = GraphDatabase.driver(server.boltUri(), server.authToken());
	}

	@AfterAll
	static void stop() {
		driver.close();
		server.close();
	}

	/** A store on the data layer over {@code driver}, as the application builds it. */
	static ApiTokenStore tokens(Driver driver) {
		TestDataLayer data = TestDataLayer.over(driver);
		return new ApiTokenStore(data.graph(), data.transactions());
	}

	@BeforeEach
	void empty() {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
	}

	@Test
	void storesOnlyTheHashOfTheToken() {
		NewApiToken created = this.tokens.create(Role.STEWARD, "alice");

		assertThat(created.secret()).matches("eg_[A-Za-z0-9_-]{43}");
		assertThat(created.toString()).doesNotContain(created.secret());
		var stored = driver.executableQuery("MATCH (t:ApiToken) RETURN properties(t) AS p")
			.execute()
			.records()
			.get(0)
			.get("p")
			.asMap();
		assertThat(stored).containsEntry("hash", ApiTokenStore.hash(created.secret()))
			.containsEntry("name", "alice")
			.containsEntry("role", "STEWARD");
		assertThat(stored.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(created.secret())
			.doesNotContain(created.secret().substring(3)));
		assertThat(ApiTokenStore.hash(created.secret())).hasSize(64).isNotEqualTo(created.secret());
	}

	@Test
	void authenticatesAnActiveTokenAndNoLongerOnceRevoked() {
		NewApiToken created = this.tokens.create(Role.ANALYST, "bob");

		assertThat(this.tokens.authenticate(created.secret())).get()
			.satisfies(t -> assertThat(t.name()).isEqualTo("bob"))
			.satisfies(t -> assertThat(t.role()).isEqualTo(Role.ANALYST));
		assertThat(this.tokens.authenticate(created.secret() + "x")).isEmpty();
		assertThat(this.tokens.authenticate("eg_" + "A".repeat(43))).isEmpty();

		ApiToken revoked = this.tokens.revoke("bob");
		assertThat(revoked.active()).isFalse();
		assertThat(this.tokens.authenticate(created.secret())).isEmpty();
		assertThat(this.tokens.list()).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
	}

	@Test
	void refusesASecondActiveTokenOfTheSameNameButAllowsItAfterRevocation() {
		NewApiToken first = this.tokens.create(Role.STEWARD, "carol");
		assertThatExceptionOfType(TokenException.class).isThrownBy(() -> this.tokens.create(Role.ADMIN, "carol"))
			.withMessage("an active token is already named 'carol': revoke it first, or pick another name");

		this.tokens.revoke(first.token().id());
		assertThat(this.tokens.create(Role.ADMIN, "carol").token().role()).isEqualTo(Role.ADMIN);
		assertThat(this.tokens.list()).hasSize(2);
	}

	@Test
	void refusesMalformedNamesAndUnknownTokens() {
		assertThatExceptionOfType(TokenException.class).isThrownBy(() -> this.tokens.create(Role.ANALYST, "' OR 1=1"))
			.withMessageStartingWith("name '' OR 1=1' is not allowed");
		assertThatExceptionOfType(TokenException.class).isThrownBy(() -> this.tokens.revoke("nobody"))
			.withMessage("no active token has the id or name 'nobody': see `token list`");
		assertThat(this.tokens.any()).isFalse();
	}

}
