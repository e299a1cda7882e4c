package org.ecograph.export;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CytoscapeJsonWriterTest {

	@Test
	void keepsEscapedTextThroughAJsonParser() throws Exception {
		ParsedGraph graph = ParsedGraph.cytoscapeJson(TrickyGraph.write(new CytoscapeJsonWriter()));
		assertThat(graph.nodes().get("company:a")).containsEntry("label", TrickyGraph.TRICKY);
		assertThat(graph.edges().get("claim:a-funds-b")).containsEntry("quote", TrickyGraph.TRICKY)
			.containsEntry("source", "company:a")
			.containsEntry("target", "program:b")
			.containsEntry("kind", "FUNDS");
	}

	@Test
	void keepsJsonTypesForNumbersListsAndBooleans() throws Exception {
		JsonNode elements = JsonMapper.builder().build().readTree(TrickyGraph.write(new CytoscapeJsonWriter()))
			.path("elements");
		JsonNode node = elements.path("nodes").get(0).path("data");
		assertThat(node.path("aliases").values()).extracting(JsonNode::asString).isEqualTo(List.of("能源部", "A&B"));
		assertThat(node.path("listed").isBoolean()).isTrue();
		assertThat(node.path("records").asLong()).isEqualTo(12L);
		assertThat(elements.path("nodes").get(1).path("data").path("announcedOn").asString()).isEqualTo("2025-01-21");
		JsonNode edge = elements.path("edges").get(0).path("data");
		assertThat(edge.path("amountUsd").isNumber()).isTrue();
		assertThat(edge.path("amountUsd").asDouble()).isEqualTo(1.5e11);
	}

}
