package org.ecograph.steward;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ecograph.data.ChangeLog;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.ecograph.security.Caller;
import org.ecograph.security.Role;
import org.springframework.stereotype.Service;

/**
 * Reverts a change: restores the state its subjects had before it, as a new change of its own (so a revert is
 * audited and can itself be reverted). Refused when a subject was changed again since (revert the later change
 * first), when the change was already reverted, or for a loaded script (write a new script instead).
 * <p>
 * A claim the change created is retracted, not deleted (as {@code retractClaim} retracts, and
 * {@link ClaimFilter#RETRACTED_BY_REVERT_OF} naming the change reverted): the days it held keep it ({@code knownOn}),
 * the graph as it is hides it like any retracted claim, and reverting the revert brings it back. Reverting the creation of an entity deletes it with the claims on it that reverts retracted (an
 * entity keeps no history); a claim on it that is not retracted, or that a steward retracted, still refuses it.
 */
@Service
public class RevertService {

	private final ChangeWriter writer;

	private final AuditTrail audit;

	RevertService(ChangeWriter writer, AuditTrail audit) {
		this.writer = writer;
		this.audit = audit;
	}

	public MutationResult<Change> revertChange(String changeId, String comment) {
		Caller caller = Caller.require(Role.STEWARD, "revertChange");
		InputChecks checks = new InputChecks().required("id", changeId, "").text("comment", comment, InputChecks.MAX_TEXT);
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		var found = this.audit.find(changeId);
		if (found.isEmpty()) {
			return MutationResult.failed(UserError.notFound("id", "No change with id " + changeId));
		}
		Change change = found.get();
		if (ChangeLog.LOAD_SCRIPT.equals(change.operation()) || change.before() == null) {
			return MutationResult.failed(UserError.conflict("The change " + changeId + " loaded a script; a script is"
					+ " undone by a new script, not reverted here"));
		}
		if (change.revertedBy() != null) {
			return MutationResult.failed(UserError.conflict("The change " + changeId + " was already reverted by "
					+ change.revertedBy()));
		}
		return this.writer.write("revertChange", caller.name(), change.source(), comment, changeId,
				new ChangeWriter.Work<Change>() {

					@Override
					public List<UserError> apply(GraphState state, Touched touched) {
						Snapshot before = Snapshot.fromJson(json(change.before()));
						Snapshot after = Snapshot.fromJson(json(change.after()));
						Snapshot now = current(state, after);
						if (!now.toJson().equals(after.toJson())) {
							return List.of(UserError.conflict("Some of " + String.join(", ", after.allIds())
									+ " changed after " + changeId + ": revert the later changes first (see their"
									+ " history)"));
						}
						before.ids(Snapshot.ENTITIES).forEach(touched::entity);
						before.ids(Snapshot.CLAIMS).forEach(touched::claim);
						before.ids(Snapshot.SOURCES).forEach(touched::source);
						before.ids(Snapshot.MERGED_IDS).forEach(touched::mergedId);
						before.ids(Snapshot.ASSERTIONS).forEach(touched::assertion);
						before.ids(Snapshot.JUDGEMENTS).forEach(touched::judgement);
						Map<String, Object> retraction = new HashMap<>(StewardService.retraction(caller.name(),
								"reverted " + changeId + (comment == null || comment.isBlank() ? "" : ": " + comment)));
						retraction.put(ClaimFilter.RETRACTED_BY_REVERT_OF, changeId);
						List<UserError> errors = restore(state, before, after, retraction);
						return errors.isEmpty() ? JudgementService.stillConsistent(state, touched, before) : errors;
					}

					@Override
					public Change result(GraphState state) {
						return null;
					}

				});
	}

