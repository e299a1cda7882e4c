package org.ecograph.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecograph.CapturesTheLog;
import org.ecograph.EcographApplication;
import org.ecograph.data.TestDataLayer;
import org.ecograph.neo4j.EmbeddedNeo4jProperties;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code token} command against a running server with Bolt authentication, as an admin runs it. */
@CapturesTheLog
class TokenCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void createsListsAndRevokesTokensOverBoltWithTheStoresPasswordFile(@TempDir Path home, CapturedOutput log) {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(1), true));
				Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
			TestDataLayer data = TestDataLayer.over(driver);
			// checks the database on every call: this test is about the command; how long the application's cache
			// trusts a token revoked elsewhere (the refresh interval) is TokenCacheTests'
			ApiTokenStore tokens = new ApiTokenStore(data.graph(), data.transactions(), Duration.ZERO);
			String uri = server.boltUri().toString();
			String homeArgument = "--ecograph.neo4j.home=" + home;

			assertThat(run("token", "create", "--role", "steward", "--name", "dana", "--uri", uri, homeArgument))
				.as(text(this.err))
				.isEqualTo(TokenCommand.OK);
			Matcher secret = Pattern.compile("eg_[A-Za-z0-9_-]{43}").matcher(text(this.out));
			assertThat(secret.find()).isTrue();
			assertThat(tokens.authenticate(secret.group())).get()
				.satisfies(t -> assertThat(t.role()).isEqualTo(Role.STEWARD));

			assertThat(run("token", "list", "--uri", uri, homeArgument)).isEqualTo(TokenCommand.OK);
			assertThat(text(this.out)).contains("STEWARD", "dana", "1 token(s)").doesNotContain(secret.group());

			assertThat(run("token", "revoke", "dana", "--uri", uri, homeArgument)).isEqualTo(TokenCommand.OK);
			assertThat(text(this.out)).contains("Revoked token:", "REVOKED");
			assertThat(tokens.authenticate(secret.group())).isEmpty();

			assertThat(run("token", "revoke", "dana", "--uri", uri, homeArgument)).isEqualTo(TokenCommand.REFUSED);
			assertThat(text(this.err)).contains("TOKEN REFUSED: no active token has the id or name 'dana'");
		}
		// a command builds no analysis and plans no validation in the background (its context closes under them)
		assertThat(log.getAll()).doesNotContain("Analysis projection", "Building the analysis projection",
				"Validation of steward mutations", " WARN ");
	}

	@Test
	void explainsUsageErrors() {
		assertThat(run("token", "create", "--role", "root", "--name", "x")).isEqualTo(TokenCommand.USAGE);
		assertThat(text(this.err)).contains("Unknown role root: allowed analyst, steward, admin.", "Usage:");
		assertThat(run("token")).isEqualTo(TokenCommand.USAGE);
		assertThat(text(this.err)).contains("Name an action: create, list or revoke.");
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return TokenCommand.run(EcographApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
