package org.ecograph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.ecograph.CapturesTheLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The embedded Bolt server requires its generated password unless switched off. */
@CapturesTheLog
class BoltAuthenticationTests {

	@Test
	void refusesClientsWithoutThePasswordAndKeepsItAcrossRestarts(@TempDir Path home, CapturedOutput output)
			throws Exception {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(1),
				true);
		Path file = home.toAbsolutePath().resolve("bolt-password");
		String password;
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(properties)) {
			password = Files.readString(file).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(32);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

			assertRefused(server, AuthTokens.none());
			assertRefused(server, AuthTokens.basic("neo4j", "neo4j"));
			assertRefused(server, AuthTokens.basic("neo4j", password + "x"));
			assertWrites(server, AuthTokens.basic("neo4j", password));
			assertThat(home.resolve("data/dbms/auth.ini"))
				.as("the password was Neo4j's initial one, and that file has served").doesNotExist();
		}
		try (EmbeddedNeo4jServer again = EmbeddedNeo4jServer.start(properties)) {
			assertThat(Files.readString(file).strip()).isEqualTo(password);
			assertWrites(again, again.authToken());
			assertRefused(again, AuthTokens.none());
		}
		assertThat(output.getAll()).contains("password in " + file).doesNotContain(password);
	}

	/**
	 * A restart does not set the password the server already has (no Cypher on the system database); a password the
	 * operator wrote into the file between two starts is set at the next start, and the old one no longer works.
	 */
	@Test
	void setsAPasswordWrittenIntoTheFileBetweenTwoStarts(@TempDir Path home) throws Exception {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(1),
				true);
		Path file = home.toAbsolutePath().resolve("bolt-password");
		String first;
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(properties)) {
			first = Files.readString(file).strip();
		}
		Files.writeString(file, "a-rotated-password-of-32-characters\n");

		try (EmbeddedNeo4jServer again = EmbeddedNeo4jServer.start(properties)) {
			assertWrites(again, AuthTokens.basic("neo4j", "a-rotated-password-of-32-characters"));
			assertRefused(again, AuthTokens.basic("neo4j", first));
		}
	}

	@Test
	void acceptsAnyClientWhenAuthenticationIsSwitchedOff(@TempDir Path home) {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(1), false))) {
			assertWrites(server, AuthTokens.none());
			assertThat(home.resolve("bolt-password")).doesNotExist();
		}
	}

	private static void assertRefused(EmbeddedNeo4jServer server, org.neo4j.driver.AuthToken auth) {
		try (Driver driver = GraphDatabase.driver(server.boltUri(), auth)) {
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(
					() -> driver.executableQuery("CREATE (:Entity:Company {id: 'company:intruder', name: 'X'})")
						.execute());
		}
	}

	private static void assertWrites(EmbeddedNeo4jServer server, org.neo4j.driver.AuthToken auth) {
		try (Driver driver = GraphDatabase.driver(server.boltUri(), auth)) {
			long n = driver.executableQuery("MERGE (v:Probe {id: 1}) RETURN count(v) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(n).isEqualTo(1);
		}
	}

}
