package org.ecograph.catalog;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.data.ChangeLog;
import org.ecograph.data.ClaimLookup;
import org.ecograph.data.Graph;
import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;
import org.ecograph.model.Revision;
import org.springframework.stereotype.Repository;

/**
 * {@link HistoryRepository} on {@link Graph}: a claim's assertions and revisions are seeks of their claim indexes; the
 * subjects a window of time touched are range seeks of the time indexes (V0033), so a diff costs what changed in its
 * window, never a scan of the graph.
 */
@Repository
class HistoryRepositoryImpl implements HistoryRepository {

	static final String ASSERTIONS_OF = """
			UNWIND $claims AS claim
			MATCH (a:Assertion {claim: claim}) RETURN a""";

	static final String ASSERTION_REVISIONS_OF = """
			UNWIND $claims AS claim
			MATCH (v:AssertionRevision {claim: claim}) RETURN v""";

	static final String ASSERTIONS_CHANGED = """
			CALL () {
			  MATCH (v:AssertionRevision) WHERE v.until >= $from AND v.until < $to RETURN v.revisionOf AS id
			  UNION
			  MATCH (a:Assertion) WHERE a.recordedAt >= $from AND a.recordedAt < $to RETURN a.id AS id
			  UNION
			  MATCH (a:Assertion) WHERE a.supersededAt >= $from AND a.supersededAt < $to RETURN a.id AS id
			}
			RETURN id ORDER BY id""";

	/** The claims whose assertions changed from a time on: the same three range seeks, open-ended. */
	static final String CLAIMS_CHANGED_SINCE = """
			CALL () {
			  MATCH (v:AssertionRevision) WHERE v.until >= $from RETURN v.claim AS claim
			  UNION
			  MATCH (a:Assertion) WHERE a.recordedAt >= $from RETURN a.claim AS claim
			  UNION
			  MATCH (a:Assertion) WHERE a.supersededAt >= $from RETURN a.claim AS claim
			  UNION
			  MATCH (x:RetractionRevision) WHERE x.until >= $from RETURN x.claim AS claim
			}
			RETURN claim ORDER BY claim""";

	static final String RETRACTION_REVISIONS_OF = """
			UNWIND $claims AS claim
			MATCH (x:RetractionRevision {claim: claim}) RETURN x""";

	static final String ASSERTIONS = """
			UNWIND $ids AS id
			MATCH (a:Assertion {id: id}) RETURN a""";

	static final String ASSERTION_REVISIONS = """
			UNWIND $ids AS id
			MATCH (v:AssertionRevision {revisionOf: id}) RETURN v""";

	static final String JUDGEMENTS_CHANGED = """
			CALL () {
			  MATCH (v:JudgementRevision) WHERE v.until >= $from AND v.until < $to RETURN v.revisionOf AS id
			  UNION
			  MATCH (j:Judgement) WHERE j.at >= $from AND j.at < $to RETURN j.id AS id
			  UNION
			  MATCH (j:Judgement) WHERE j.withdrawnAt >= $from AND j.withdrawnAt < $to RETURN j.id AS id
			}
			RETURN id ORDER BY id""";

	static final String JUDGEMENTS = """
			UNWIND $ids AS id
			MATCH (j:Judgement {id: id}) RETURN j""";

	static final String JUDGEMENT_REVISIONS = """
			UNWIND $ids AS id
			MATCH (v:JudgementRevision {revisionOf: id}) RETURN v""";

	/** The claims at an entity: a seek of its id, then its relationships; no row when no entity has the id. */
	static final String CLAIMS_AT = """
			MATCH (e:Entity {id: $id})
			OPTIONAL MATCH (e)-[r]-(:Entity)
			RETURN e.id AS entity, collect(DISTINCT r.id) AS ids""";

	/** Every judgement, through the index on {@code left} (every judgement has one). */
	static final String ALL_JUDGEMENTS = "MATCH (j:Judgement) WHERE j.left IS NOT NULL RETURN j";

	/** Every judgement revision, through the index on {@code revisionOf} (every revision has one). */
	static final String ALL_JUDGEMENT_REVISIONS = """
			MATCH (v:JudgementRevision) WHERE v.revisionOf IS NOT NULL RETURN v""";

	/**
	 * The claims recorded or retracted from a time on: per kind (rendered from {@link RelationKind}, never from input),
	 * a range seek of the {@code recordedAt} and of the {@code retractedAt} index (V0034), once for date-times and once
	 * for dates (a range index keeps each type apart; the seed's older claims carry dates); and those whose retraction a
	 * change undid from then on (V0035).
	 */
	static final String CLAIMS_RECORDED_OR_RETRACTED_SINCE = RelationKind.types()
		.stream()
		.flatMap(type -> java.util.stream.Stream.of("recordedAt", "retractedAt")
			.flatMap(property -> java.util.stream.Stream.of("$from", "$fromDay")
				.map(bound -> "  MATCH ()-[r:%s]->() WHERE r.%s >= %s RETURN r.id AS id".formatted(type, property,
						bound))))
		.collect(java.util.stream.Collectors.joining("\n  UNION\n", "CALL () {\n",
				"\n  UNION\n  MATCH (x:RetractionRevision) WHERE x.until >= $from RETURN x.claim AS id"
						+ "\n}\nRETURN id ORDER BY id"));

