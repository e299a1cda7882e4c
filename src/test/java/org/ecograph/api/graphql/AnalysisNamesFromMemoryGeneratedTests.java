package org.ecograph.api.graphql;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.tools.ToolProvider;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.RunsBesideOtherTests;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.GraphVersions;
import org.ecograph.ingest.ScriptFinder;
import org.ecograph.ingest.ScriptLoader;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check of {@link AnalysisNamesFromMemoryTests} on a generated ecosystem ({@code bench/Generate.java}, 2,000
 * entities and 10,000 claims with generated names and aliases), before and after a steward's write.
 */
@RunsBesideOtherTests
@SpringBootTest(properties = { "ecograph.neo4j.home=target/neo4j-tests/names-generated-${random.uuid}",
		"ecograph.neo4j.bolt-port=0", "ecograph.analysis.refresh-interval=1h",
		"ecograph.ingest.load-bundled-on-empty=false",
		"ecograph.neo4j.import-directory=target/names-generated/ecosystem" })
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
@Import(DriverQueryCounter.class)
class AnalysisNamesFromMemoryGeneratedTests {

	private static final Path OUT = Path.of("target/names-generated");

	private static final String UPSERT = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { userErrors { message } } }""";

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	DriverQueryCounter counter;

	@Autowired
	ProjectionHolder projections;

	@Autowired
	GraphVersions versions;

	@Autowired
	ScriptLoader loader;

	@Test
	void randomQuestionsOnAGeneratedGraphAnsweredFromMemoryAreTheDatabasesBeforeAndAfterAStewardWrite()
			throws Exception {
		generate(2000);
		this.loader.load(ScriptFinder.inPaths(List.of(Path.of("cypher/schema"), OUT.resolve("ecosystem"))), false);
		ClaimProjection g = current();
		assertThat(g.entityCount()).isGreaterThanOrEqualTo(2000);
		NamesFromMemoryCheck check = new NamesFromMemoryCheck(this.graphQlTester, this.counter, 3000);
		check.check(g, 40);

		String top = top();
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "names-generated-steward").secret());
		steward.document(UPSERT)
			.variable("input", Map.of("id", top, "name", "Renamed Hub", "aliases", List.of("中心 — hub")))
			.execute()
			.path("upsertEntity.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		check.check(current(), 40);
		assertThat(check.questionsWithEntities()).as("questions whose answer named entities").isGreaterThan(40);
		assertThat(this.graphQlTester.document("{ ranking(first: 1) { entity { id name aliases } } }").execute()
			.path("ranking[0].entity.name").entity(String.class).get()).isEqualTo("Renamed Hub");
	}

	/** The snapshot of the version this instance knows, once built. */
	private ClaimProjection current() throws InterruptedException {
		long known = this.versions.poll();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		while ((snapshot.stale() || snapshot.projection().version() < known) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			snapshot = this.projections.snapshot();
		}
		assertThat(snapshot.projection().version()).isEqualTo(known);
		return snapshot.projection();
	}

	private String top() {
		return this.graphQlTester.document("{ ranking(first: 1) { entity { id } } }").execute()
			.path("ranking[0].entity.id").entity(String.class).get();
	}

	/** Runs {@code bench/Generate.java} (compiled here, as {@code java bench/Generate.java} would). */
	private static void generate(int entities) throws Exception {
		Path classes = Files.createDirectories(OUT.resolve("classes"));
		int status = ToolProvider.getSystemJavaCompiler()
			.run(null, null, null, "-d", classes.toString(), "bench/Generate.java");
		assertThat(status).as("bench/Generate.java compiles").isZero();
		try (URLClassLoader bench = new URLClassLoader(new URL[] { classes.toUri().toURL() })) {
			bench.loadClass("Generate").getMethod("main", String[].class)
				.invoke(null, (Object) new String[] { String.valueOf(entities), OUT.resolve("ecosystem").toString(), "15" });
		}
	}

}
