package org.ecograph.neo4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.ecograph.EcographApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the external database stopped, requests answer UNAVAILABLE and health is DOWN; once it is back, the same
 * application instance serves again, without a restart. A second embedded server stands in for the external one.
 */
class DatabaseOutageTests {

	/** Asks for a field memory does not hold (names are answered from the analysis snapshot, ADR 0011). */
	private static final String QUERY = "{\"query\": \"{ entity(id: \\\"company:dell\\\") { name description } }\"}";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void answersUnavailableWhileTheDatabaseIsDownAndRecoversWhenItIsBack(@TempDir Path home) throws Exception {
		EmbeddedNeo4jServer external = EmbeddedNeo4jServer.start(properties(home, 0));
		int boltPort = external.boltUri().getPort();
		try (Driver direct = GraphDatabase.driver(external.boltUri(), external.authToken())) {
			direct.executableQuery("CREATE (:Entity:Company {id: 'company:dell', name: 'Dell Technologies'})").execute();
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EcographApplication.class).run(
				"--ecograph.neo4j.embedded=false", "--spring.neo4j.uri=" + external.boltUri(), "--server.port=0",
				"--ecograph.analysis.snapshot-directory=",
				"--ecograph.ingest.load-bundled-on-empty=false", "--spring.main.banner-mode=off",
				"--spring.neo4j.max-transaction-retry-time=1s")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			assertThat(graphQl(base).body()).contains("\"name\":\"Dell Technologies\"");
			assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(200);

			external.close();
			HttpResponse<String> down = graphQl(base);
			assertThat(down.statusCode()).isEqualTo(200);
			assertThat(down.body()).contains("\"classification\":\"UNAVAILABLE\"",
					"The database is unavailable: the request was not run; retry in a few seconds",
					"\"retryAfterSeconds\":2")
				.doesNotContain("Exception")
				.doesNotContain("Internal error");
			HttpResponse<String> health = get(base + "/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"status\":\"DOWN\"");

			external = EmbeddedNeo4jServer.start(properties(home, boltPort));
			assertThat(graphQl(base).body()).contains("\"name\":\"Dell Technologies\"").doesNotContain("errors");
			assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(200);
		}
		finally {
			external.close();
		}
	}

	private HttpResponse<String> graphQl(String base) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static EmbeddedNeo4jProperties properties(Path home, int port) {
		return new EmbeddedNeo4jProperties(true, home, port, "32m", Duration.ofMinutes(1));
	}

}
