package org.ecograph.subgraph;

import java.util.List;

/**
 * A neighbourhood of the graph: nodes nearest first, the edges among them (every endpoint is a node), and whether
 * the node limit cut some qualifying entities.
 */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

	public Subgraph {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

}
