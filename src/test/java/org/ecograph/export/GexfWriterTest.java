package org.ecograph.export;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GexfWriterTest {

	@Test
	void keepsEscapedTextIncludingLineBreaksInAttributeValues() throws Exception {
		ParsedGraph graph = ParsedGraph.gexf(TrickyGraph.write(new GexfWriter()));
		assertThat(graph.nodes().get("company:a")).containsEntry("label", TrickyGraph.TRICKY)
			.containsEntry("aliases", "能源部; A&B")
			.containsEntry("listed", "true");
		assertThat(graph.edges().get("claim:a-funds-b")).containsEntry("quote", TrickyGraph.TRICKY)
			.containsEntry("label", "FUNDS")
			.containsEntry("source", "company:a")
			.containsEntry("target", "program:b");
	}

	@Test
	void weighsAnEdgeByItsAmountInBillionsOfDollars() throws Exception {
		ParsedGraph graph = ParsedGraph.gexf(TrickyGraph.write(new GexfWriter()));
		assertThat(graph.edges().get("claim:a-funds-b")).containsEntry("weight", "150.0");
	}

	@Test
	void declaresVersionOneThreeAndADirectedGraph() throws Exception {
		String xml = new String(TrickyGraph.write(new GexfWriter()), StandardCharsets.UTF_8);
		assertThat(xml).contains("<gexf xmlns=\"http://gexf.net/1.3\"")
			.contains("version=\"1.3\"")
			.contains("defaultedgetype=\"directed\"")
			.contains("<attributes class=\"node\" mode=\"static\">")
			.contains("<attributes class=\"edge\" mode=\"static\">");
	}

}
