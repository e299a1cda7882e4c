package org.ecograph.steward;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecograph.data.Graph;
import org.ecograph.data.GraphRead;
import org.ecograph.data.Row;
import org.springframework.stereotype.Repository;

/**
 * The audit trail's Cypher, in read transactions of the default timeout; inside a steward's write (reading back the
 * change it just recorded) it joins the write's transaction.
 */
@Repository
@GraphRead
class AuditRepositoryImpl implements AuditRepository {

	/**
	 * The changes naming an id among their subjects, newest first: a seek of the {@code change_subject_unique} index by
	 * subject (V0036), then of the changes' sequence index for the {@code $first} kept.
	 */
	private static final String HISTORY = """
			MATCH (s:ChangeSubject) WHERE s.subject = $id AND s.seq IS NOT NULL
			WITH s.seq AS seq ORDER BY seq DESC LIMIT $first
			MATCH (c:Change {seq: seq})
			RETURN c ORDER BY c.seq DESC""";

	/** The changes in commit order from the cursor on: an ordered seek of the unique {@code seq} index. */
	private static final String CHANGES = """
			MATCH (c:Change)
			WHERE c.seq > $after AND ($since IS NULL OR date(c.at) >= $since)
			RETURN c ORDER BY c.seq LIMIT $first""";

	private static final String FIND = "MATCH (c:Change {id: $id}) RETURN c";

	private final Graph graph;

	AuditRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	@Override
	public List<Change> history(String id, int first) {
		return this.graph.query(HISTORY)
			.bind("id", id)
			.bind("first", first)
			.list(row -> change(row.row("c")));
	}

	@Override
	public List<Change> changes(LocalDate since, Long afterSeq, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", since);
		parameters.put("after", afterSeq == null ? 0L : afterSeq);
		parameters.put("first", limit);
		return this.graph.query(CHANGES).bindAll(parameters).list(row -> change(row.row("c")));
	}

	@Override
	public Optional<Change> find(String id) {
		return this.graph.query(FIND).bind("id", id).one(row -> change(row.row("c")));
	}

	private static Change change(Row c) {
		return new Change(c.string("id"), c.integer("seq", 0), c.dateTime("at"), c.string("who"),
				c.string("operation"), c.strings("subjects"), Snapshot.asMap(c.string("before")),
				Snapshot.asMap(c.string("after")), c.string("source"), c.string("comment"), c.string("revertOf"),
				c.string("revertedBy"));
	}

}