	/**
	 * The last steward change in a window naming each id: a seek of the {@code change_subject_unique} index by subject
	 * (V0036), newest change first, then of the changes' sequence index; ids no change in the window names give no row.
	 */
	static final String LAST_CHANGES_NAMING = """
			UNWIND $ids AS id
			CALL (id) {
			  MATCH (s:ChangeSubject) WHERE s.subject = id AND s.seq IS NOT NULL
			  MATCH (c:Change {seq: s.seq})
			  WHERE c.at >= $from AND c.at < $to AND c.operation <> $script
			  RETURN c.id AS change ORDER BY c.seq DESC LIMIT 1
			}
			RETURN id, change""";

	private final Graph graph;

	private final ClaimLookup lookup;

	HistoryRepositoryImpl(Graph graph, ClaimLookup lookup) {
		this.graph = graph;
		this.lookup = lookup;
	}

	@Override
	public List<String> claimsRecordedOrRetractedSince(ZonedDateTime from, java.time.LocalDate fromDay) {
		return this.graph.query(CLAIMS_RECORDED_OR_RETRACTED_SINCE)
			.bind("from", from)
			.bind("fromDay", fromDay)
			.list(row -> row.string("id"));
	}

	@Override
	public Map<String, Claim> claims(Collection<String> ids) {
		return this.lookup.byIds(ids);
	}

	@Override
	public Map<String, String> lastChangesNaming(Collection<String> ids, ZonedDateTime from, ZonedDateTime to) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, String> changes = new java.util.HashMap<>();
		this.graph.query(LAST_CHANGES_NAMING)
			.bind("ids", distinct(ids))
			.bind("from", from)
			.bind("to", to)
			.bind("script", ChangeLog.LOAD_SCRIPT)
			.list(row -> Map.entry(row.string("id"), row.string("change")))
			.forEach(e -> changes.put(e.getKey(), e.getValue()));
		return changes;
	}

	@Override
	public List<Map<String, Object>> assertionsOf(Collection<String> claimIds) {
		return this.graph.query(ASSERTIONS_OF).bind("claims", distinct(claimIds)).list(row -> row.map("a"));
	}

	@Override
	public List<Revision> assertionRevisionsOf(Collection<String> claimIds) {
		return this.graph.query(ASSERTION_REVISIONS_OF)
			.bind("claims", distinct(claimIds))
			.list(row -> Revision.fromProperties(row.map("v")));
	}

	@Override
	public List<String> assertionsChangedBetween(ZonedDateTime from, ZonedDateTime to) {
		return this.graph.query(ASSERTIONS_CHANGED).bind("from", from).bind("to", to).list(row -> row.string("id"));
	}

	@Override
	public List<Map<String, Object>> retractionRevisionsOf(Collection<String> claimIds) {
		return this.graph.query(RETRACTION_REVISIONS_OF).bind("claims", distinct(claimIds)).list(row -> row.map("x"));
	}

	@Override
	public List<String> claimsChangedSince(ZonedDateTime from) {
		return this.graph.query(CLAIMS_CHANGED_SINCE).bind("from", from).list(row -> row.string("claim"));
	}

	@Override
	public List<Map<String, Object>> assertions(Collection<String> ids) {
		return this.graph.query(ASSERTIONS).bind("ids", distinct(ids)).list(row -> row.map("a"));
	}

	@Override
	public List<Revision> assertionRevisions(Collection<String> ids) {
		return this.graph.query(ASSERTION_REVISIONS)
			.bind("ids", distinct(ids))
			.list(row -> Revision.fromProperties(row.map("v")));
	}

	@Override
	public List<String> judgementsChangedBetween(ZonedDateTime from, ZonedDateTime to) {
		return this.graph.query(JUDGEMENTS_CHANGED).bind("from", from).bind("to", to).list(row -> row.string("id"));
	}

	@Override
	public List<Map<String, Object>> judgements(Collection<String> ids) {
		return this.graph.query(JUDGEMENTS).bind("ids", distinct(ids)).list(row -> row.map("j"));
	}

	@Override
	public List<Revision> judgementRevisions(Collection<String> ids) {
		return this.graph.query(JUDGEMENT_REVISIONS)
			.bind("ids", distinct(ids))
			.list(row -> Revision.fromProperties(row.map("v")));
	}

	@Override
	public List<String> claimsAt(String entityId) {
		return this.graph.query(CLAIMS_AT)
			.bind("id", entityId)
			.one(row -> row.strings("ids"))
			.orElse(null);
	}

	@Override
	public List<Map<String, Object>> allJudgements() {
		return this.graph.query(ALL_JUDGEMENTS).list(row -> row.map("j"));
	}

	@Override
	public List<Revision> allJudgementRevisions() {
		return this.graph.query(ALL_JUDGEMENT_REVISIONS).list(row -> Revision.fromProperties(row.map("v")));
	}

	private static List<String> distinct(Collection<String> ids) {
		return List.copyOf(Set.copyOf(ids));
	}

}
