package org.ecograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ecograph.model.AuditLabels;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.GraphVersion;
import org.ecograph.model.Ids;
import org.ecograph.model.RelationKind;
import org.ecograph.security.ApiTokenStore;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Checks the graph as a transaction sees it against every {@link ValidationRule}. Runs inside the loader's open
 * transaction, so it sees the script's uncommitted changes and can veto them.
 */
final class GraphValidator {

	/**
	 * Labels of nodes that are not entities: claim sources, the loader's own history, the graph version, API tokens,
	 * the audit trail and the ids of merged entities.
	 */
	static final List<String> OTHER_LABELS = List.of("Source", ScriptHistory.LABEL, GraphVersion.LABEL,
			ApiTokenStore.LABEL, AuditLabels.CHANGE, AuditLabels.MERGED_ID);

	private static final Map<String, Object> PARAMETERS = Map.of(
			"kindLabels", EntityKind.labels(),
			"knownLabels", Stream.of(List.of(EntityKind.ENTITY_LABEL), EntityKind.labels(), OTHER_LABELS)
				.flatMap(List::stream).toList(),
			"relationTypes", RelationKind.types(),
			"statuses", ClaimStatus.names(),
			"entityIdPattern", Ids.ENTITY_ID.pattern(),
			"claimIdPattern", Ids.CLAIM_ID.pattern(),
			"sourceIdPattern", Ids.SOURCE_ID.pattern());

	private GraphValidator() {
	}

	/** Every violation of every rule, at most {@value ValidationRule#SAMPLE} per rule; empty when the graph is valid. */
	static List<Violation> violations(SimpleQueryRunner tx) {
		List<Violation> violations = new ArrayList<>();
		for (ValidationRule rule : ValidationRule.values()) {
			tx.run(rule.query(), PARAMETERS)
				.forEachRemaining(row -> violations
					.add(new Violation(rule, row.get("element").asString(), row.get("detail").asString())));
		}
		return violations;
	}

}
