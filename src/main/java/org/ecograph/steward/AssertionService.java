package org.ecograph.steward;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import org.ecograph.model.Assertion;
import org.ecograph.model.AssertionPolicy;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Ids;
import org.ecograph.model.Rank;
import org.ecograph.model.RelationKind;
import org.ecograph.security.Caller;
import org.ecograph.security.Role;
import org.ecograph.steward.Inputs.AssertClaimInput;
import org.ecograph.steward.Inputs.RankAssertionInput;
import org.springframework.stereotype.Service;

/**
 * The steward's assertions (docs/data-model.md, "Assertions"): a source's statement of a new or existing claim
 * ({@link #assertClaim}) and a steward's rank of one ({@link #rankAssertion}). Each runs through {@link ChangeWriter}
 * like every steward change (one transaction, audited, revertible: the snapshots hold the assertions it touched), and
 * ends by resolving the claim's figures from its live assertions by {@link AssertionPolicy} and writing them onto
 * the claim relationship, so every reader (the analysis projection included) counts the flow once. {@code upsertClaim}
 * records its values the same way ({@link #recordUpsert}).
 */
@Service
public class AssertionService {

	private final ChangeWriter writer;

	AssertionService(ChangeWriter writer) {
		this.writer = writer;
	}

	public MutationResult<ClaimAssertion> assertClaim(AssertClaimInput input) {
		Caller caller = Caller.require(Role.STEWARD, "assertClaim");
		InputChecks checks = new InputChecks().required("claim", input.claim(), "")
			.id("claim", input.claim(), Ids.Shape.CLAIM)
			.required("source", input.source(), "(the id of the source document that states the claim)")
			.id("source", input.source(), Ids.Shape.SOURCE)
			.required("quote", input.quote(), "(the sentence of the source that states the claim)")
			.text("quote", input.quote(), InputChecks.MAX_TEXT)
			.entityId("from", input.from())
			.entityId("to", input.to())
			.entityId("attributedTo", input.attributedTo())
			.text("citedDocument", input.citedDocument(), InputChecks.MAX_NAME)
			.range("amountUsd", input.amountUsd(), 0, Double.MAX_VALUE)
			.range("shareOfSource", input.shareOfSource(), 0, 1)
			.range("shareOfTarget", input.shareOfTarget(), 0, 1)
			.range("confidence", input.confidence(), 0, 1)
			.text("comment", input.comment(), InputChecks.MAX_TEXT);
		if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
			checks.errors().add(UserError.invalid("validTo", "validTo " + input.validTo() + " is before validFrom "
					+ input.validFrom() + ": allowed the same day or later"));
		}
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		return this.writer.write("assertClaim", caller.name(), input.source(), input.comment(),
				new ChangeWriter.Work<ClaimAssertion>() {

					private String written;

					@Override
					public List<UserError> apply(GraphState state, Touched touched) {
						// nothing is written yet: the state touching reads is the claim's now
						Map<String, Object> existing = touched.claim(input.claim());
						List<UserError> errors = StewardService.refusedIfRetracted(input.claim(), existing);
						if (!errors.isEmpty()) {
							return errors;
						}
						errors = existing == null ? createClaim(state, touched, input)
								: sameEnds(existing, input);
						if (!errors.isEmpty()) {
							return errors;
						}
						errors = referencesExist(state, input);
						if (!errors.isEmpty()) {
							return errors;
						}
						ClaimAssertions assertions = ClaimAssertions.read(state, input.claim());
						if (existing != null) {
							recordOrigin(state, touched, assertions, existing);
						}
						this.written = record(touched, assertions, stated(input));
						assertions.write(state);
						resolve(state, assertions, state.claimState(input.claim()), true);
						return List.of();
					}

					@Override
					public ClaimAssertion result(GraphState state) {
						return new ClaimAssertion(state.claim(input.claim()), assertion(state, this.written));
					}

				});
	}

	public MutationResult<ClaimAssertion> rankAssertion(RankAssertionInput input) {
		Caller caller = Caller.require(Role.STEWARD, "rankAssertion");
		InputChecks checks = new InputChecks().required("id", input.id(), "")
			.id("id", input.id(), Ids.Shape.ASSERTION)
			.required("rank", input.rank(), "(one of " + String.join(", ", Rank.names()) + ")")
			.required("reason", input.reason(), "to rank an assertion: say why")
			.text("reason", input.reason(), InputChecks.MAX_TEXT);
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		return this.writer.write("rankAssertion", caller.name(), null, input.reason(),
				new ChangeWriter.Work<ClaimAssertion>() {

					private String claim;

					@Override
					public List<UserError> apply(GraphState state, Touched touched) {
						Map<String, Object> found = state.assertionState(input.id());
						if (found == null) {
							return List.of(UserError.notFound("id", "No assertion with id " + input.id()
									+ ": a relation's assertions list their ids"));
						}
						Assertion assertion = Assertion.fromProperties(StewardService.properties(found));
						if (!assertion.live()) {
							return List.of(UserError.conflict("The assertion " + input.id() + " was superseded by "
									+ assertion.supersededBy() + " on " + assertion.supersededAt()
									+ ": rank the live one"));
						}
						this.claim = assertion.claimId();
						touched.claim(this.claim);
						if (state.claimState(this.claim) == null) {
							return List.of(UserError.conflict("The claim " + this.claim + " of the assertion "
									+ input.id() + " no longer exists"));
						}
						touched.assertion(input.id());
						Map<String, Object> props = new HashMap<>(StewardService.properties(found));
						props.put(Rank.PROPERTY, input.rank().name());
						props.put("rankReason", input.reason());
						props.put("rankedBy", caller.name());
						props.put("rankedAt", now());
						state.putAssertion(input.id(), props);
						resolve(state, this.claim, true);
						return List.of();
					}

					@Override
					public ClaimAssertion result(GraphState state) {
						return new ClaimAssertion(state.claim(this.claim), assertion(state, input.id()));
					}

				});
	}

	/**
	 * Records the values an {@code upsertClaim} left on a claim as the assertion of the claim's first source
	 * (superseding that source's earlier one, or only moving its {@code lastSeen} when the values are the same), then
	 * resolves the claim's figures. {@code before} is the claim's state before the upsert ({@code null}: new): a claim
	 * that had no assertion first gets one holding those earlier values; {@code now}, its state as the upsert wrote it
	 * ({@link GraphState#putClaim}); {@code assertionsRead}, the stored properties of the claim's assertions as read
	 * in this change ({@link Touched#claimAndEnds}). The claim's sources list stays the upsert's.
	 */
	static void recordUpsert(GraphState state, Touched touched, String claimId, Map<String, Object> before,
			Map<String, Object> now, List<Map<String, Object>> assertionsRead) {
		ClaimAssertions assertions = new ClaimAssertions(claimId, assertionsRead);
		if (before != null) {
			recordOrigin(state, touched, assertions, before);
		}
		Assertion stated = fromClaim(claimId, null, StewardService.properties(now));
		if (stated.sourceId() != null) {
			record(touched, assertions, stated);
		}
		assertions.write(state);
		if (stated.sourceId() != null) {
			// recording an assertion does not write the claim: its state as the upsert wrote it is still current
			resolve(state, assertions, now, false);
		}
	}

	private static List<UserError> createClaim(GraphState state, Touched touched, AssertClaimInput input) {
		String when = "to create the claim " + input.claim() + " (it does not exist yet); allowed kinds: "
				+ String.join(", ", RelationKind.types());
		InputChecks create = new InputChecks().required("kind", input.kind(), when)
			.required("from", input.from(), "to create the claim " + input.claim() + " (an entity id)")
			.required("to", input.to(), "to create the claim " + input.claim() + " (an entity id)");
		if (!create.errors().isEmpty()) {
			return create.errors();
		}
		List<UserError> missing = new ArrayList<>();
		for (String field : List.of("from", "to")) {
			String id = field.equals("from") ? input.from() : input.to();
			if (state.entityState(id) == null) {
				missing.add(UserError.notFound(field, "No entity with id " + id + ": create it with upsertEntity"
						+ " first"));
			}
		}
		if (!missing.isEmpty()) {
			return missing;
		}
		touched.entity(input.from());
		touched.entity(input.to());
		Map<String, Object> props = new HashMap<>();
		props.put(ClaimFilter.RECORDED_AT, now());
		props.put("sources", List.of(input.source()));
		props.put("quote", input.quote());
		props.put("status", (input.status() == null ? ClaimStatus.REPORTED : input.status()).name());
		state.putClaim(input.claim(), null, input.kind(), input.from(), input.to(), props);
		return List.of();
	}

	private static List<UserError> sameEnds(Map<String, Object> existing, AssertClaimInput input) {
		List<UserError> errors = new ArrayList<>();
		String kind = (String) existing.get("type");
		if (input.kind() != null && !input.kind().name().equals(kind)) {
			errors.add(UserError.invalid("kind", "The claim " + input.claim() + " is " + kind + ", not "
					+ input.kind() + ": leave kind out, or change the claim with upsertClaim"));
		}
		for (String field : List.of("from", "to")) {
			String given = field.equals("from") ? input.from() : input.to();
			if (given != null && !given.equals(existing.get(field))) {
				errors.add(UserError.invalid(field, "The claim " + input.claim() + " has " + field + " "
						+ existing.get(field) + ", not " + given + ": leave " + field + " out, or change the claim"
						+ " with upsertClaim"));
			}
		}
		return errors;
	}

	private static List<UserError> referencesExist(GraphState state, AssertClaimInput input) {
		List<UserError> errors = new ArrayList<>();
		if (state.sourceState(input.source()) == null) {
			errors.add(UserError.notFound("source", "No source with id " + input.source() + ": add it with"
					+ " addSource first"));
		}
		if (input.attributedTo() != null && state.entityState(input.attributedTo()) == null) {
			errors.add(UserError.notFound("attributedTo", "No entity with id " + input.attributedTo() + ": create it"
					+ " with upsertEntity first"));
		}
		return errors;
	}

	/**
	 * Gives a claim that has no assertion (one loaded after the migration, or by a client) one holding its values,
	 * among {@code assertions} (the claim's).
	 */
	private static void recordOrigin(GraphState state, Touched touched, ClaimAssertions assertions,
			Map<String, Object> claim) {
		if (!assertions.isEmpty()) {
			return;
		}
		Map<String, Object> props = StewardService.properties(claim);
		String claimId = assertions.claimId;
		Assertion origin = fromClaim(claimId, "assertion:" + claimId.substring("claim:".length()) + "-origin", props);
		if (origin.sourceId() == null) {
			return;
		}
		// read: none of the claim's assertions has the id, but a node of another claim might
		touched.assertion(origin.id());
		Map<String, Object> stored = properties(origin);
		stored.put("recordedAt", props.get(ClaimFilter.RECORDED_AT));
		assertions.put(touched, origin.id(), stored);
	}

	/**
	 * Records a stated assertion among the claim's: only {@code lastSeen} moves when the live assertion of the same
	 * source and attribution states the same values; else a new assertion supersedes it. Returns the id of the live
	 * one. Nothing is written until {@link ClaimAssertions#write}.
	 */
	private static String record(Touched touched, ClaimAssertions assertions, Assertion stated) {
		ZonedDateTime now = now();
		Optional<Assertion> same = assertions.all()
			.stream()
			.filter(Assertion::live)
			.filter(a -> Objects.equals(a.sourceId(), stated.sourceId())
					&& Objects.equals(a.attributedTo(), stated.attributedTo()))
			.findFirst();
		if (same.isPresent() && same.get().sameValues(stated)) {
			String id = same.get().id();
			Map<String, Object> props = new HashMap<>(assertions.properties(id));
			props.put("lastSeen", now);
			assertions.put(touched, id, props);
			return id;
		}
		String id = newId(assertions.claimId);
		if (same.isPresent()) {
			String old = same.get().id();
			Map<String, Object> props = new HashMap<>(assertions.properties(old));
			props.put("supersededAt", now);
			props.put("supersededBy", id);
			assertions.put(touched, old, props);
		}
		Map<String, Object> props = properties(stated);
		props.put("recordedAt", now);
		props.put("lastSeen", now);
		assertions.put(touched, id, props);
		return id;
	}

	/**
	 * Writes the figures of the claim's winning assertion onto the claim ({@link AssertionPolicy}); a figure the
	 * winner does not state is removed, except the status (every claim has one), which then stays. A stored value
	 * numerically equal is kept as stored, so resolving unchanged assertions rewrites nothing. With
	 * {@code addSources}, the sources of the live assertions are added to the claim's list.
	 */
	private static void resolve(GraphState state, String claimId, boolean addSources) {
		resolve(state, ClaimAssertions.read(state, claimId), state.claimState(claimId), addSources);
	}

	/** The same, given the claim's assertions and its current state ({@code claim}). */
	private static void resolve(GraphState state, ClaimAssertions assertions, Map<String, Object> claim,
			boolean addSources) {
		String claimId = assertions.claimId;
		List<Assertion> all = assertions.all();
		Optional<Assertion> winner = AssertionPolicy.winner(all);
		if (claim == null || winner.isEmpty()) {
			return;
		}
		Map<String, Object> current = StewardService.properties(claim);
		Map<String, Object> props = new HashMap<>(current);
		Map<String, Object> figures = properties(winner.get());
		for (String figure : AssertionPolicy.RESOLVED_FIGURES) {
			Object value = figures.get(figure);
			if (value == null && !figure.equals("status")) {
				props.remove(figure);
			}
			else if (value != null && !sameValue(value, current.get(figure))) {
				props.put(figure, value);
			}
		}
		if (addSources) {
			LinkedHashSet<String> sources = new LinkedHashSet<>(strings(current.get("sources")));
			AssertionPolicy.byPrecedence(all).forEach(a -> sources.add(a.sourceId()));
			sources.remove(null);
			props.put("sources", List.copyOf(sources));
			if (strings(current.get("sources")).equals(List.copyOf(sources))) {
				props.put("sources", current.get("sources"));
			}
		}
		if (!props.equals(current)) {
			RelationKind kind = GraphState.kindOf(claim);
			state.putClaim(claimId, kind, kind, (String) claim.get("from"), (String) claim.get("to"), props);
		}
	}

	/**
	 * The assertions of one claim as this change leaves them: read once, kept in step with what the change puts
	 * through {@link #put}, and written in one statement ({@link #write}). An assertion put here is recorded in
	 * {@link Touched} with its state as read (a new one as absent), so none is read twice.
	 */
	private static final class ClaimAssertions {

		private final String claimId;

		/** The stored properties as read, by id. */
		private final Map<String, Map<String, Object>> read = new HashMap<>();

		/** The properties now, by id in order. */
		private final Map<String, Map<String, Object>> now = new TreeMap<>();

		/** Put and not written yet. */
		private final Map<String, Map<String, Object>> changed = new LinkedHashMap<>();

		/** Given the stored properties of every assertion of the claim, as read in this change. */
		ClaimAssertions(String claimId, List<Map<String, Object>> read) {
			this.claimId = claimId;
			for (Map<String, Object> props : read) {
				String id = (String) props.get("id");
				this.read.put(id, props);
				this.now.put(id, props);
			}
		}

		static ClaimAssertions read(GraphState state, String claimId) {
			return new ClaimAssertions(claimId, state.assertionPropertiesOf(claimId));
		}

		boolean isEmpty() {
			return this.now.isEmpty();
		}

		List<Assertion> all() {
			return this.now.values().stream().map(Assertion::fromProperties).toList();
		}

		Map<String, Object> properties(String id) {
			return this.now.get(id);
		}

		void put(Touched touched, String id, Map<String, Object> properties) {
			Map<String, Object> was = this.read.get(id);
			if (was != null) {
				touched.assertionAsRead(id, Map.of("properties", was));
			}
			else {
				touched.newAssertion(id);
			}
			Map<String, Object> props = new HashMap<>(properties);
			props.put("id", id);
			this.now.put(id, props);
			this.changed.put(id, props);
		}

		void write(GraphState state) {
			state.putAssertions(this.changed);
			this.changed.clear();
		}

	}

	private static Assertion stated(AssertClaimInput in) {
		return new Assertion(null, in.claim(), in.source(), in.attributedTo(), in.citedDocument(), in.quote(),
				in.amountUsd(), in.amountKind() == null ? null : in.amountKind().name(), in.amountBound(),
				in.shareOfSource(), in.shareOfTarget(), in.status(), in.validFrom(), in.validTo(), in.confidence(),
				Rank.NORMAL, null, null, null, null, null);
	}

	/** The assertion a claim's stored properties make, from its first source. */
	private static Assertion fromClaim(String claimId, String id, Map<String, Object> props) {
		Map<String, Object> values = new HashMap<>();
		for (String figure : AssertionPolicy.RESOLVED_FIGURES) {
			values.put(figure, props.get(figure));
		}
		List<String> sources = strings(props.get("sources"));
		values.put("id", id);
		values.put(Assertion.CLAIM, claimId);
		values.put("source", sources.isEmpty() ? null : sources.get(0));
		values.put("quote", props.get("quote"));
		return Assertion.fromProperties(values);
	}

	/** The stored properties of an assertion (absent values left out; times are set by the caller). */
	private static Map<String, Object> properties(Assertion a) {
		Map<String, Object> props = new HashMap<>();
		putIf(props, "id", a.id());
		putIf(props, Assertion.CLAIM, a.claimId());
		putIf(props, "source", a.sourceId());
		putIf(props, "attributedTo", a.attributedTo());
		putIf(props, "citedDocument", a.citedDocument());
		putIf(props, "quote", a.quote());
		putIf(props, "amountUsd", a.amountUsd());
		putIf(props, "amountKind", a.amountKind());
		putIf(props, "amountBound", a.amountBound() == null ? null : a.amountBound().name());
		putIf(props, "shareOfSource", a.shareOfSource());
		putIf(props, "shareOfTarget", a.shareOfTarget());
		putIf(props, "status", a.status() == null ? null : a.status().name());
		putIf(props, "validFrom", a.validFrom());
		putIf(props, "validTo", a.validTo());
		putIf(props, "confidence", a.confidence());
		putIf(props, Rank.PROPERTY, a.rank().name());
		return props;
	}

	private static Assertion assertion(GraphState state, String id) {
		Map<String, Object> found = id == null ? null : state.assertionState(id);
		return found == null ? null : Assertion.fromProperties(StewardService.properties(found));
	}

	private static boolean sameValue(Object value, Object stored) {
		if (value instanceof Number a && stored instanceof Number b) {
			return a.doubleValue() == b.doubleValue();
		}
		return Objects.equals(value, stored);
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value instanceof List<?> list ? (List<String>) list : List.of();
	}

	private static void putIf(Map<String, Object> props, String key, Object value) {
		if (value != null) {
			props.put(key, value);
		}
	}

	private static String newId(String claimId) {
		return "assertion:" + claimId.substring("claim:".length()) + "-"
				+ Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
	}

	private static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC);
	}

}
