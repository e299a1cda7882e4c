package org.ecograph.api.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.GraphVersions;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
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
 * A {@code subgraph} that asks for no {@code properties} is answered from the projection, sending nothing to Neo4j,
 * and is the answer whose nodes and edges are read from Neo4j (asking their properties), field for field: from every
 * entity of the seed, two hops out, then again after a steward's writes (new entities and relations, a rename, a
 * relation moved to another end, a merge) from the entities they touched and a third of the others. The same
 * context as {@link EntitiesInMemoryTests} (the same settings): each test compares memory with the database after its
 * own writes.
 */
@SpringBootTest(properties = { "ecograph.neo4j.home=target/neo4j-tests/in-memory-${random.uuid}",
		"ecograph.neo4j.bolt-port=0", "ecograph.analysis.refresh-interval=1h" })
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
@Import(DriverQueryCounter.class)
class SubgraphFromMemoryTests {

	private static final String FROM_MEMORY = """
			query($id: ID!) { subgraph(ids: [$id], hops: 2) {
			  truncated nodes { __typename id label kind } edges { __typename id source target kind } } }""";

	private static final String FROM_DATABASE = """
			query($id: ID!) { subgraph(ids: [$id], hops: 2) {
			  truncated nodes { __typename id label kind properties }
			  edges { __typename id source target kind properties } } }""";

	/** Node properties only: the edges come from memory, the nodes from the database. */
	private static final String NODES_FROM_DATABASE = """
			query($id: ID!) { subgraph(ids: [$id], hops: 2) {
			  truncated nodes { __typename id label kind properties } edges { __typename id source target kind } } }""";

	private static final String SOURCE = "source:c9490bf9877dc2fc";

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	Driver driver;

	@Autowired
	DriverQueryCounter counter;

	@Autowired
	ProjectionHolder projections;

	@Autowired
	GraphVersions versions;

	@Test
	void subgraphsFromMemoryAreTheDatabasesBeforeAndAfterStewardWrites() throws InterruptedException {
		this.projections.snapshot();
		List<String> before = entityIds();
		assertThat(before).hasSizeGreaterThan(50);
		assertThat(assertSameFromMemoryAndDatabase(before, false)).as("starts whose subgraph has edges")
			.isGreaterThan(before.size() / 2);

		String u = Long.toString(System.nanoTime(), 36);
		String a = "company:sub-a-" + u;
		String twin = "company:sub-twin-" + u;
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "subgraph-steward-" + u).secret());
		ok(steward, "steward-upsertEntity", Map.of("id", a, "name", "Sub A " + u));
		ok(steward, "steward-upsertEntity", Map.of("id", twin, "name", "Sub twin " + u, "aliases", List.of("T")));
		ok(steward, "steward-upsertClaim", Map.of("id", "claim:sub-a-funds-stargate-" + u, "kind", "FUNDS", "from", a,
				"to", "program:stargate", "status", "COMMITTED", "sources", List.of(SOURCE), "amountUsd", 2e9));
		ok(steward, "steward-upsertClaim", Map.of("id", "claim:sub-twin-supplies-nvidia-" + u, "kind", "SUPPLIES",
				"from", twin, "to", "company:nvidia", "status", "REPORTED", "sources", List.of(SOURCE)));
		ok(steward, "steward-upsertEntity", Map.of("id", "company:nvidia", "name", "Nvidia renamed " + u));
		ok(steward, "steward-upsertClaim", Map.of("id", "claim:sub-a-funds-stargate-" + u, "to", "company:oracle"));
		ok(steward, "steward-mergeEntities", Map.of("duplicate", twin, "canonical", a));
		assertThat(this.projections.snapshot().projection().version()).isEqualTo(this.versions.known());

		List<String> after = entityIds();
		assertThat(after).contains(a, twin);
		// the starts the writes touched, and every third other one (the rest is as before the writes)
		List<String> touched = List.of(a, twin, "company:nvidia", "company:oracle", "program:stargate");
		List<String> starts = new ArrayList<>(touched);
		for (int i = 0; i < after.size(); i += 3) {
			if (!touched.contains(after.get(i))) {
				starts.add(after.get(i));
			}
		}
		assertSameFromMemoryAndDatabase(starts, true);
		Map<String, Object> merged = answer(FROM_MEMORY, a);
		assertThat(edges(merged))
			.extracting(edge -> edge.get("id") + " " + edge.get("source") + " " + edge.get("target"))
			.contains("claim:sub-twin-supplies-nvidia-" + u + " " + a + " company:nvidia",
					"claim:sub-a-funds-stargate-" + u + " " + a + " company:oracle");
		assertThat(answer(FROM_MEMORY, "company:nvidia").toString()).contains("Nvidia renamed " + u);
	}

	/**
	 * Asks every start's subgraph from memory (no query sent) and from the database, and compares them without the
	 * properties; with {@code nodesOnly} also the answer with the nodes' properties only (its nodes from the database,
	 * its edges from memory). Returns how many subgraphs had edges.
	 */
	private int assertSameFromMemoryAndDatabase(List<String> ids, boolean nodesOnly) throws InterruptedException {
		NamesFromMemoryCheck.awaitQuiet(this.counter);
		int withEdges = 0;
		for (String id : ids) {
			Map<String, Object> fromMemory = NamesFromMemoryCheck.withoutQueries(this.counter, id,
					() -> answer(FROM_MEMORY, id));
			Map<String, Object> fromDatabase = answer(FROM_DATABASE, id);
			assertThat(nodes(fromDatabase)).as(id).allSatisfy(node -> assertThat(node.get("properties")).isNotNull());
			assertThat(fromMemory).as(id).isEqualTo(withoutProperties(fromDatabase));
			if (nodesOnly) {
				assertThat(withoutProperties(answer(NODES_FROM_DATABASE, id))).as(id).isEqualTo(fromMemory);
			}
			if (!edges(fromMemory).isEmpty()) {
				withEdges++;
			}
		}
		return withEdges;
	}

	private static Map<String, Object> withoutProperties(Map<String, Object> subgraph) {
		Map<String, Object> copy = new LinkedHashMap<>(subgraph);
		for (String part : List.of("nodes", "edges")) {
			List<Map<String, Object>> items = new ArrayList<>();
			for (Map<String, Object> item : items(subgraph, part)) {
				Map<String, Object> without = new LinkedHashMap<>(item);
				without.remove("properties");
				items.add(without);
			}
			copy.put(part, items);
		}
		return copy;
	}

	private static List<Map<String, Object>> nodes(Map<String, Object> subgraph) {
		return items(subgraph, "nodes");
	}

	private static List<Map<String, Object>> edges(Map<String, Object> subgraph) {
		return items(subgraph, "edges");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> subgraph, String part) {
		return (List<Map<String, Object>>) subgraph.get(part);
	}

	private static void ok(GraphQlTester steward, String document, Map<String, Object> input) {
		String field = document.substring("steward-".length());
		steward.documentName(document)
			.variable("input", input)
			.execute()
			.path(field + ".userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> answer(String document, String id) {
		return this.graphQlTester.document(document)
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path("subgraph")
			.entity(Map.class)
			.get();
	}

	private List<String> entityIds() {
		return NamesFromMemoryCheck.entityIds(this.driver);
	}

}
