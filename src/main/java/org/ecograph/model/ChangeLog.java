package org.ecograph.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes the audit trail: one {@code (:Change)} node per change of the graph (a steward's mutation, a loaded script),
 * in the transaction of the change, so both commit together or not at all. A change's sequence number is the graph
 * version its transaction bumped to ({@link GraphVersion#bump}): unique, gap-free and in commit order.
 * <p>
 * Properties: {@code id} ({@code change:<seq>}), {@code seq}, {@code at} (datetime), {@code who} (the token's name,
 * or {@code loader}), {@code operation} ({@code upsertClaim}, {@code loadScript}, ...), {@code subjects} (the ids it
 * touched), {@code before} and {@code after} (JSON text), {@code source}, {@code comment}, and on reverts
 * {@code revertOf}; a reverted change gets {@code revertedBy}.
 */
public final class ChangeLog {

	/** What a change of a loaded script is called. */
	public static final String LOAD_SCRIPT = "loadScript";

	private ChangeLog() {
	}

	/** The id of the change with this sequence number. */
	public static String id(long seq) {
		return "change:" + seq;
	}

	/**
	 * Records a change.
	 * @param seq the graph version the change's transaction bumped to
	 * @return the change's id
	 */
	public static String record(SimpleQueryRunner tx, long seq, String who, String operation, List<String> subjects,
			String before, String after, String source, String comment, String revertOf) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", id(seq));
		props.put("seq", seq);
		props.put("who", who);
		props.put("operation", operation);
		props.put("subjects", subjects);
		props.put("before", before);
		props.put("after", after);
		props.put("source", source);
		props.put("comment", comment);
		props.put("revertOf", revertOf);
		tx.run("CREATE (c:Change) SET c = $props, c.at = datetime()", Map.of("props", props)).consume();
		if (revertOf != null) {
			tx.run("MATCH (c:Change {id: $id}) SET c.revertedBy = $by", Map.of("id", revertOf, "by", id(seq))).consume();
		}
		return id(seq);
	}

}
