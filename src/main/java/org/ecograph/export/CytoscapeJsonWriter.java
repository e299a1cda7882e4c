package org.ecograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.subgraph.GraphEdge;
import org.ecograph.subgraph.GraphNode;
import org.ecograph.subgraph.Subgraph;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cytoscape.js JSON: {@code {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}}. Node data holds
 * {@code id}, {@code label}, {@code kind} and every property; edge data {@code id}, {@code source}, {@code target},
 * {@code kind} and every property. Numbers, booleans and lists keep their JSON types; dates are ISO strings.
 */
final class CytoscapeJsonWriter implements SubgraphWriter {

	private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	@Override
	public void write(Subgraph graph, OutputStream out) throws IOException {
		Map<String, Object> elements = new LinkedHashMap<>();
		elements.put("nodes", graph.nodes().stream().map(CytoscapeJsonWriter::element).toList());
		elements.put("edges", graph.edges().stream().map(CytoscapeJsonWriter::element).toList());
		try {
			JSON.writeValue(out, Map.of("elements", elements));
		}
		catch (JacksonException ex) {
			throw new IOException("Could not write Cytoscape JSON", ex);
		}
		out.flush();
	}

	private static Map<String, Object> element(GraphNode node) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", node.id());
		Attributes.values(node).forEach((name, value) -> data.put(name, json(value)));
		return Map.of("data", data);
	}

	private static Map<String, Object> element(GraphEdge edge) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", edge.id());
		data.put("source", edge.source());
		data.put("target", edge.target());
		Attributes.values(edge).forEach((name, value) -> data.put(name, json(value)));
		return Map.of("data", data);
	}

	private static Object json(Object value) {
		if (value instanceof Collection<?> items) {
			return items.stream().map(CytoscapeJsonWriter::json).toList();
		}
		return value instanceof TemporalAccessor ? value.toString() : value;
	}

}
