package org.ecograph.analysis.projection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ecograph.EcographApplication;
import org.ecograph.analysis.AnalysisService;
import org.ecograph.analysis.Answer;
import org.ecograph.analysis.Exposure;
import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.data.GraphVersions;
import org.ecograph.ingest.ScriptFinder;
import org.ecograph.ingest.ScriptLoader;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.ecograph.neo4j.SeededStoreTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The projection follows the graph version: a load is seen by the next question in the instance that loaded, and in
 * a second instance over the same database (external mode) once that instance knows the version (its poller, or a
 * request naming the version); a question answers from one snapshot, old or new, never
 * a mix. One embedded instance (A) and one external instance on A's Bolt port (B), seeded once, written once.
 */
class ProjectionRefreshTests {

	private static final String NEWCO = """
			MERGE (n:Entity {id: 'company:newco'}) SET n:Company, n.name = 'Newco';
			MATCH (a:Entity {id: 'company:newco'}), (b:Entity {id: 'program:stargate'})
			MERGE (a)-[r:FUNDS {id: 'claim:newco-funds-stargate'}]->(b)
			SET r += {status: 'COMMITTED', confidence: 0.9, shareOfTarget: 0.01,
			          sources: ['source:c9490bf9877dc2fc'], quote: 'Newco funds Stargate.'};
			""";

	@TempDir
	static Path home;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstancesOverOneDatabase() {
		// a seeded store as a first start leaves it, copied: what the first start loads is not what this test is about
		SeededStoreTemplate.copyInto(home.resolve("store"));
		a = new SpringApplicationBuilder(EcographApplication.class).web(WebApplicationType.NONE)
			.run("--ecograph.neo4j.home=" + home.resolve("store"), "--ecograph.neo4j.bolt-port=0",
					"--ecograph.neo4j.bolt-auth=false",
					"--spring.main.banner-mode=off");
		String bolt = a.getBean(EmbeddedNeo4jServer.class).boltUri().toString();
		b = new SpringApplicationBuilder(EcographApplication.class).web(WebApplicationType.NONE)
			.run("--ecograph.neo4j.embedded=false", "--spring.neo4j.uri=" + bolt, "--spring.main.banner-mode=off",
					"--ecograph.analysis.refresh-interval=1h",
					"--ecograph.analysis.snapshot-directory=" + home.resolve("b-analysis"));
	}

	@AfterAll
	static void stop() {
		b.close();
		a.close();
	}

	@Test
	void aLoadIsSeenByTheNextQuestionInBothInstancesWhileOlderSnapshotsStayAsTheyWere() throws Exception {
		ProjectionHolder holder = a.getBean(ProjectionHolder.class);
		ClaimProjection before = holder.snapshot().projection();
		assertThat(funders(a)).doesNotContain("company:newco");
		assertThat(funders(b)).doesNotContain("company:newco");

		ExecutorService readers = Executors.newFixedThreadPool(2);
		List<Future<List<Answer<List<Exposure>>>>> during = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			during.add(readers.submit(() -> {
				List<Answer<List<Exposure>>> answers = new ArrayList<>();
				for (int q = 0; q < 30; q++) {
					answers.add(exposure(a));
				}
				return answers;
			}));
		}
		load(NEWCO);
		long after = a.getBean(ProjectionLoader.class).currentVersion();

		assertThat(funders(a)).contains("company:newco");
		// B reads no version per request: until its poller (every hour here) or a request naming the version
		// (Ecograph-Min-Version) tells it, it answers from the version it knows, saying which
		assertThat(exposure(b).graphVersion()).isLessThan(after);
		assertThat(b.getBean(GraphVersions.class).awaitAtLeast(after, Duration.ofSeconds(10))).isEqualTo(after);
		assertThat(funders(b)).contains("company:newco");
		assertThat(exposure(b).graphVersion()).isEqualTo(after);
		assertThat(before.version()).isLessThan(after);
		assertThat(before.node("company:newco")).isEqualTo(-1);
		assertThat(holder.snapshot().projection().node("company:newco")).isNotNegative();
		for (Future<List<Answer<List<Exposure>>>> answers : during) {
			for (Answer<List<Exposure>> answer : answers.get(60, TimeUnit.SECONDS)) {
				boolean seesNewco = answer.data().stream().anyMatch(e -> e.counterpart().id().equals("company:newco"));
				assertThat(seesNewco).as("answer of version " + answer.graphVersion())
					.isEqualTo(answer.graphVersion() >= after);
			}
		}
		readers.shutdown();
	}

	@Test
	void anUnknownEntityIsNotFound() {
		AnalysisService analysis = b.getBean(AnalysisService.class);
		assertThatExceptionOfType(EntityNotFoundException.class).isThrownBy(() -> analysis
			.exposure("company:nobody", ExposureDirection.UPSTREAM, 3, 10, 0, ClaimFilter.NONE));
	}

	private static Answer<List<Exposure>> exposure(ConfigurableApplicationContext app) {
		return app.getBean(AnalysisService.class)
			.exposure("program:stargate", ExposureDirection.UPSTREAM, 1, 100, 0, ClaimFilter.NONE);
	}

	private static List<String> funders(ConfigurableApplicationContext app) {
		return exposure(app).data().stream().map(e -> e.counterpart().id()).toList();
	}

	private void load(String script) throws IOException {
		Path file = Files.writeString(home.resolve("V0100__newco.cypher"), script);
		a.getBean(ScriptLoader.class).load(ScriptFinder.inPaths(List.of(file)), false);
	}

}