	private static Snapshot current(GraphState state, Snapshot shape) {
		Snapshot now = new Snapshot();
		shape.ids(Snapshot.ENTITIES).forEach(id -> now.put(Snapshot.ENTITIES, id, state.entityState(id)));
		Map<String, Map<String, Object>> claims = state.claimStates(shape.ids(Snapshot.CLAIMS));
		shape.ids(Snapshot.CLAIMS).forEach(id -> now.put(Snapshot.CLAIMS, id, claims.get(id)));
		shape.ids(Snapshot.SOURCES).forEach(id -> now.put(Snapshot.SOURCES, id, state.sourceState(id)));
		shape.ids(Snapshot.MERGED_IDS).forEach(id -> now.put(Snapshot.MERGED_IDS, id, state.mergedIdState(id)));
		shape.ids(Snapshot.ASSERTIONS).forEach(id -> now.put(Snapshot.ASSERTIONS, id, state.assertionState(id)));
		shape.ids(Snapshot.JUDGEMENTS).forEach(id -> now.put(Snapshot.JUDGEMENTS, id, state.judgementState(id)));
		return now;
	}

	/**
	 * Entities and sources first (claims need their ends and sources), then claims, then what did not exist.
	 * {@code now} is the state the subjects have (the change's after state): it gives each claim's current kind and
	 * properties. A claim that did not exist before is retracted with {@code retraction}'s properties.
	 */
	@SuppressWarnings("unchecked")
	private static List<UserError> restore(GraphState state, Snapshot before, Snapshot now,
			Map<String, Object> retraction) {
		for (String id : before.ids(Snapshot.ENTITIES)) {
			Map<String, Object> entity = before.get(Snapshot.ENTITIES, id);
			if (entity != null) {
				state.putEntity(id, (List<String>) entity.get("labels"), StewardService.properties(entity));
			}
		}
		for (String id : before.ids(Snapshot.SOURCES)) {
			Map<String, Object> source = before.get(Snapshot.SOURCES, id);
			if (source != null) {
				state.putSource(id, StewardService.properties(source));
			}
		}
		for (String id : before.ids(Snapshot.CLAIMS)) {
			Map<String, Object> claim = before.get(Snapshot.CLAIMS, id);
			RelationKind current = GraphState.kindOf(now.get(Snapshot.CLAIMS, id));
			if (claim == null) {
				if (current != null) {
					Map<String, Object> created = now.get(Snapshot.CLAIMS, id);
					Map<String, Object> retracted = new HashMap<>(StewardService.properties(created));
					retracted.putAll(retraction);
					state.putClaim(id, current, current, (String) created.get("from"), (String) created.get("to"),
							retracted);
				}
			}
			else {
				state.putClaim(id, current, GraphState.kindOf(claim), (String) claim.get("from"),
						(String) claim.get("to"), StewardService.properties(claim));
			}
		}
		for (String id : before.ids(Snapshot.MERGED_IDS)) {
			Map<String, Object> merged = before.get(Snapshot.MERGED_IDS, id);
			if (merged == null) {
				state.deleteMergedId(id);
			}
			else {
				state.putMergedId(id, (String) merged.get("into"));
			}
		}
		for (String id : before.ids(Snapshot.ASSERTIONS)) {
			Map<String, Object> assertion = before.get(Snapshot.ASSERTIONS, id);
			if (assertion == null) {
				state.deleteAssertion(id);
			}
			else {
				state.putAssertion(id, StewardService.properties(assertion));
			}
		}
		for (String id : before.ids(Snapshot.JUDGEMENTS)) {
			Map<String, Object> judgement = before.get(Snapshot.JUDGEMENTS, id);
			if (judgement == null) {
				state.deleteJudgement(id);
			}
			else {
				state.putJudgement(id, StewardService.properties(judgement));
			}
		}
		for (String id : before.ids(Snapshot.ENTITIES)) {
			if (before.get(Snapshot.ENTITIES, id) == null && !state.deleteEntityIfUnconnected(id)) {
				return List.of(UserError.conflict("The entity " + id + " has claims that other changes added (and"
						+ " that no revert retracted): revert or move them first"));
			}
		}
		for (String id : before.ids(Snapshot.SOURCES)) {
			if (before.get(Snapshot.SOURCES, id) == null) {
				if (state.sourceCited(id)) {
					return List.of(UserError.conflict("The source " + id + " is cited by claims that other changes"
							+ " added: change them first"));
				}
				state.deleteSource(id);
			}
		}
		return List.of();
	}

	private static String json(Map<String, Object> map) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Objects.requireNonNull(map));
	}

}
