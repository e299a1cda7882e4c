package org.ecograph.ingest;

import java.util.List;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Values;

/** The record of applied scripts, kept in the database itself as {@code :AppliedScript} nodes. */
final class ScriptHistory {

	static final String LABEL = "AppliedScript";

	private ScriptHistory() {
	}

	/** Creates the uniqueness constraint on versions; idempotent. */
	static void ensureSchema(WriteTarget target) {
		target.query("""
				CREATE CONSTRAINT applied_script_version_unique IF NOT EXISTS
				FOR (s:AppliedScript) REQUIRE s.version IS UNIQUE""");
	}

	static List<AppliedScript> applied(WriteTarget target) {
		return target.query("""
				MATCH (s:AppliedScript)
				RETURN s.version AS version, s.description AS description, s.location AS location,
				       s.checksum AS checksum, s.appliedAt AS appliedAt, s.durationMs AS durationMs
				ORDER BY version""")
			.records()
			.stream()
			.map(r -> new AppliedScript(r.get("version").asInt(), r.get("description").asString(),
					r.get("location").asString(), r.get("checksum").asString(),
					r.get("appliedAt").asZonedDateTime(), r.get("durationMs").asLong()))
			.toList();
	}

	static void record(SimpleQueryRunner tx, CypherScript script, StatementCounts counts, long durationMs) {
		tx.run("""
				MERGE (s:AppliedScript {version: $version})
				SET s.description = $description, s.location = $location, s.checksum = $checksum,
				    s.appliedAt = datetime(), s.durationMs = $durationMs, s += $counts""",
				Values.parameters("version", script.version(), "description", script.description(), "location",
						script.location(), "checksum", script.checksum(), "durationMs", durationMs, "counts",
						counts.asMap()))
			.consume();
	}

}
