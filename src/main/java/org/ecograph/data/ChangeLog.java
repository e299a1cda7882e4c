package org.ecograph.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Writes the audit trail: one {@code (:Change)} node per change of the graph (a steward's mutation, a loaded script),
 * in the transaction of the change, so both commit together or not at all. A change's sequence number is the graph
 * version its transaction bumped to ({@link GraphVersions#bump}): unique, gap-free and in commit order.
 * <p>
 * Properties: {@code id} ({@code change:<seq>}), {@code seq}, {@code at} (datetime), {@code who} (the token's name,
 * or {@code loader}), {@code operation} ({@code upsertClaim}, {@code loadScript}, ...), {@code subjects} (the ids it
 * touched), {@code before} and {@code after} (JSON text), {@code source}, {@code comment}, and on reverts
 * {@code revertOf}; a reverted change gets {@code revertedBy}.
 */
@Component
public class ChangeLog {

	/** What a change of a loaded script is called. */
	public static final String LOAD_SCRIPT = "loadScript";

	private static final String CREATE = "CREATE (c:Change) SET c = $props, c.at = coalesce($at, datetime())\n";

	private final Graph graph;

	ChangeLog(Graph graph) {
		this.graph = graph;
	}

	/** The id of the change with this sequence number. */
	public static String id(long seq) {
		return "change:" + seq;
	}

	/**
	 * One change to record.
	 *
	 * @param seq the graph version the change's transaction bumped to
	 * @param who the token's name, or {@code loader}
	 * @param operation what was done ({@code upsertClaim}, {@link #LOAD_SCRIPT}, ...)
	 * @param subjects the ids it touched
	 * @param before the subjects before the change, as JSON text; {@code null} for a script
	 * @param after the subjects after the change, as JSON text; {@code null} for a script
	 * @param source the source it is based on, if any
	 * @param comment the steward's comment, if any
	 * @param revertOf the change it reverts, if any
	 */
	public record Entry(long seq, String who, String operation, List<String> subjects, String before, String after,
			String source, String comment, String revertOf) {
	}

	/** Records a change in the caller's (write) transaction; returns its id. */
	public String record(Entry entry) {
		return record(entry, null);
	}

	/**
	 * Records a change in the caller's (write) transaction, at {@code at} ({@code null}: the database's clock, at
	 * millisecond precision either way); returns its id. A caller that gives the time knows everything the node holds
	 * and need not read it back.
	 */
	public String record(Entry entry, java.time.ZonedDateTime at) {
		return record(entry, at, "", Map.of());
	}

	/**
	 * Records a change as {@link #record(Entry, java.time.ZonedDateTime)} does, followed in the same statement by
	 * {@code then}: a code constant of unit subqueries ({@code CALL () { ... }}, nothing returned) that write what
	 * commits with the change, with {@code parameters} (named other than {@code props} and {@code at}, which the
	 * change's node takes). One round trip for the change and what it carries.
	 */
	public String record(Entry entry, java.time.ZonedDateTime at, String then, Map<String, Object> parameters) {
		if (parameters.containsKey("props") || parameters.containsKey("at")) {
			throw new IllegalArgumentException("$props and $at are the change's own parameters");
		}
		Map<String, Object> props = new HashMap<>();
		props.put("id", id(entry.seq()));
		props.put("seq", entry.seq());
		props.put("who", entry.who());
		props.put("operation", entry.operation());
		props.put("subjects", entry.subjects());
		props.put("before", entry.before());
		props.put("after", entry.after());
		props.put("source", entry.source());
		props.put("comment", entry.comment());
		props.put("revertOf", entry.revertOf());
		this.graph.query(then.isEmpty() ? CREATE : CREATE + "WITH c\n" + then)
			.bind("props", props)
			.bind("at", at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
			.bindAll(parameters)
			.run();
		if (entry.revertOf() != null) {
			this.graph.query("MATCH (c:Change {id: $id}) SET c.revertedBy = $by")
				.bind("id", entry.revertOf())
				.bind("by", id(entry.seq()))
				.run();
		}
		return id(entry.seq());
	}

}
