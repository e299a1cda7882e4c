package org.ecograph.subgraph;

import java.util.Map;

import org.ecograph.analysis.Neighbourhood;
import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;

/**
 * A relation as a graph viewer edge between two node ids, with every stored property ({@code null} when they were
 * not asked for).
 */
public record GraphEdge(String id, String source, String target, RelationKind kind, Map<String, Object> properties) {

	/**
	 * The edge as the projection holds it, with the stored properties of {@code claim} (the same relation, read from
	 * the database): its ends are the canonical entities, which a relation stored on a merged duplicate's node does
	 * not name.
	 */
	static GraphEdge of(Neighbourhood.Link link, Claim claim) {
		return new GraphEdge(link.id(), link.fromId(), link.toId(), link.kind(), claim.properties());
	}

	/** The edge as the projection holds it: no properties. */
	static GraphEdge of(Neighbourhood.Link link) {
		return new GraphEdge(link.id(), link.fromId(), link.toId(), link.kind(), null);
	}

}
