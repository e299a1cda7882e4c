package org.ecograph.ingest;

import java.util.List;
import java.util.Map;

import org.ecograph.data.ChangeLog;
import org.ecograph.data.EntityNameKeys;
import org.ecograph.data.Graph;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.WriteCounts;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Repository;

/** The loader's Cypher, run through the data layer in the caller's transaction. */
@Repository
class ScriptRepositoryImpl implements ScriptRepository {

	private static final String HISTORY_SCHEMA = """
			CREATE CONSTRAINT applied_script_version_unique IF NOT EXISTS
			FOR (s:AppliedScript) REQUIRE s.version IS UNIQUE""";

	private static final String AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)";

	private static final String APPLIED = """
			MATCH (s:AppliedScript)
			RETURN s.version AS version, s.description AS description, s.location AS location,
			       s.checksum AS checksum, s.appliedAt AS appliedAt, s.durationMs AS durationMs
			ORDER BY version""";

	private static final String RECORD_APPLIED = """
			MERGE (s:AppliedScript {version: $version})
			SET s.description = $description, s.location = $location, s.checksum = $checksum,
			    s.appliedAt = datetime(), s.durationMs = $durationMs, s += $counts""";

	private static final String STAMP_ALL_RECORDED_AT = """
			MATCH ()-[r]->() WHERE type(r) IN $types AND r.%s IS NULL
			SET r.%s = datetime()""".formatted(ClaimFilter.RECORDED_AT, ClaimFilter.RECORDED_AT);

	/** Neo4j's procedure that sets the metadata of the transaction it runs in. */
	private static final String TAG = "CALL tx.setMetaData($metadata)";

	/**
	 * No script applied and no entity or source: what the application's own bookkeeping writes (a token the
	 * {@code token} command created before a first start, the graph version, the audit trail) does not count. Counts
	 * from the count store, no scan.
	 */
	private static final String EMPTY = """
			CALL () { MATCH (s:AppliedScript) RETURN count(s) AS scripts }
			CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
			CALL () { MATCH (x:Source) RETURN count(x) AS sources }
			RETURN scripts + entities + sources = 0 AS empty""";

	private final Graph graph;

	private final GraphVersions versions;

	private final ChangeLog changes;

	private final EntityNameKeys nameKeys;

	ScriptRepositoryImpl(Graph graph, GraphVersions versions, ChangeLog changes, EntityNameKeys nameKeys) {
		this.graph = graph;
		this.versions = versions;
		this.changes = changes;
		this.nameKeys = nameKeys;
	}

	@Override
	public void ensureHistorySchema() {
		this.graph.query(HISTORY_SCHEMA).run();
	}

	@Override
	public void awaitIndexes(long seconds) {
		this.graph.query(AWAIT_INDEXES).bind("seconds", seconds).run();
	}

	@Override
	public List<AppliedScript> applied() {
		return this.graph.query(APPLIED)
			.list(row -> new AppliedScript(row.integer("version").intValue(), row.string("description"),
					row.string("location"), row.string("checksum"), row.dateTime("appliedAt"),
					row.integer("durationMs", 0)));
	}

	@Override
	public void recordApplied(CypherScript script, StatementCounts counts, long durationMs) {
		this.graph.query(RECORD_APPLIED)
			.bind("version", script.version())
			.bind("description", script.description())
			.bind("location", script.location())
			.bind("checksum", script.checksum())
			.bind("durationMs", durationMs)
			.bind("counts", counts.asMap())
			.run();
	}

	@Override
	public WriteCounts run(Statement statement) {
		return this.graph.query(statement.text()).run();
	}

	@Override
	public void explain(Statement statement) {
		this.graph.query("EXPLAIN " + statement.text()).run();
	}

	@Override
	public WriteCounts run(LiteralParameters statement) {
		LiteralParameters oneMap = statement.inOneMap();
		return this.graph.query(oneMap.text()).bindAll(oneMap.parameters()).run();
	}

	@Override
	public org.ecograph.data.Statement.Written<Long> run(LiteralParameters.Group group) {
		return this.graph.query(group.text())
			.bind("batch", Map.of("rows", group.rows()))
			.runAndList(row -> row.integer("matched", 0L));
	}

	@Override
	public long bumpVersion() {
		return this.versions.bump();
	}

	@Override
	public void recordChange(long version, CypherScript script) {
		this.changes.record(new ChangeLog.Entry(version, LOADER, ChangeLog.LOAD_SCRIPT, List.of(), null, null,
				script.location(), script.label(), null));
	}

	@Override
	public void refreshWholeGraph() {
		this.nameKeys.refreshAll();
		this.graph.query(STAMP_ALL_RECORDED_AT).bind("types", RelationKind.types()).run();
	}

	@Override
	public void refreshNameKeys() {
		this.nameKeys.refreshAll();
	}

	@Override
	public List<Violation> violations() {
		return GraphValidator.violations(this.graph);
	}

	@Override
	public void tagForValidation(String token) {
		this.graph.query(TAG).bind("metadata", Map.of(ScriptValidationListener.METADATA_KEY, token)).run();
	}

	@Override
	public boolean isEmpty() {
		return this.graph.query(EMPTY).single(row -> row.bool("empty"));
	}

}
