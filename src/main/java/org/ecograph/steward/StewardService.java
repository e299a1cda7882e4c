package org.ecograph.steward;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Ids;
import org.ecograph.model.RelationKind;
import org.ecograph.security.Caller;
import org.ecograph.security.Role;
import org.ecograph.steward.Inputs.ClaimInput;
import org.ecograph.steward.Inputs.EntityInput;
import org.ecograph.steward.Inputs.SourceInput;
import org.springframework.stereotype.Service;

/**
 * The steward's corrections: entities, claims and sources upserted, claims retracted. Each needs a steward token,
 * runs in one transaction through {@link ChangeWriter} (validated by the loader's rules over what it touched,
 * recorded in the audit trail, bumping the graph version) and returns expected failures as {@link UserError}s.
 */
@Service
public class StewardService {

	private static final Set<String> ENTITY_FIELDS = Set.of("id", "name", "aliases", "description", "announcedOn",
			"budgetUsd", "mergedIds");

	private static final Set<String> CLAIM_PROTECTED = Stream
		.concat(Stream.of("id", "status", "sources", ClaimFilter.RECORDED_AT), ClaimFilter.RETRACTION.stream())
		.collect(Collectors.toUnmodifiableSet());

	private final ChangeWriter writer;

	StewardService(ChangeWriter writer) {
		this.writer = writer;
	}

	public MutationResult<Entity> upsertEntity(EntityInput input) {
		Caller caller = Caller.require(Role.STEWARD, "upsertEntity");
		InputChecks checks = new InputChecks().required("id", input.id(), "").entityId("id", input.id())
			.text("name", input.name(), InputChecks.MAX_NAME)
			.text("description", input.description(), InputChecks.MAX_TEXT)
			.list("aliases", input.aliases(), InputChecks.MAX_NAME)
			.properties(input.properties(), ENTITY_FIELDS)
			.clear(input.clear(), Set.of("id", "name"))
			.text("comment", input.comment(), InputChecks.MAX_TEXT);
		if (input.source() != null) {
			checks.id("source", input.source(), Ids.Shape.SOURCE);
		}
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		return this.writer.write("upsertEntity", caller.name(), input.source(), input.comment(), entityWork(input));
	}

	/**
	 * An {@code upsertEntity} rehearsed ({@link ChangeWriter#rehearse}): the same statements, nothing written. For the
	 * warm-up, which is no caller; {@code input} is its own and not checked.
	 * @return the user errors it would have been refused with
	 */
	List<UserError> rehearseUpsertEntity(EntityInput input) {
		return this.writer.rehearse("upsertEntity", ValidationWarmUp.WHO, input.source(), entityWork(input));
	}

	private ChangeWriter.Work<Entity> entityWork(EntityInput input) {
		return new ChangeWriter.Work<Entity>() {

			@Override
			public List<UserError> apply(GraphState state, Touched touched) {
				touched.entity(input.id());
				Map<String, Object> existing = state.entityState(input.id());
				if (existing == null && (input.name() == null || input.name().isBlank())) {
					return List.of(UserError.invalid("name", "name is required to create the entity "
							+ input.id()));
				}
				Map<String, Object> props = existing == null ? new HashMap<>()
						: new HashMap<>(properties(existing));
				if (input.properties() != null) {
					props.putAll(input.properties());
				}
				put(props, "name", input.name());
				put(props, "aliases", input.aliases());
				put(props, "description", input.description());
				put(props, "announcedOn", input.announcedOn());
				put(props, "budgetUsd", input.budgetUsd());
				if (input.clear() != null) {
					input.clear().forEach(props::remove);
				}
				state.putEntity(input.id(), List.of(EntityKind.ENTITY_LABEL, kindOf(input.id()).label()), props);
				return List.of();
			}

			@Override
			public Entity result(GraphState state) {
				return state.entity(input.id());
			}

		};
	}

	public MutationResult<org.ecograph.model.Source> addSource(SourceInput input) {
		Caller caller = Caller.require(Role.STEWARD, "addSource");
		InputChecks checks = new InputChecks().required("id", input.id(), "")
			.id("id", input.id(), Ids.Shape.SOURCE)
			.text("title", input.title(), InputChecks.MAX_NAME)
			.text("url", input.url(), 2000)
			.text("publisher", input.publisher(), InputChecks.MAX_NAME)
			.text("language", input.language(), 20)
			.text("comment", input.comment(), InputChecks.MAX_TEXT);
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		return this.writer.write("addSource", caller.name(), input.id(), input.comment(),
				new ChangeWriter.Work<org.ecograph.model.Source>() {

					@Override
					public List<UserError> apply(GraphState state, Touched touched) {
						touched.source(input.id());
						Map<String, Object> existing = state.sourceState(input.id());
						if (existing == null && (input.title() == null || input.title().isBlank())) {
							return List.of(UserError.invalid("title", "title is required to add the source " + input.id()));
						}
						Map<String, Object> props = existing == null ? new HashMap<>() : new HashMap<>(properties(existing));
						put(props, "title", input.title());
						put(props, "language", input.language());
						put(props, "url", input.url());
						put(props, "publisher", input.publisher());
						put(props, "publishedOn", input.publishedOn());
						state.putSource(input.id(), props);
						return List.of();
					}

					@Override
					public org.ecograph.model.Source result(GraphState state) {
						return state.source(input.id());
					}

				});
	}

