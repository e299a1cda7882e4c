package org.ecograph.steward;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ecograph.model.InvalidArgumentException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/** Reads the audit trail: the changes of one entity, claim or source, and the feed of all changes. */
@Service
public class AuditTrail {

	private final Driver driver;

	AuditTrail(Driver driver) {
		this.driver = driver;
	}

	/** The changes that touched this id (an entity, claim, source or merged id), newest first. */
	public List<Change> history(String id, int first) {
		return this.driver.executableQuery("""
				MATCH (c:Change) WHERE $id IN c.subjects
				RETURN c ORDER BY c.seq DESC LIMIT $first""")
			.withParameters(Map.of("id", id, "first", first))
			.execute()
			.records()
			.stream()
			.map(r -> change(r.get("c").asNode()))
			.toList();
	}

	/**
	 * A page of the changes in commit order, oldest first.
	 * @param since only changes committed on or after this day; {@code null} for all
	 * @param afterSeq only changes after this sequence number (the cursor of the previous page); {@code null} for all
	 * @param first how many, plus one to tell whether more follow
	 */
	public List<Change> changes(LocalDate since, Long afterSeq, int first) {
		return this.driver.executableQuery("""
				MATCH (c:Change)
				WHERE ($since IS NULL OR date(c.at) >= $since) AND ($after IS NULL OR c.seq > $after)
				RETURN c ORDER BY c.seq LIMIT $first""")
			.withParameters(parameters("since", since, "after", afterSeq, "first", first + 1))
			.execute()
			.records()
			.stream()
			.map(r -> change(r.get("c").asNode()))
			.toList();
	}

	/** The change with this id, if any. */
	public java.util.Optional<Change> find(String id) {
		return this.driver.executableQuery("MATCH (c:Change {id: $id}) RETURN c")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.stream()
			.findFirst()
			.map(r -> change(r.get("c").asNode()));
	}

	static Change read(SimpleQueryRunner tx, String id) {
		return change(tx.run("MATCH (c:Change {id: $id}) RETURN c", Map.of("id", id)).single().get("c").asNode());
	}

	static Change change(Node c) {
		return new Change(c.get("id").asString(), c.get("seq").asLong(), c.get("at").asZonedDateTime(),
				c.get("who").asString(null), c.get("operation").asString(null),
				c.get("subjects").isNull() ? List.of() : c.get("subjects").asList(Value::asString),
				Snapshot.asMap(c.get("before").asString(null)), Snapshot.asMap(c.get("after").asString(null)),
				c.get("source").asString(null), c.get("comment").asString(null), c.get("revertOf").asString(null),
				c.get("revertedBy").asString(null));
	}

	/** The sequence number of a change id, for cursors. */
	public static long seq(String changeId) {
		if (changeId == null || !changeId.matches("change:[1-9][0-9]{0,17}")) {
			throw new InvalidArgumentException("after '" + changeId + "' is not a cursor of changes: pass the id of a"
					+ " change this feed returned (change:<number>)");
		}
		return Long.parseLong(changeId.substring("change:".length()));
	}

	private static Map<String, Object> parameters(Object... pairs) {
		Map<String, Object> map = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
