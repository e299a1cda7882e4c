package org.ecograph.subgraph;

import java.util.Map;

import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;

/** An entity as a graph viewer node: id, label to display, kind, and every stored property. */
public record GraphNode(String id, String label, EntityKind kind, Map<String, Object> properties) {

	static GraphNode of(Entity entity) {
		return new GraphNode(entity.id(), entity.name(), entity.kind(), entity.properties());
	}

}
