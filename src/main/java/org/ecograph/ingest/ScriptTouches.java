package org.ecograph.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
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
 * {@link ValidationRule#CLAIM_SOURCES} and {@link ValidationRule#MEASURE_SOURCES} check the whole graph. Deleting an
 * entity deletes its claims with it (Neo4j refuses to leave a relationship without its node);</li>
 * <li>a node or relationship deleted, stripped of a label or given another id, or a node given another unit: a measure
 * anywhere may name it (subject, relativeTo, places, partOf, whose unit must match), so
 * {@link ValidationRule#MEASURE_SUBJECT} checks the whole graph. A script that only adds and updates is checked over
 * what it touched, measures included.</li>
 * </ul>
 *
 * @param nodes the live nodes touched
 * @param relationships the live relationships touched
 * @param sourceGone whether a source was deleted, stripped of its label or given another id
 * @param referenceGone whether something a measure may name was deleted, stripped of a label or given another id or
 * unit
 */
record ScriptTouches(Set<Node> nodes, Set<Relationship> relationships, boolean sourceGone, boolean referenceGone) {

	private static final Label SOURCE = Label.label(NodeLabels.SOURCE);

	static ScriptTouches of(TransactionData data) {
		Set<Node> nodes = new HashSet<>();
		Set<Relationship> relationships = new HashSet<>();
		boolean sourceGone = false;
		boolean referenceGone = data.deletedNodes().iterator().hasNext()
				|| data.deletedRelationships().iterator().hasNext() || data.removedLabels().iterator().hasNext()
				|| renamed(data.assignedNodeProperties(), "id", "unit")
				|| renamed(data.removedNodeProperties(), "id", "unit")
				|| renamed(data.assignedRelationshipProperties(), "id", "id")
				|| renamed(data.removedRelationshipProperties(), "id", "id");
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
		return new ScriptTouches(nodes, relationships, sourceGone, referenceGone);
	}

	/** Whether one of the entries changed or removed a committed value of {@code key} or {@code other}. */
	private static boolean renamed(Iterable<? extends PropertyEntry<?>> entries, String key, String other) {
		for (PropertyEntry<?> entry : entries) {
			if ((key.equals(entry.key()) || other.equals(entry.key())) && entry.previouslyCommittedValue() != null) {
				return true;
			}
		}
		return false;
	}

	/** The scope of the validation: the touched elements by internal id, and the rules that must look further. */
	GraphValidator.Scope scope() {
		Set<ValidationRule> whole = EnumSet.noneOf(ValidationRule.class);
		if (this.sourceGone) {
			whole.add(ValidationRule.CLAIM_SOURCES);
			whole.add(ValidationRule.MEASURE_SOURCES);
		}
		if (this.referenceGone) {
			whole.add(ValidationRule.MEASURE_SUBJECT);
		}
		return new GraphValidator.Scope(List.of(), List.of(), List.of(), ids(this.nodes), ids(this.relationships),
				whole);
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