	public MutationResult<Claim> upsertClaim(ClaimInput input) {
		return upsertClaim(input, true);
	}

	/**
	 * {@link #upsertClaim(ClaimInput)}; without {@code valueWanted} the claim is not read back (the result's value is
	 * {@code null}): for a client that asks only for the change or the errors.
	 */
	public MutationResult<Claim> upsertClaim(ClaimInput input, boolean valueWanted) {
		Caller caller = Caller.require(Role.STEWARD, "upsertClaim");
		InputChecks checks = new InputChecks().required("id", input.id(), "")
			.id("id", input.id(), Ids.Shape.CLAIM)
			.entityId("from", input.from())
			.entityId("to", input.to())
			.list("sources", input.sources(), 200)
			.text("quote", input.quote(), InputChecks.MAX_TEXT)
			.text("note", input.note(), InputChecks.MAX_TEXT)
			.text("instrument", input.instrument(), InputChecks.MAX_NAME)
			.text("role", input.role(), InputChecks.MAX_NAME)
			.clear(input.clear(), CLAIM_PROTECTED)
			.text("comment", input.comment(), InputChecks.MAX_TEXT);
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		return this.writer.write("upsertClaim", caller.name(), firstSource(input), input.comment(), valueWanted,
				claimWork(input));
	}

	/**
	 * An {@code upsertClaim} rehearsed ({@link ChangeWriter#rehearse}): the same statements, nothing written. For
	 * the warm-up, which is no caller; {@code input} is its own and not checked.
	 * @return the user errors it would have been refused with
	 */
	List<UserError> rehearseUpsertClaim(ClaimInput input) {
		return this.writer.rehearse("upsertClaim", ValidationWarmUp.WHO, firstSource(input), claimWork(input));
	}

