package org.ecograph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ecograph.model.NodeLabels;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;

/**
 * What a script's transaction touched, read from Neo4j's own record of it ({@link TransactionData}), as the scope of
 * the validation that costs what the script changed:
 * <ul>
 * <li>nodes created, or given or stripped of a label or a property: every node rule checks them;</li>
 * <li>relationships created or given or stripped of a property, and the relationships of a node stripped of a label
 * (a claim whose end is no longer an {@code :Entity}): every claim rule checks them; a duplicate claim id is counted
 * over the whole graph;</li>
 * <li>a source deleted, stripped of its label or given another id: claims anywhere may name it, so
 * {@link ValidationRule#CLAIM_SOURCES} checks the whole graph. Deleting an entity deletes its claims with it (Neo4j
 * refuses to leave a relationship without its node); the rules reading references of measures check the whole graph
 * in any case.</li>
 * </ul>
 *
 * @param nodes the live nodes touched
 * @param relationships the live relationships touched
 * @param sourceGone whether a source was deleted, stripped of its label or given another id
 */
record ScriptTouches(Set<Node> nodes, Set<Relationship> relationships, boolean sourceGone) {

	private static final Label SOURCE = Label.label(NodeLabels.SOURCE);

	static ScriptTouches of(TransactionData data) {
		Set<Node> nodes = new HashSet<>();
		Set<Relationship> relationships = new HashSet<>();
		boolean sourceGone = false;
		for (Node node : data.createdNodes()) {
			nodes.add(node);
		}
		for (LabelEntry entry : data.assignedLabels()) {
			nodes.add(entry.node());
		}
		for (LabelEntry entry : data.removedLabels()) {
			sourceGone |= entry.label().equals(SOURCE);
			if (!data.isDeleted(entry.node())) {
				nodes.add(entry.node());
				entry.node().getRelationships().forEach(relationships::add);
			}
		}
		sourceGone |= addProperties(data, data.assignedNodeProperties(), nodes);
		sourceGone |= addProperties(data, data.removedNodeProperties(), nodes);
		for (Relationship relationship : data.createdRelationships()) {
			relationships.add(relationship);
		}
		addRelationships(data, data.assignedRelationshipProperties(), relationships);
		addRelationships(data, data.removedRelationshipProperties(), relationships);
		return new ScriptTouches(nodes, relationships, sourceGone);
	}

	/** The scope of the validation: the touched elements by internal id, and the rules that must look further. */
	GraphValidator.Scope scope() {
		return new GraphValidator.Scope(List.of(), List.of(), List.of(), ids(this.nodes), ids(this.relationships),
				this.sourceGone ? Set.of(ValidationRule.CLAIM_SOURCES) : Set.of());
	}

	/** Adds the live nodes of {@code entries}; whether one of them is a source whose id changed. */
	private static boolean addProperties(TransactionData data, Iterable<PropertyEntry<Node>> entries, Set<Node> nodes) {
		boolean sourceRenamed = false;
		for (PropertyEntry<Node> entry : entries) {
			Node node = entry.entity();
			if (data.isDeleted(node)) {
				continue;
			}
			nodes.add(node);
			sourceRenamed |= "id".equals(entry.key()) && entry.previouslyCommittedValue() != null
					&& node.hasLabel(SOURCE);
		}
		return sourceRenamed;
	}

	private static void addRelationships(TransactionData data, Iterable<PropertyEntry<Relationship>> entries,
			Set<Relationship> relationships) {
		for (PropertyEntry<Relationship> entry : entries) {
			if (!data.isDeleted(entry.entity())) {
				relationships.add(entry.entity());
			}
		}
	}

	/** Internal ids: valid within the transaction, which is all the scope lives for, and the fastest to seek. */
	@SuppressWarnings("deprecation")
	private static List<Long> ids(Set<? extends Entity> entities) {
		List<Long> ids = new ArrayList<>(entities.size());
		entities.forEach(e -> ids.add(e.getId()));
		return ids;
	}

}
