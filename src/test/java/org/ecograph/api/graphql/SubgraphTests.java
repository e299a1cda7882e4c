package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@SeededGraphTest
class SubgraphTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void oneHopFromDellHoldsItsNeighboursAndTheRelationsAmongThem() {
		GraphQlTester.Response response = subgraph(Map.of("ids", List.of("company:dell")));
		response.path("subgraph.nodes[*].id")
			.entityList(String.class)
			.containsExactly("company:dell", "company:oracle", "technology:ai-servers");
		response.path("subgraph.nodes[0].label").entity(String.class).isEqualTo("Dell Technologies");
		response.path("subgraph.edges[*].id")
			.entityList(String.class)
			.containsExactly("claim:dell-develops-ai-servers", "claim:dell-supplies-oracle");
		response.path("subgraph.edges[1].source").entity(String.class).isEqualTo("company:dell");
		response.path("subgraph.edges[1].target").entity(String.class).isEqualTo("company:oracle");
		response.path("subgraph.truncated").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void twoHopsFromDellListNodesNearestFirst() {
		subgraph(Map.of("ids", List.of("company:dell"), "hops", 2)).path("subgraph.nodes[*].id")
			.entityList(String.class)
			.containsExactly("company:dell", "company:oracle", "technology:ai-servers", "company:amazon",
					"company:meta", "company:micron", "program:stargate");
	}

	@Test
	void everyEdgeEndsAtReturnedNodes() {
		GraphQlTester.Response response = subgraph(Map.of("ids", List.of("program:stargate"), "hops", 2));
		Set<String> nodes = Set.copyOf(response.path("subgraph.nodes[*].id").entityList(String.class).get());
		List<Map<String, Object>> edges = edges(response);
		assertThat(edges).isNotEmpty();
		assertThat(edges).allSatisfy(edge -> assertThat(nodes).contains((String) edge.get("source"),
				(String) edge.get("target")));
	}

	@Test
	void truncatesToTheNearestNodesAndKeepsEdgesClosed() {
		GraphQlTester.Response response = subgraph(
				Map.of("ids", List.of("program:stargate"), "hops", 3, "limit", 10));
		List<String> nodes = response.path("subgraph.nodes[*].id").entityList(String.class).get();
		assertThat(nodes).hasSize(10).startsWith("program:stargate");
		response.path("subgraph.truncated").entity(Boolean.class).isEqualTo(true);
		assertThat(edges(response)).allSatisfy(edge -> assertThat(nodes).contains((String) edge.get("source"),
				(String) edge.get("target")));
	}

	@Test
	void followsOnlyTheAllowedRelationKinds() {
		GraphQlTester.Response response = subgraph(
				Map.of("ids", List.of("program:stargate"), "kinds", List.of("FUNDS"), "hops", 1));
		response.path("subgraph.nodes[*].id")
			.entityList(String.class)
			.containsExactly("program:stargate", "company:openai", "company:oracle", "company:softbank",
					"program:ai-inclusion", "program:ai-infrastructure-act-2025", "program:softbank-vision-fund",
					"program:stargate-project-bonds");
		assertThat(edges(response)).extracting(edge -> edge.get("kind")).containsOnly("FUNDS");
	}

	@Test
	void reachesOnlyTheAllowedEntityKinds() {
		subgraph(Map.of("ids", List.of("program:stargate"), "entityKinds", List.of("STATE"))).path("subgraph.nodes[*].id")
			.entityList(String.class)
			.containsExactly("program:stargate", "state:us", "state:us-ca", "state:us-nm", "state:us-ny",
					"state:us-oh", "state:us-tx");
	}

	@Test
	void zeroHopsGivesTheStartNodesAndTheRelationsBetweenThem() {
		GraphQlTester.Response response = subgraph(
				Map.of("ids", List.of("company:dell", "company:oracle", "company:nvidia"), "hops", 0));
		response.path("subgraph.nodes[*].id")
			.entityList(String.class)
			.containsExactly("company:dell", "company:nvidia", "company:oracle");
		response.path("subgraph.edges[*].id").entityList(String.class).containsExactly("claim:dell-supplies-oracle");
	}

	private GraphQlTester.Response subgraph(Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQlTester.documentName("catalog-subgraph");
		variables.forEach(request::variable);
		return request.execute();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> edges(GraphQlTester.Response response) {
		return response.path("subgraph.edges").entityList(Map.class).get().stream()
			.map(edge -> (Map<String, Object>) edge)
			.collect(Collectors.toList());
	}

}
