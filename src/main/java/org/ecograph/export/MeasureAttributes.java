package org.ecograph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.subgraph.GraphEdge;
import org.ecograph.subgraph.GraphNode;
import org.ecograph.subgraph.Subgraph;
import org.ecograph.model.Measure;

/**
 * Adds the typed figures of each node and edge to the subgraph as one attribute, {@value #ATTRIBUTE}: a list of
 * "{metric}: {figure} {status} ({id})" items, which every writer turns into one column or attribute (items joined by
 * {@value Attributes#LIST_SEPARATOR} in GraphML, GEXF and CSV; a JSON array in Cytoscape.js). Elements without
 * figures get no attribute.
 */
public final class MeasureAttributes {

	/** The attribute holding an element's figures. */
	public static final String ATTRIBUTE = "measures";

	private MeasureAttributes() {
	}

	/** {@code graph} with the figures of its nodes and edges, by subject id. */
	public static Subgraph with(Subgraph graph, Map<String, List<Measure>> bySubject) {
		List<GraphNode> nodes = graph.nodes().stream()
			.map(n -> new GraphNode(n.id(), n.label(), n.kind(), withFigures(n.properties(), bySubject.get(n.id()))))
			.toList();
		List<GraphEdge> edges = graph.edges().stream()
			.map(e -> new GraphEdge(e.id(), e.source(), e.target(), e.kind(),
					withFigures(e.properties(), bySubject.get(e.id()))))
			.toList();
		return new Subgraph(nodes, edges, graph.truncated());
	}

	/** The ids of every node and edge, whose figures {@link #with} needs. */
	public static List<String> subjectIds(Subgraph graph) {
		List<String> ids = new ArrayList<>();
		graph.nodes().forEach(n -> ids.add(n.id()));
		graph.edges().forEach(e -> ids.add(e.id()));
		return ids;
	}

	/** One figure as an attribute item: "planned-capacity: about 7 GW PLANNED (measure:stargate-total-capacity)". */
	static String item(Measure m) {
		return m.metric() + ": " + m.figure() + (m.status() == null ? "" : " " + m.status().name()) + " (" + m.id()
				+ ")";
	}

	private static Map<String, Object> withFigures(Map<String, Object> properties, List<Measure> figures) {
		if (figures == null || figures.isEmpty()) {
			return properties;
		}
		Map<String, Object> all = new HashMap<>(properties);
		all.put(ATTRIBUTE, figures.stream().map(MeasureAttributes::item).toList());
		return all;
	}

}
