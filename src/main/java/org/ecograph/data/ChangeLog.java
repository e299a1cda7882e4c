package org.ecograph.data;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * Writes the audit trail: one {@code (:Change)} node per change of the graph (a steward's mutation, a loaded script),
 * in the transaction of the change, so both commit together or not at all. A change's sequence number is the graph
 * version its transaction bumped to ({@link GraphVersions#bump}): unique, gap-free and in commit order.
 * <p>
 * Properties: {@code id} ({@code change:<seq>}), {@code seq}, {@code at} (datetime), {@code who} (the token's name,
 * or {@code loader}), {@code operation} ({@code upsertClaim}, {@code loadScript}, ...), {@code subjects} (the ids it
 * touched), {@code before} and {@code after} (JSON text), {@code source}, {@code comment}, and on reverts
 * {@code revertOf}; a reverted change gets {@code revertedBy}. Each distinct id among the subjects also gets a
 * {@code (:ChangeSubject {subject, seq})} node, which the index of the constraint {@code change_subject_unique} finds
 * newest first.
 */
@Component
public class ChangeLog {

	/** What a change of a loaded script is called. */
	public static final String LOAD_SCRIPT = "loadScript";

	/**
	 * The change, and one {@code (:ChangeSubject)} per distinct id it names ({@code $subjectIds}; how the changes
	 * naming an id are found).
	 */
	private static final String CREATE = """
			CREATE (c:Change) SET c = $props, c.at = coalesce($at, datetime())
			FOREACH (subject IN $subjectIds | CREATE (:ChangeSubject {subject: subject, seq: $props.seq}))
			""";

	/**
	 * Whether a change names a subject without its {@code (:ChangeSubject)}: a store written before they were, or
	 * restored from a backup of such a store. Stops at the first; looks at every change when none is missing.
	 */
	private static final String ANY_SUBJECT_UNWRITTEN = """
			RETURN EXISTS {
			  MATCH (c:Change) WHERE size(c.subjects) > 0
			    AND NOT EXISTS { MATCH (s:ChangeSubject) WHERE s.subject = c.subjects[0] AND s.seq = c.seq }
			} AS missing""";

	/**
	 * One batch of {@link #writeSubjectsInBatches}: the next {@code $size} changes after {@code $after} in sequence
	 * order (a seek of the sequence's unique index, in its order), the subject nodes of the distinct ids they name
	 * that they lack merged (the uniqueness constraint on {@code (subject, seq)} keeps two instances backfilling at
	 * once from writing one twice).
	 */
	private static final String SUBJECTS_BATCH = """
			MATCH (c:Change) WHERE c.seq > $after
			WITH c ORDER BY c.seq LIMIT $size
			WITH c, reduce(ids = [], id IN coalesce(c.subjects, []) |
			  CASE WHEN id IN ids THEN ids ELSE ids + id END) AS ids
			WITH c, [subject IN ids WHERE NOT EXISTS {
			  MATCH (s:ChangeSubject) WHERE s.subject = subject AND s.seq = c.seq }] AS missing
			FOREACH (subject IN missing | MERGE (:ChangeSubject {subject: subject, seq: c.seq}))
			RETURN max(c.seq) AS last, count(c) AS seen, sum(size(missing)) AS changed""";

	/** The constraint whose index the writes of older changes' subject nodes merge through (V0036). */
	public static final String SUBJECT_CONSTRAINT = "change_subject_unique";

	private static final String SUBJECT_CONSTRAINT_PRESENT = """
			SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN count(*) > 0 AS present""";

	private final Graph graph;

	private final Transactions transactions;

	ChangeLog(Graph graph, Transactions transactions) {
		this.graph = graph;
		this.transactions = transactions;
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
	 * commits with the change, with {@code parameters} (named other than {@code props}, {@code at} and
	 * {@code subjectIds}, which the change's nodes take). One round trip for the change and what it carries.
	 */
	public String record(Entry entry, java.time.ZonedDateTime at, String then, Map<String, Object> parameters) {
		if (parameters.containsKey("props") || parameters.containsKey("at") || parameters.containsKey("subjectIds")) {
			throw new IllegalArgumentException("$props, $at and $subjectIds are the change's own parameters");
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
			// an id may be named twice (an entity merged away and its merged id)
			.bind("subjectIds", List.copyOf(new java.util.LinkedHashSet<>(entry.subjects())))
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

	/** Whether some recorded change lacks the subject nodes of the ids it names ({@link #writeSubjectsInBatches}). */
	public boolean anySubjectUnwritten() {
		return this.graph.query(ANY_SUBJECT_UNWRITTEN).single(row -> row.bool("missing"));
	}

	/**
	 * Writes the {@code (:ChangeSubject)} nodes that changes recorded before them lack (a store of an earlier
	 * version, or restored from a backup of one), in write transactions of at most {@code batch} changes each, each
	 * committed on its own. Idempotent: stopped half-way, a later call finishes it. Must not run inside a transaction.
	 * @param batch changes per transaction
	 * @param timeout the timeout of each transaction
	 * @param progress told after each committed batch ({@link BatchProgress#changed}: subject nodes written)
	 * @param stop asked before each batch; {@code true} ends the work there (the application is stopping)
	 * @return what was done
	 * @throws IllegalStateException when the store lacks the constraint {@value #SUBJECT_CONSTRAINT}, whose index the
	 * work needs (it then writes nothing)
	 */
	public BatchProgress writeSubjectsInBatches(int batch, Duration timeout, Consumer<BatchProgress> progress,
			BooleanSupplier stop) {
		BatchProgress.requirePositive(batch);
		// without the constraint's index each merge would read every subject node: hours on a large audit trail
		if (!this.transactions.read(timeout,
				() -> this.graph.query(SUBJECT_CONSTRAINT_PRESENT)
					.bind("name", SUBJECT_CONSTRAINT)
					.single(row -> row.bool("present")))) {
			throw new IllegalStateException("the constraint " + SUBJECT_CONSTRAINT + " (cypher/schema/V0036) is "
					+ "missing from this store (its scripts were loaded from a folder, or it was restored from an "
					+ "older backup): load cypher/schema into it, then start again");
		}
		return BatchProgress.afterCursor(this.transactions, timeout, 0L,
				after -> this.graph.query(SUBJECTS_BATCH).bind("after", after).bind("size", batch).single(r -> r),
				BatchProgress.NONE, progress, stop);
	}

}
