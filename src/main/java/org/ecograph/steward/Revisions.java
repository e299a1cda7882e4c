package org.ecograph.steward;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ecograph.data.ChangeLog;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.NodeLabels;

/**
 * Keeps what a steward change replaced, so the knowledge base can be read as known on any past day
 * (docs/data-model.md, "As known on a day"): for every assertion and judgement the change altered, the state it had
 * before becomes an {@code (:AssertionRevision)} or {@code (:JudgementRevision)} node holding those properties, with
 * {@code revisionOf} (the subject's id), {@code until} (when the change committed), {@code change} (its id) and
 * {@code absent: true} when the subject did not exist before. Written in the change's transaction from the change's own
 * snapshots, so a change, its audit record and its revisions commit together; a revert is a change too, so what it
 * undoes stays readable on the days it held. A change that removes a claim's retraction (a revert) keeps the retraction
 * as a {@code (:RetractionRevision)} node ({@code claim}, the retraction's properties, {@code until}, {@code change}),
 * so the days it held still read the claim as retracted. Moving only {@code lastSeen} (the same statement asserted
 * again) keeps no revision: it changes nothing the knowledge base held.
 */
final class Revisions {

	/** The property a re-assertion of the same values moves, and the only one a revision ignores. */
	static final String LAST_SEEN = "lastSeen";

	/**
	 * Writes the revisions, in the statement that records the change ({@link ChangeLog#record(ChangeLog.Entry,
	 * ZonedDateTime, String, Map)}): one unit subquery per label, each creating a node per row of its parameter (none
	 * for an empty list).
	 */
	static final String WRITE = """
			CALL () { UNWIND $assertionRevisions AS p CREATE (v:%s) SET v = p }
			CALL () { UNWIND $retractionRevisions AS p CREATE (v:%s) SET v = p }
			CALL () { UNWIND $judgementRevisions AS p CREATE (v:%s) SET v = p }""".formatted(
			NodeLabels.ASSERTION_REVISION, NodeLabels.RETRACTION_REVISION, NodeLabels.JUDGEMENT_REVISION);

	private Revisions() {
	}

	/**
	 * The parameters of {@link #WRITE}: the revisions of the states the change {@code changeId} replaced
	 * ({@code before} against {@code after}), at {@code until}.
	 */
	static Map<String, Object> parameters(String changeId, Snapshot before, Snapshot after, ZonedDateTime until) {
		List<Map<String, Object>> assertions = new ArrayList<>();
		for (String id : before.ids(Snapshot.ASSERTIONS)) {
			Map<String, Object> was = properties(before.get(Snapshot.ASSERTIONS, id));
			Map<String, Object> now = properties(after.get(Snapshot.ASSERTIONS, id));
			if (!sameIgnoringLastSeen(was, now)) {
				Map<String, Object> props = revision(id, was, changeId, until);
				props.putIfAbsent("claim", now == null ? null : now.get("claim"));
				assertions.add(props);
			}
		}
		List<Map<String, Object>> retractions = new ArrayList<>();
		for (String id : before.ids(Snapshot.CLAIMS)) {
			Map<String, Object> was = properties(before.get(Snapshot.CLAIMS, id));
			Map<String, Object> now = properties(after.get(Snapshot.CLAIMS, id));
			if (was != null && was.get(ClaimFilter.RETRACTED_AT) != null && now != null
					&& now.get(ClaimFilter.RETRACTED_AT) == null) {
				// a retraction undone: the days it held keep it
				Map<String, Object> props = new HashMap<>();
				ClaimFilter.RETRACTION.forEach(key -> props.put(key, was.get(key)));
				props.put("claim", id);
				props.put("until", until);
				props.put("change", changeId);
				retractions.add(props);
			}
		}
		List<Map<String, Object>> judgements = new ArrayList<>();
		for (String id : before.ids(Snapshot.JUDGEMENTS)) {
			Map<String, Object> was = properties(before.get(Snapshot.JUDGEMENTS, id));
			Map<String, Object> now = properties(after.get(Snapshot.JUDGEMENTS, id));
			if (!Objects.equals(was, now)) {
				judgements.add(revision(id, was, changeId, until));
			}
		}
		return Map.of("assertionRevisions", assertions, "retractionRevisions", retractions, "judgementRevisions",
				judgements);
	}

	private static Map<String, Object> revision(String id, Map<String, Object> was, String changeId,
			ZonedDateTime until) {
		Map<String, Object> props = was == null ? new HashMap<>() : new HashMap<>(was);
		props.remove("id");
		props.put("revisionOf", id);
		props.put("until", until);
		props.put("change", changeId);
		if (was == null) {
			props.put("absent", true);
		}
		return props;
	}

	private static Map<String, Object> properties(Map<String, Object> state) {
		return state == null ? null : StewardService.properties(state);
	}

	private static boolean sameIgnoringLastSeen(Map<String, Object> was, Map<String, Object> now) {
		if (was == null || now == null) {
			return was == now;
		}
		Map<String, Object> a = new HashMap<>(was);
		Map<String, Object> b = new HashMap<>(now);
		a.remove(LAST_SEEN);
		b.remove(LAST_SEEN);
		return a.equals(b);
	}

}
