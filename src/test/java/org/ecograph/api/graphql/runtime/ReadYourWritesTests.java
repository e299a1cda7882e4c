package org.ecograph.api.graphql.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ecograph.EcographApplication;
import org.ecograph.RunsBesideOtherTests;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.ecograph.neo4j.SeededStoreTemplate;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-your-writes across two app instances over one database, over HTTP as a client sees them: A runs the embedded
 * database, B is an external instance on A's Bolt port whose poller waits an hour. A steward's mutation on A answers
 * the version it wrote in {@code extensions.graphVersion}; B, asked with {@code Ecograph-Min-Version} set to it,
 * answers from that version or later; without the header B answers from the version it knows, saying which. A version
 * the database never reaches is {@code UNAVAILABLE} after {@code refresh-wait}; a header that is not a version is a
 * {@code BAD_REQUEST}.
 */
@RunsBesideOtherTests
class ReadYourWritesTests {

	private static final String EXPOSURE = """
			query($id: ID!) { exposure(entity: $id, direction: UPSTREAM, maxHops: 1) { counterpart { id } } }""";

	private static final String UPSERT = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) {
			  entity { id } userErrors { message } } }""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	static Path home;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstancesOverOneDatabase() {
		// a seeded store as a first start leaves it, copied: what the first start loads is not what this test is about
		SeededStoreTemplate.copyInto(home.resolve("store"));
		a = new SpringApplicationBuilder(EcographApplication.class).run("--server.port=0",
				"--ecograph.neo4j.home=" + home.resolve("store"), "--ecograph.neo4j.bolt-port=0",
				"--ecograph.neo4j.bolt-auth=false", "--spring.main.banner-mode=off");
		String bolt = a.getBean(EmbeddedNeo4jServer.class).boltUri().toString();
		b = new SpringApplicationBuilder(EcographApplication.class).run("--server.port=0",
				"--ecograph.neo4j.embedded=false", "--spring.neo4j.uri=" + bolt, "--spring.main.banner-mode=off",
				"--ecograph.analysis.refresh-interval=1h", "--ecograph.analysis.refresh-wait=2s",
				"--ecograph.analysis.snapshot-directory=" + home.resolve("b-analysis"));
	}

	@AfterAll
	static void stop() {
		b.close();
		a.close();
	}

	@Test
	void aReadOnTheOtherInstanceNamingTheWrittenVersionSeesTheWrite() throws Exception {
		Map<String, Object> warm = post(b, EXPOSURE, Map.of("id", "program:stargate"), null, null);
		long before = graphVersion(warm);
		String steward = a.getBean(ApiTokenStore.class).create(Role.STEWARD, "ryw-steward").secret();

		Map<String, Object> written = post(a, UPSERT,
				Map.of("input", Map.of("id", "company:ryw-newco", "name", "RYW Newco")), steward, null);
		long version = graphVersion(written);

		assertThat(written).doesNotContainKey("errors");
		assertThat(version).isGreaterThan(before);
		Map<String, Object> stale = post(b, EXPOSURE, Map.of("id", "company:ryw-newco"), null, null);
		assertThat(graphVersion(stale)).as("without the header B answers from the version it knows")
			.isEqualTo(before);
		assertThat(errorCodes(stale)).containsExactly("NOT_FOUND");
		Map<String, Object> fresh = post(b, EXPOSURE, Map.of("id", "company:ryw-newco"), null,
				Long.toString(version));
		assertThat(fresh).doesNotContainKey("errors");
		assertThat(graphVersion(fresh)).isGreaterThanOrEqualTo(version);
		assertThat(((Map<?, ?>) fresh.get("data")).get("exposure")).isEqualTo(List.of());
	}

	@Test
	void aVersionTheDatabaseNeverReachesIsUnavailableSayingWhichVersionThereIs() throws Exception {
		long known = graphVersion(post(b, "{ __typename }", Map.of(), null, null));

		Map<String, Object> refused = post(b, "{ __typename }", Map.of(), null, "999999");

		assertThat(errorCodes(refused)).containsExactly("UNAVAILABLE");
		assertThat(message(refused)).startsWith("This instance has graph version " + known
				+ " and the request asked for version 999999 or later (header Ecograph-Min-Version); the database did"
				+ " not reach it within 2000 ms");
	}

	@Test
	void aHeaderThatIsNotAVersionIsABadRequest() throws Exception {
		for (String bad : List.of("-1", "abc", "1.5", "", "99999999999999999999")) {
			Map<String, Object> refused = post(a, "{ __typename }", Map.of(), null, bad);

			assertThat(errorCodes(refused)).as(bad).containsExactly("BAD_REQUEST");
			assertThat(message(refused)).as(bad)
				.startsWith("The header Ecograph-Min-Version must be a graph version, a whole number from 0 to "
						+ Long.MAX_VALUE);
		}
	}

	@Test
	void everyResponseCarriesTheGraphVersionAndAnOldEnoughMinimumIsAnsweredAtOnce() throws Exception {
		Map<String, Object> plain = post(a, "{ __typename }", Map.of(), null, null);
		long version = graphVersion(plain);

		Map<String, Object> withHeader = post(a, "{ __typename }", Map.of(), null, "0");

		assertThat(version).isPositive();
		assertThat(withHeader).doesNotContainKey("errors");
		assertThat(graphVersion(withHeader)).isGreaterThanOrEqualTo(version);
	}

	private static Map<String, Object> post(ConfigurableApplicationContext app, String document,
			Map<String, Object> variables, String token, String minVersion) throws IOException, InterruptedException {
		String port = app.getEnvironment().getProperty("local.server.port");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (minVersion != null) {
			request.header("Ecograph-Min-Version", minVersion);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readValue(response.body(), Map.class);
	}

	private static long graphVersion(Map<String, Object> response) {
		return ((Number) ((Map<?, ?>) response.get("extensions")).get("graphVersion")).longValue();
	}

	private static List<Object> errorCodes(Map<String, Object> response) {
		List<?> errors = (List<?>) response.getOrDefault("errors", List.of());
		return errors.stream()
			.map(e -> ((Map<?, ?>) ((Map<?, ?>) e).get("extensions")).get("classification"))
			.map(Object.class::cast)
			.toList();
	}

	private static String message(Map<String, Object> response) {
		return (String) ((Map<?, ?>) ((List<?>) response.get("errors")).get(0)).get("message");
	}

}
