package org.ecograph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ecograph.data.WriteCounts;

/**
 * What statements changed, summed over a script.
 *
 * @param nodesCreated nodes created
 * @param nodesDeleted nodes deleted
 * @param relationshipsCreated relationships created
 * @param relationshipsDeleted relationships deleted
 * @param propertiesSet properties set (including ones set to the value they had)
 * @param labelsAdded labels added
 * @param schemaChanges constraints and indexes added or removed
 */
public record StatementCounts(long nodesCreated, long nodesDeleted, long relationshipsCreated,
		long relationshipsDeleted, long propertiesSet, long labelsAdded, long schemaChanges) {

	/** Nothing changed. */
	public static final StatementCounts NONE = new StatementCounts(0, 0, 0, 0, 0, 0, 0);

	/** The counts of one statement, as the data layer reports them. */
	static StatementCounts of(WriteCounts c) {
		return new StatementCounts(c.nodesCreated(), c.nodesDeleted(), c.relationshipsCreated(),
				c.relationshipsDeleted(), c.propertiesSet(), c.labelsAdded(), c.schemaChanges());
	}

	/** These counts and {@code o}'s, summed. */
	public StatementCounts plus(StatementCounts o) {
		return new StatementCounts(this.nodesCreated + o.nodesCreated, this.nodesDeleted + o.nodesDeleted,
				this.relationshipsCreated + o.relationshipsCreated, this.relationshipsDeleted + o.relationshipsDeleted,
				this.propertiesSet + o.propertiesSet, this.labelsAdded + o.labelsAdded,
				this.schemaChanges + o.schemaChanges);
	}

	/** Whether anything changed at all. */
	public boolean changedAnything() {
		return !equals(NONE);
	}

	Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("nodesCreated", this.nodesCreated);
		map.put("nodesDeleted", this.nodesDeleted);
		map.put("relationshipsCreated", this.relationshipsCreated);
		map.put("relationshipsDeleted", this.relationshipsDeleted);
		map.put("propertiesSet", this.propertiesSet);
		map.put("labelsAdded", this.labelsAdded);
		map.put("schemaChanges", this.schemaChanges);
		return map;
	}

	@Override
	public String toString() {
		return "+%d/-%d nodes, +%d/-%d relationships, %d properties set, %d labels added, %d schema changes".formatted(
				this.nodesCreated, this.nodesDeleted, this.relationshipsCreated, this.relationshipsDeleted,
				this.propertiesSet, this.labelsAdded, this.schemaChanges);
	}

}
