package org.ecograph.steward;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.ecograph.data.ChangeLog;
import org.ecograph.data.EntityNameKeys;
import org.ecograph.data.Graph;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.ecograph.ingest.GraphValidator;
import org.ecograph.ingest.Violation;
import org.ecograph.model.EntityNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The frame of every steward change: one write transaction of the configured database and default timeout
 * ({@link Transactions}) that takes the graph version's lock first (so changes apply one at a time, in the order of
 * their sequence numbers), applies the change, reads the touched subjects' states after it (one statement), sets
 * the name keys that changed, validates what it touched by the loader's rules, and on success records the change
 * with the states it replaced ({@link Revisions}, one statement for both) and commits, so the mutation's payload and
 * the next read carry the write's bookmark; on any user error or broken rule it rolls back, so nothing of a refused
 * change is written. Each change is observed as {@code ecograph.steward.change} (tags {@code operation},
 * {@code outcome}: {@code written}, the first user error's code in lower case, or {@code failed}), its validation as
 * {@code ecograph.steward.validation}: see docs/observability.md.
 */
@Component
class ChangeWriter {

	private final Transactions transactions;

	private final Graph graph;

	private final GraphVersions versions;

	private final EntityNameKeys nameKeys;

	private final ChangeLog changeLog;

	private final GraphState state;

	private final ObservationRegistry observations;

	ChangeWriter(Transactions transactions, Graph graph, GraphVersions versions, EntityNameKeys nameKeys,
			ChangeLog changeLog, GraphState state, ObjectProvider<ObservationRegistry> observations) {
		this.transactions = transactions;
		this.graph = graph;
		this.versions = versions;
		this.nameKeys = nameKeys;
		this.changeLog = changeLog;
		this.state = state;
		this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
	}

	/** A change: applies itself to the graph, recording every subject in {@code touched} before changing it. */
	interface Work<T> {

		/** Applies the change; returns the user errors that refuse it (nothing is then committed). */
		List<UserError> apply(GraphState state, Touched touched);

		/** Reads the value to return, after the change, in its transaction. */
		T result(GraphState state);

	}

	<T> MutationResult<T> write(String operation, String who, String source, String comment, Work<T> work) {
		return write(operation, who, source, comment, null, true, work);
	}

	/**
	 * The same; without {@code valueWanted} the value is not read ({@link Work#result} is not called, the result's
	 * value is {@code null}): a client that does not select it saves the statements that read it.
	 */
	<T> MutationResult<T> write(String operation, String who, String source, String comment, boolean valueWanted,
			Work<T> work) {
		return write(operation, who, source, comment, null, valueWanted, work);
	}

	<T> MutationResult<T> write(String operation, String who, String source, String comment, String revertOf,
			Work<T> work) {
		return write(operation, who, source, comment, revertOf, true, work);
	}

	private <T> MutationResult<T> write(String operation, String who, String source, String comment,
			String revertOf, boolean valueWanted, Work<T> work) {
		Observation observation = Observation.createNotStarted("ecograph.steward.change", this.observations)
			.lowCardinalityKeyValue("operation", operation)
			.lowCardinalityKeyValue("outcome", "failed");
		return observation.observe(() -> {
			MutationResult<T> result = writeInTransaction(operation, who, source, comment, revertOf, valueWanted, work,
					false);
			observation.lowCardinalityKeyValue("outcome", result.userErrors().isEmpty() ? "written"
					: result.userErrors().get(0).code().name().toLowerCase(Locale.ROOT));
			return result;
		});
	}

	/**
	 * Runs a change exactly as {@link #write} does, every statement with the parameters of a real one, and then rolls
	 * it back: nothing is written, no graph version is published, nothing is observed. For the warm-up
	 * ({@link ValidationWarmUp}): Neo4j then has planned a mutation's statements before the first steward sends one.
	 * @return the user errors the change would have been refused with (none for a change that would be written)
	 */
	<T> List<UserError> rehearse(String operation, String who, String source, Work<T> work) {
		return writeInTransaction(operation, who, source, null, null, true, work, true).userErrors();
	}

	private <T> MutationResult<T> writeInTransaction(String operation, String who, String source, String comment,
			String revertOf, boolean valueWanted, Work<T> work, boolean rehearsal) {
		return this.transactions.write(null, status -> {
			long seq = this.versions.bump();
			Touched touched = new Touched(this.state);
			List<UserError> errors = work.apply(this.state, touched);
			Snapshot after = null;
			if (errors.isEmpty()) {
				after = touched.after();
				refreshNameKeys(after);
				errors = Observation.createNotStarted("ecograph.steward.validation", this.observations)
					.lowCardinalityKeyValue("operation", operation)
					.observe(() -> ruleErrors(GraphValidator.violations(this.graph, touched.scope())));
			}
			if (!errors.isEmpty()) {
				status.setRollbackOnly();
				return MutationResult.failed(errors);
			}
			Snapshot before = touched.before();
			// The change's time is given, so the recorded node is known whole and not read back.
			ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
			String beforeJson = before.toJson();
			String afterJson = after.toJson();
			List<String> subjects = touched.subjects();
			// the change and the states it replaced, in one statement
			String id = this.changeLog.record(new ChangeLog.Entry(seq, who, operation, subjects, beforeJson,
					afterJson, source, comment, revertOf), at, Revisions.WRITE,
					Revisions.parameters(ChangeLog.id(seq), before, after, ZonedDateTime.now(ZoneOffset.UTC)));
			T value = valueWanted ? work.result(this.state) : null;
			if (rehearsal) {
				status.setRollbackOnly();
			}
			Change change = new Change(id, seq, at, who, operation, List.copyOf(subjects), Snapshot.asMap(beforeJson),
					Snapshot.asMap(afterJson), source, comment, revertOf, null);
			return new MutationResult<>(value, change, List.of());
		});
	}

	/**
	 * Sets {@value EntityNames#KEY} of the touched entities whose key is missing or out of date by their names and
	 * aliases now ({@link EntityNames#keyOf}, as the loader does), and records the keys set in {@code after}: no
	 * statement when no name or alias changed (a claim's change touches its ends but writes neither).
	 */
	private void refreshNameKeys(Snapshot after) {
		Map<String, String> stale = new LinkedHashMap<>();
		Map<String, Map<String, Object>> updated = new LinkedHashMap<>();
		for (String id : after.ids(Snapshot.ENTITIES)) {
			Map<String, Object> entity = after.get(Snapshot.ENTITIES, id);
			if (entity == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = (Map<String, Object>) entity.get("properties");
			Object name = properties.get("name");
			String key = EntityNames.keyOf(name == null ? null : String.valueOf(name), aliases(properties));
			if (!key.equals(properties.get(EntityNames.KEY))) {
				stale.put(id, key);
				Map<String, Object> keyed = new LinkedHashMap<>(properties);
				keyed.put(EntityNames.KEY, key);
				Map<String, Object> state = new LinkedHashMap<>(entity);
				state.put("properties", keyed);
				updated.put(id, state);
			}
		}
		if (!stale.isEmpty()) {
			this.nameKeys.set(stale);
			updated.forEach((id, state) -> after.put(Snapshot.ENTITIES, id, state));
		}
	}

	private static List<String> aliases(Map<String, Object> properties) {
		return properties.get("aliases") instanceof List<?> list ? list.stream().map(String::valueOf).toList()
				: List.of();
	}

	private static List<UserError> ruleErrors(List<Violation> violations) {
		return violations.stream()
			.map(v -> new UserError(List.of(), v.toString(), UserError.Code.RULE_BROKEN))
			.toList();
	}

}
