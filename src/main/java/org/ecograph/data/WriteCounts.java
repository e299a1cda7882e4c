package org.ecograph.data;

/**
 * What one statement changed, as Neo4j counts it.
 *
 * @param nodesCreated nodes created
 * @param nodesDeleted nodes deleted
 * @param relationshipsCreated relationships created
 * @param relationshipsDeleted relationships deleted
 * @param propertiesSet properties set (a property set twice counts twice)
 * @param labelsAdded labels added
 * @param labelsRemoved labels removed
 * @param schemaChanges indexes and constraints added or removed
 */
public record WriteCounts(long nodesCreated, long nodesDeleted, long relationshipsCreated, long relationshipsDeleted,
		long propertiesSet, long labelsAdded, long labelsRemoved, long schemaChanges) {

	/** Nothing changed. */
	public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0, 0, 0, 0);

	/** Whether the statement changed data or schema. */
	public boolean changedAnything() {
		return this.nodesCreated + this.nodesDeleted + this.relationshipsCreated + this.relationshipsDeleted
				+ this.propertiesSet + this.labelsAdded + this.labelsRemoved + this.schemaChanges > 0;
	}

}
