package org.ecograph.export;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphMlWriterTest {

	@Test
	void keepsEscapedTextThroughAnXmlParser() throws Exception {
		ParsedGraph graph = ParsedGraph.graphMl(TrickyGraph.write(new GraphMlWriter()));
		assertThat(graph.nodes().get("company:a")).containsEntry("label", TrickyGraph.TRICKY)
			.containsEntry("aliases", "能源部; A&B")
			.containsEntry("kind", "COMPANY");
		assertThat(graph.edges().get("claim:a-funds-b")).containsEntry("quote", TrickyGraph.TRICKY)
			.containsEntry("source", "company:a")
			.containsEntry("target", "program:b")
			.containsEntry("amountUsd", "1.5E11")
			.containsEntry("shareOfTarget", "0.3");
	}

	@Test
	void declaresEachAttributeWithTheTypeAllItsValuesFit() throws Exception {
		String xml = new String(TrickyGraph.write(new GraphMlWriter()), StandardCharsets.UTF_8);
		assertThat(xml).contains("attr.name=\"records\" attr.type=\"double\"")
			.contains("attr.name=\"listed\" attr.type=\"boolean\"")
			.contains("attr.name=\"announcedOn\" attr.type=\"string\"")
			.contains("attr.name=\"amountUsd\" attr.type=\"double\"")
			.contains("edgedefault=\"directed\"");
		assertThat(ParsedGraph.graphMl(xml.getBytes(StandardCharsets.UTF_8)).nodes().get("program:b"))
			.isEqualTo(Map.of("label", "B", "kind", "PROGRAM", "announcedOn", "2025-01-21", "records", "2.5"));
	}

	@Test
	void writesEscapesNotRawMarkup() throws Exception {
		String xml = new String(TrickyGraph.write(new GraphMlWriter()), StandardCharsets.UTF_8);
		assertThat(xml).contains("A &amp; B").contains("&lt;tag&gt;").contains("&#10;line&#9;two").doesNotContain("<tag>");
	}

}
