package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/**
 * Who is near whom: the breadth-first part of a subgraph, answered from memory by the analysis projection (so a
 * neighbourhood costs what it holds, not a query per hop), with what the projection holds of each entity and
 * relation kept; anything more is fetched by id.
 *
 * @param unknown start ids that no entity has (then nothing else is filled)
 * @param nodes the entities kept, nearest first
 * @param links the relations among them
 * @param truncated whether more entities were within reach than the limit
 * @param graphVersion the graph version it was computed on
 */
public record Neighbourhood(List<String> unknown, List<Node> nodes, List<Link> links, boolean truncated,
		long graphVersion) {

	public Neighbourhood {
		unknown = List.copyOf(unknown);
		nodes = List.copyOf(nodes);
		links = List.copyOf(links);
	}

	/** The ids of the entities kept, nearest first. */
	public List<String> entityIds() {
		return this.nodes.stream().map(Node::id).toList();
	}

	/** The ids of the relations kept, in {@link #links} order. */
	public List<String> claimIds() {
		return this.links.stream().map(Link::id).toList();
	}

	/** The ids of the relations kept, by kind. */
	public Map<RelationKind, List<String>> kinds() {
		Map<RelationKind, List<String>> byKind = new EnumMap<>(RelationKind.class);
		this.links.forEach(link -> byKind.computeIfAbsent(link.kind(), k -> new ArrayList<>()).add(link.id()));
		return byKind;
	}

	/** Whether every node has the name and kind the projection holds (it holds names unless built without). */
	public boolean namesKnown() {
		return this.nodes.stream().allMatch(node -> node.name() != null && node.kind() != null);
	}

	/**
	 * An entity as the projection holds it.
	 * @param name its name; {@code null} when the projection holds no names, or none for it
	 * @param kind its kind; {@code null} when it has none
	 */
	public record Node(String id, String name, EntityKind kind) {
	}

	/** A relation as the projection holds it: its id, the ids of its (canonical) ends and its kind. */
	public record Link(String id, String fromId, String toId, RelationKind kind) {
	}

}