	/** The properties a retraction sets now, by {@code who}, for {@code reason} ({@code retractClaim}, a revert). */
	static Map<String, Object> retraction(String who, String reason) {
		return Map.of(ClaimFilter.RETRACTED_AT, java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC),
				ClaimFilter.RETRACTED_BY, who, ClaimFilter.RETRACTION_REASON, reason);
	}

	private static String firstSource(ClaimInput input) {
		return input.sources() == null || input.sources().isEmpty() ? null : input.sources().get(0);
	}

	private ChangeWriter.Work<Claim> claimWork(ClaimInput input) {
		return new ChangeWriter.Work<Claim>() {

			@Override
			public List<UserError> apply(GraphState state, Touched touched) {
				// the claim, its ends and its assertions in one read
				Touched.ClaimAndEnds read = touched.claimAndEnds(input.id(), input.from(), input.to());
				Map<String, Object> existing = read.claim();
				List<UserError> retracted = refusedIfRetracted(input.id(), existing);
				if (!retracted.isEmpty()) {
					return retracted;
				}
				InputChecks create = new InputChecks();
				if (existing == null) {
					String when = "to create the claim " + input.id();
					create.required("kind", input.kind(), when).required("from", input.from(), when)
						.required("to", input.to(), when).required("status", input.status(), when)
						.required("sources", input.sources(), when);
					if (!create.errors().isEmpty()) {
						return create.errors();
					}
				}
				RelationKind current = GraphState.kindOf(existing);
				RelationKind kind = input.kind() != null ? input.kind() : current;
				String from = read.from();
				String to = read.to();
				// The states touching read are the ones the check needs (nothing is written yet). A refused change
				// rolls back, so touching a missing entity records nothing.
				List<UserError> missing = missingEntities(read.fromState(), from, read.toState(), to);
				if (!missing.isEmpty()) {
					return missing;
				}
				Map<String, Object> props = existing == null ? new HashMap<>() : new HashMap<>(properties(existing));
				if (existing == null) {
					props.put(ClaimFilter.RECORDED_AT, java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC));
				}
				claimFields(input).forEach((key, value) -> put(props, key, value));
				if (input.clear() != null) {
					input.clear().forEach(props::remove);
				}
				Map<String, Object> written = state.putClaim(input.id(), current, kind, from, to, props);
				AssertionService.recordUpsert(state, touched, input.id(), existing, written, read.assertions());
				return List.of();
			}

			@Override
			public Claim result(GraphState state) {
				return state.claim(input.id());
			}

		};
	}

	public MutationResult<Claim> retractClaim(String id, String reason, String comment) {
		return retractClaim(id, reason, comment, true);
	}

	/** {@link #retractClaim(String, String, String)}; without {@code valueWanted} the claim is not read back. */
	public MutationResult<Claim> retractClaim(String id, String reason, String comment, boolean valueWanted) {
		Caller caller = Caller.require(Role.STEWARD, "retractClaim");
		InputChecks checks = new InputChecks().required("id", id, "").id("id", id, Ids.Shape.CLAIM)
			.required("reason", reason, "to retract a claim: say why it is withdrawn")
			.text("reason", reason, InputChecks.MAX_TEXT)
			.text("comment", comment, InputChecks.MAX_TEXT);
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		return this.writer.write("retractClaim", caller.name(), null, comment, valueWanted,
				new ChangeWriter.Work<Claim>() {

			@Override
			public List<UserError> apply(GraphState state, Touched touched) {
				Map<String, Object> existing = state.claimState(id);
				if (existing == null) {
					return List.of(UserError.notFound("id", "No claim with id " + id));
				}
				Map<String, Object> props = new HashMap<>(properties(existing));
				if (props.get(ClaimFilter.RETRACTED_AT) != null) {
					return List.of(UserError.conflict("The claim " + id + " was already retracted on "
							+ props.get(ClaimFilter.RETRACTED_AT) + " by " + props.get(ClaimFilter.RETRACTED_BY)));
				}
				touched.claim(id);
				props.putAll(retraction(caller.name(), reason));
				RelationKind kind = GraphState.kindOf(existing);
				state.putClaim(id, kind, kind, (String) existing.get("from"), (String) existing.get("to"), props);
				return List.of();
			}

			@Override
			public Claim result(GraphState state) {
				return state.claim(id);
			}

		});
	}

	/**
	 * The refusal of a correction of a retracted claim ({@code existing}: its state as {@link GraphState} reads it, or
	 * {@code null}), none when it is not retracted: a retracted claim keeps what it said when it was withdrawn (the days
	 * it held stay answerable, ADR 0014) and its id keeps naming that fact; the error says how to restore it or state it
	 * anew.
	 */
	static List<UserError> refusedIfRetracted(String id, Map<String, Object> existing) {
		Map<String, Object> props = existing == null ? Map.of() : properties(existing);
		if (props.get(ClaimFilter.RETRACTED_AT) == null) {
			return List.of();
		}
		Object reason = props.get(ClaimFilter.RETRACTION_REASON);
		return List.of(UserError.conflict("The claim " + id + " was retracted on " + props.get(ClaimFilter.RETRACTED_AT)
				+ " by " + props.get(ClaimFilter.RETRACTED_BY) + (reason == null ? "" : " (" + reason + ")")
				+ ": a retracted claim is not corrected, it keeps what it said. To restore it, revert the change that"
				+ " retracted it (revertChange; history(id: \"" + id + "\") lists it); to state the claim anew,"
				+ " give it another id."));
	}

	/** The errors for the ends that do not exist ({@code fromState}, {@code toState}: {@code null}). */
	private static List<UserError> missingEntities(Map<String, Object> fromState, String from,
			Map<String, Object> toState, String to) {
		List<UserError> errors = new java.util.ArrayList<>();
		for (String field : List.of("from", "to")) {
			String id = field.equals("from") ? from : to;
			if ((field.equals("from") ? fromState : toState) == null) {
				errors.add(UserError.notFound(field, "No entity with id " + id + ": create it with upsertEntity first"));
			}
		}
		return errors;
	}

	private static Map<String, Object> claimFields(ClaimInput input) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("status", input.status() == null ? null : input.status().name());
		fields.put("sources", input.sources() == null ? null : List.copyOf(new LinkedHashSet<>(input.sources())));
		fields.put("confidence", input.confidence());
		fields.put("amountUsd", input.amountUsd());
		fields.put("amountKind", input.amountKind() == null ? null : input.amountKind().name());
		fields.put("shareOfSource", input.shareOfSource());
		fields.put("shareOfTarget", input.shareOfTarget());
		fields.put("instrument", input.instrument());
		fields.put("role", input.role());
		fields.put("validFrom", input.validFrom());
		fields.put("validTo", input.validTo());
		fields.put("asOf", input.asOf());
		fields.put("quote", input.quote());
		fields.put("note", input.note());
		return fields;
	}

	static EntityKind kindOf(String entityId) {
		String prefix = entityId.substring(0, entityId.indexOf(':'));
		return java.util.Arrays.stream(EntityKind.values())
			.filter(k -> k.idPrefix().equals(prefix))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> properties(Map<String, Object> state) {
		return (Map<String, Object>) state.get("properties");
	}

	private static void put(Map<String, Object> props, String key, Object value) {
		if (value != null) {
			props.put(key, value);
		}
	}

}
