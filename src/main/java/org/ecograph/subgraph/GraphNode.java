package org.ecograph.subgraph;

import java.util.Map;

import org.ecograph.analysis.Neighbourhood;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;

/**
 * An entity as a graph viewer node: id, label to display, kind, and every stored property ({@code null} when they
 * were not asked for).
 */
public record GraphNode(String id, String label, EntityKind kind, Map<String, Object> properties) {

	static GraphNode of(Entity entity) {
		return new GraphNode(entity.id(), entity.name(), entity.kind(), entity.properties());
	}

	/** The node as the projection holds it: no properties. */
	static GraphNode of(Neighbourhood.Node node) {
		return new GraphNode(node.id(), node.name(), node.kind(), null);
	}

}
