package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.GraphVersions;
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
 * Analysis answers whose entities are asked only what the projection holds (id, kind, name, aliases) take them from
 * the snapshot the answer was computed on and send nothing to Neo4j; they equal the answers whose entities are read
 * from Neo4j, field for field, over random questions on the seed, before and after a steward's write. A store of its
 * own, which it shares with {@link EntitiesInMemoryTests} (the same settings, hence one context): both write, and each
 * compares memory with the database after its own writes, so neither depends on the other's.
 */
@SpringBootTest(properties = { "ecograph.neo4j.home=target/neo4j-tests/in-memory-${random.uuid}",
		"ecograph.neo4j.bolt-port=0", "ecograph.analysis.refresh-interval=1h" })
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
@Import(DriverQueryCounter.class)
class AnalysisNamesFromMemoryTests {

	/** The questions of issue 15, each asking names: none may send a query. */
	private static final List<String> WITH_NAMES = List.of(
			"{ influencePaths(from: \"company:softbank\", to: \"company:vertiv\", maxHops: 4, k: 5) { nodes { id name kind aliases } } }",
			"{ exposure(entity: \"company:nvidia\", direction: UPSTREAM, maxHops: 3, maxPaths: 3) { counterpart { id name kind } paths { nodes { name } } } }",
			"{ ranking(first: 20) { score entity { id name } } }",
			"{ chokepoints(entity: \"company:nvidia\", direction: UPSTREAM) { dominated entity { name } } }",
			"{ scenario(input: { removeEntities: [\"company:openai\"] }) { exposure(entity: \"program:stargate\", direction: DOWNSTREAM) "
					+ "{ counterpart { name } before { paths { nodes { name } } } after { counterpart { aliases } } } "
					+ "influencePaths(from: \"company:softbank\", to: \"company:vertiv\") { paths { nodes { name } } gone { nodes { name } } } "
					+ "ranking(first: 5) { entity { id name } } } }");

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

	@Test
	void randomQuestionsAnsweredFromMemoryAreTheDatabasesBeforeAndAfterAStewardWrite() throws InterruptedException {
		NamesFromMemoryCheck check = new NamesFromMemoryCheck(this.graphQlTester, this.counter, 15);
		check.check(this.projections.snapshot().projection(), 50);

		rename("company:nvidia", "Nvidia Renamed", List.of("NVDA", "英伟达 — ünïcode"));
		rename("program:stargate", "Stargate Renamed", List.of());
		assertThat(this.projections.snapshot().projection().version()).isEqualTo(this.versions.known());

		check.check(this.projections.snapshot().projection(), 50);
		assertThat(check.questionsWithEntities()).as("questions whose answer named entities").isGreaterThan(50);
		String answer = answer(WITH_NAMES.get(1)).toString() + answer(WITH_NAMES.get(3));
		assertThat(answer).contains("Nvidia Renamed").contains("Stargate Renamed");
	}

	@Test
	void anAnalysisAnswerWithNamesSendsNothingToNeo4j() throws InterruptedException {
		this.projections.snapshot();
		NamesFromMemoryCheck.awaitQuiet(this.counter);
		for (String question : WITH_NAMES) {
			long before = this.counter.queries();
			Object answer = answer(question);
			assertThat(this.counter.queries() - before).as("queries sent for " + question).isZero();
			assertThat(answer.toString()).as(question).contains("name=");
		}
	}

	/** (At most: the entities may be cached for the version already, by another test.) */
	@Test
	void fieldsMemoryDoesNotHoldComeInOneBatchedRead() throws InterruptedException {
		this.projections.snapshot();
		NamesFromMemoryCheck.awaitQuiet(this.counter);
		String question = "{ exposure(entity: \"company:microsoft\", direction: UPSTREAM, maxHops: 3, first: 40) "
				+ "{ counterpart { name description } paths { nodes { name description } } } }";
		int seen = this.counter.observed().size();
		long before = this.counter.queries();
		List<?> answer = (List<?>) answer(question);
		List<DriverQueryCounter.Statement> sent = this.counter.observed().subList(seen, this.counter.observed().size());
		assertThat(this.counter.queries() - before).as(() -> "queries sent: " + sent).isLessThanOrEqualTo(1);
		assertThat(sent).as("the entities by id, no claims (their fields are not asked)")
			.allMatch(statement -> statement.text().contains("(direct:Entity {id: id})"));
		assertThat(answer).hasSizeGreaterThan(3);
		long again = this.counter.queries();
		answer(question);
		assertThat(this.counter.queries() - again).as("queries sent when the entities are cached for the version")
			.isZero();
	}

	private void rename(String id, String name, List<String> aliases) {
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "names-steward-" + id.replace(':', '-')).secret());
		steward.document(UPSERT)
			.variable("input", Map.of("id", id, "name", name, "aliases", aliases))
			.execute()
			.path("upsertEntity.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private Object answer(String document) {
		String field = document.substring(2, document.indexOf('('));
		return this.graphQlTester.document(document).execute().errors().verify().path(field).entity(Object.class)
			.get();
	}

}
