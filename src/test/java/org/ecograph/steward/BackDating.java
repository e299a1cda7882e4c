package org.ecograph.steward;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * Dates a test's own writes back to a past day, so that {@code knownOn} questions can be asked about "the day before"
 * and "the day of" writes a test makes in one run ({@link AnalysisKnownOnTests}, {@link ExposureChangesTests}).
 */
final class BackDating {

	private BackDating() {
	}

	/**
	 * Moves every time in {@code [from, to)} that writes about these claims and entities stamped (the claims, their
	 * assertions and revisions, the judgements naming the entities and their revisions, and the audit trail's changes
	 * naming either) to 10:00 UTC on {@code day}.
	 */
	static void moveTimes(Driver driver, Collection<String> claims, Collection<String> entities, ZonedDateTime from,
			ZonedDateTime to, LocalDate day) {
		Map<String, Object> params = new HashMap<>(Map.of("claims", new ArrayList<>(claims), "entities",
				new ArrayList<>(entities), "from", from, "to", to, "day", day + "T10:00:00Z"));
		for (String property : List.of("recordedAt", "lastSeen", "supersededAt", "rankedAt", "until")) {
			for (String label : List.of("Assertion", "AssertionRevision")) {
				run(driver, """
						MATCH (n:%s) WHERE n.claim IN $claims AND n.%s >= $from AND n.%s < $to
						SET n.%s = datetime($day)""".formatted(label, property, property, property), params);
			}
		}
		for (String property : List.of("recordedAt", "retractedAt")) {
			run(driver, """
					MATCH ()-[r]->() WHERE r.id IN $claims AND r.%s >= $from AND r.%s < $to
					SET r.%s = datetime($day)""".formatted(property, property, property), params);
		}
		for (String property : List.of("at", "withdrawnAt", "until")) {
			for (String label : List.of("Judgement", "JudgementRevision")) {
				run(driver, """
						MATCH (n:%s) WHERE (n.left IN $entities OR n.right IN $entities
						    OR EXISTS { MATCH (j:Judgement {id: n.revisionOf}) WHERE j.left IN $entities OR j.right IN $entities })
						  AND n.%s >= $from AND n.%s < $to
						SET n.%s = datetime($day)""".formatted(label, property, property, property), params);
			}
		}
		run(driver, """
				MATCH (c:Change) WHERE c.at >= $from AND c.at < $to
				  AND any(s IN c.subjects WHERE s IN $claims OR s IN $entities)
				SET c.at = datetime($day)""", params);
	}

	private static void run(Driver driver, String cypher, Map<String, Object> params) {
		driver.executableQuery(cypher).withParameters(params).execute();
	}

}
