package org.ecograph.subgraph;

import java.util.Map;

import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;

/** A relation as a graph viewer edge between two node ids. */
public record GraphEdge(String id, String source, String target, RelationKind kind, Map<String, Object> properties) {

	static GraphEdge of(Claim claim) {
		return new GraphEdge(claim.id(), claim.fromId(), claim.toId(), claim.kind(), claim.properties());
	}

}
