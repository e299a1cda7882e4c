package org.ecograph.ingest;

import java.util.List;
import java.util.Map;

import org.ecograph.model.ChangeLog;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * What a loaded data script leaves in the audit trail, in its transaction: claims it wrote without
 * {@code recordedAt} get the time of the load (so an analyst can ask what the knowledge base knew on a day), and the
 * script is recorded as one {@code loadScript} change by {@code loader}, with the script's location as its source.
 * Its before and after states are not kept: a script is undone by a new script, not reverted.
 */
final class ScriptChanges {

	/** Who loaded scripts are recorded as. */
	static final String LOADER = "loader";

	private ScriptChanges() {
	}

	/**
	 * Stamps {@code recordedAt} on every claim of the graph lacking it: what the loader does when it cannot tell what
	 * the script touched (an external Neo4j); inside this JVM {@link ScriptValidationListener} stamps the touched
	 * claims only.
	 */
	static void stampAll(SimpleQueryRunner tx) {
		tx.run("MATCH ()-[r]->() WHERE type(r) IN $types AND r." + ClaimFilter.RECORDED_AT + " IS NULL"
				+ " SET r." + ClaimFilter.RECORDED_AT + " = datetime()", Map.of("types", RelationKind.types())).consume();
	}

	/** Records the change of an applied data script whose transaction bumped the graph to {@code version}. */
	static void record(SimpleQueryRunner tx, long version, CypherScript script) {
		ChangeLog.record(tx, version, LOADER, ChangeLog.LOAD_SCRIPT, List.of(), null, null, script.location(),
				script.label(), null);
	}

}
