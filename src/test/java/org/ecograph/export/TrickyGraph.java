package org.ecograph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.subgraph.GraphEdge;
import org.ecograph.subgraph.GraphNode;
import org.ecograph.subgraph.Subgraph;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/** A two-node graph whose texts hold everything a writer must escape, for the writers' unit tests. */
final class TrickyGraph {

	/** An ampersand, a straight and curly quotes, a comma, a newline, a tab, angle brackets and Chinese. */
	static final String TRICKY = "A & B \"straight\" “curly”, <tag>\nline\ttwo 软银集团承诺出资";

	static final Subgraph GRAPH = new Subgraph(
			List.of(new GraphNode("company:a", TRICKY, EntityKind.COMPANY,
					properties("id", "company:a", "name", TRICKY, "aliases", List.of("能源部", "A&B"), "records",
							12L, "listed", true)),
					new GraphNode("program:b", "B", EntityKind.PROGRAM,
							properties("id", "program:b", "announcedOn", LocalDate.of(2025, 1, 21), "records", 2.5))),
			List.of(new GraphEdge("claim:a-funds-b", "company:a", "program:b", RelationKind.FUNDS,
					properties("id", "claim:a-funds-b", "quote", TRICKY, "amountUsd", 1.5e11, "shareOfTarget", 0.3,
							"status", "COMMITTED", "sources", List.of("source:x", "source:y")))),
			false);

	private TrickyGraph() {
	}

	static byte[] write(SubgraphWriter writer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(GRAPH, out);
		return out.toByteArray();
	}

	private static Map<String, Object> properties(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
