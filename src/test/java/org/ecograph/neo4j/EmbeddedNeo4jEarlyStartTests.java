package org.ecograph.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.ecograph.EcographApplication;
import org.ecograph.RunsBesideOtherTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The embedded server starts beside Spring's start ({@link EmbeddedNeo4jEarlyStart}): the application uses that
 * server, serves from it, and leaves the store free when it stops, and also when its start fails after the server's
 * start began.
 */
@RunsBesideOtherTests
class EmbeddedNeo4jEarlyStartTests {

	/**
	 * The home is given as tests give it, with a placeholder that resolves anew on every read: the context still binds
	 * the store the early start opened, and starts no second server.
	 */
	@Test
	void theApplicationUsesTheServerStartedBesideSpringAndReleasesTheStoreWhenItStops(@TempDir Path home) {
		Path store;
		// seeded as a first start is by default: from the build's seed archive, unpacked by the early start
		try (ConfigurableApplicationContext app = start(home.resolve("store-${random.uuid}"),
				"--ecograph.neo4j.seed-archive=true")) {
			EmbeddedNeo4jServer server = app.getBean(EmbeddedNeo4jServer.class);
			store = server.home();
			EmbeddedNeo4jEarlyStart early = app.getBean(EmbeddedNeo4jEarlyStart.BEAN_NAME, EmbeddedNeo4jEarlyStart.class);

			assertThat(early.started()).isSameAs(server);
			assertThat(server.awaited()).isLessThanOrEqualTo(server.startedIn());
			assertThat(app.getBean(Driver.class)
				.executableQuery("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong()).as("the seed, through the server started early").isEqualTo(155);
			assertThat(server.fresh()).get().asString().contains("seeded from the archive");
		}
		assertThat(store.getParent()).isEqualTo(home.toAbsolutePath().normalize());
		assertStoreFree(store);
	}

	@Test
	void aStartThatFailsAfterTheServerBeganStartingReleasesTheStore(@TempDir Path home) {
		assertThatException().isThrownBy(() -> start(home, "--ecograph.ingest.transaction-timeout=not-a-duration"));

		assertStoreFree(home);
	}

	@Test
	void nothingStartsEarlyWhenTheApplicationUsesAnExternalNeo4j(@TempDir Path home) {
		// a seeded external store (copied: on an empty one the application would first load the bundled scripts, which
		// is not what this test is about; ExternalNeo4jModeTests seeds an empty external store)
		SeededStoreTemplate.copyInto(home.resolve("external"));
		try (EmbeddedNeo4jServer external = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, home.resolve("external"), 0, "32m", Duration.ofMinutes(1)));
				ConfigurableApplicationContext app = new SpringApplicationBuilder(EcographApplication.class)
					.web(WebApplicationType.NONE)
					.run("--ecograph.neo4j.embedded=false", "--spring.neo4j.uri=" + external.boltUri(),
							"--ecograph.neo4j.home=" + home.resolve("unused"), "--ecograph.analysis.warm-up=false",
							"--spring.main.banner-mode=off")) {
			assertThat(app.containsBean(EmbeddedNeo4jEarlyStart.BEAN_NAME)).isFalse();
			assertThat(app.getBeanProvider(EmbeddedNeo4jServer.class).getIfAvailable()).isNull();
			assertThat(home.resolve("unused")).doesNotExist();
		}
	}

	private static ConfigurableApplicationContext start(Path home, String... more) {
		String[] arguments = { "--ecograph.neo4j.home=" + home, "--ecograph.neo4j.bolt-port=0",
				"--ecograph.analysis.warm-up=false", "--spring.main.banner-mode=off" };
		String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments), java.util.Arrays.stream(more))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(EcographApplication.class).web(WebApplicationType.NONE).run(all);
	}

	/** A server of its own opens the store: nothing holds it any more. */
	private static void assertStoreFree(Path home) {
		try (EmbeddedNeo4jServer again = EmbeddedNeo4jServer
			.start(new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(1)))) {
			assertThat(again.home()).isEqualTo(home.toAbsolutePath().normalize());
		}
	}

}
