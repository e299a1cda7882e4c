package org.ecograph.steward;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.ecograph.ingest.GraphValidator;

/**
 * The subjects a change touches, each recorded with its state before the change is applied to it: the before
 * snapshot, the scope of the validation and the subjects of the audit entry, all from one list.
 */
final class Touched {

	private final GraphState state;

	private final Snapshot before = new Snapshot();

	/** The states of the entities, claims and assertions as first read (before the change), {@link #ABSENT} for none. */
	private final Map<String, Map<String, Object>> read = new java.util.HashMap<>();

	private static final Map<String, Object> ABSENT = Map.of("absent", true);

	private final Set<String> entities = new LinkedHashSet<>();

	private final Set<String> claims = new LinkedHashSet<>();

	private final Set<String> sources = new LinkedHashSet<>();

	private final Set<String> mergedIds = new LinkedHashSet<>();

	private final Set<String> assertions = new LinkedHashSet<>();

	private final Set<String> judgements = new LinkedHashSet<>();

	Touched(GraphState state) {
		this.state = state;
	}

	/**
	 * Records an entity, reading its state the first time; returns that state ({@code null}: absent) as read then,
	 * which is its state now only if the change has not written it since.
	 */
	Map<String, Object> entity(String id) {
		if (this.entities.add(id)) {
			Map<String, Object> state = this.state.entityState(id);
			this.before.put(Snapshot.ENTITIES, id, state);
			this.read.put("entity " + id, state == null ? ABSENT : state);
		}
		return present(this.read.get("entity " + id));
	}

	/**
	 * Records a claim not recorded yet and its ends, reading them in one statement: {@code from} and {@code to} where
	 * given, else the claim's own ({@code null} when it has none either). Returns what was read, the claim's
	 * assertions included (their stored properties, by id in order), for the caller to use until it writes them.
	 */
	ClaimAndEnds claimAndEnds(String id, String from, String to) {
		if (this.claims.contains(id)) {
			throw new IllegalStateException("the claim " + id + " was recorded before");
		}
		GraphState.ClaimWithEnds found = this.state.claimWithEnds(id,
				Stream.of(from, to).filter(Objects::nonNull).toList());
		Map<String, Object> claim = found.claim();
		this.claims.add(id);
		this.before.put(Snapshot.CLAIMS, id, claim);
		this.read.put("claim " + id, claim == null ? ABSENT : claim);
		String start = from != null ? from : claim == null ? null : (String) claim.get("from");
		String end = to != null ? to : claim == null ? null : (String) claim.get("to");
		for (String entity : Stream.of(start, end).filter(Objects::nonNull).distinct().toList()) {
			if (this.entities.add(entity)) {
				Map<String, Object> state = found.entities().get(entity);
				this.before.put(Snapshot.ENTITIES, entity, state);
				this.read.put("entity " + entity, state == null ? ABSENT : state);
			}
		}
		return new ClaimAndEnds(claim, start, end, start == null ? null : present(this.read.get("entity " + start)),
				end == null ? null : present(this.read.get("entity " + end)), found.assertions());
	}

	/**
	 * A claim's state ({@code null}: none), its ends' ids ({@code null}: unknown) and states ({@code null}: absent),
	 * and the stored properties of its assertions, as {@link #claimAndEnds} read them.
	 */
	record ClaimAndEnds(Map<String, Object> claim, String from, String to, Map<String, Object> fromState,
			Map<String, Object> toState, List<Map<String, Object>> assertions) {
	}

	/**
	 * Records an assertion the change creates under a new id (a random one: none has it), as absent before, without
	 * reading it.
	 */
	void newAssertion(String id) {
		if (this.assertions.add(id)) {
			this.before.put(Snapshot.ASSERTIONS, id, null);
			this.read.put("assertion " + id, ABSENT);
		}
	}

	/** Records a claim, as {@link #entity} does. */
	Map<String, Object> claim(String id) {
		if (this.claims.add(id)) {
			Map<String, Object> state = this.state.claimState(id);
			this.before.put(Snapshot.CLAIMS, id, state);
			this.read.put("claim " + id, state == null ? ABSENT : state);
		}
		return present(this.read.get("claim " + id));
	}

	private static Map<String, Object> present(Map<String, Object> state) {
		return state == ABSENT ? null : state;
	}

	void source(String id) {
		if (this.sources.add(id)) {
			this.before.put(Snapshot.SOURCES, id, this.state.sourceState(id));
		}
	}

	void mergedId(String id) {
		if (this.mergedIds.add(id)) {
			this.before.put(Snapshot.MERGED_IDS, id, this.state.mergedIdState(id));
		}
	}

	/** Whether the assertion was recorded. */
	boolean touchedAssertion(String id) {
		return this.assertions.contains(id);
	}

	/** Records an assertion, as {@link #entity} does. */
	Map<String, Object> assertion(String id) {
		if (this.assertions.add(id)) {
			Map<String, Object> state = this.state.assertionState(id);
			this.before.put(Snapshot.ASSERTIONS, id, state);
			this.read.put("assertion " + id, state == null ? ABSENT : state);
		}
		return present(this.read.get("assertion " + id));
	}

	/**
	 * Records an assertion with the state the caller read in this change and has not written since, without reading
	 * it again; nothing when it was recorded before (its first state stands).
	 */
	void assertionAsRead(String id, Map<String, Object> state) {
		if (this.assertions.add(id)) {
			this.before.put(Snapshot.ASSERTIONS, id, state);
			this.read.put("assertion " + id, state == null ? ABSENT : state);
		}
	}

	void judgement(String id) {
		if (this.judgements.add(id)) {
			this.before.put(Snapshot.JUDGEMENTS, id, this.state.judgementState(id));
		}
	}

	Snapshot before() {
		return this.before;
	}

	/** The state of every touched subject now. */
	Snapshot after() {
		Snapshot after = new Snapshot();
		GraphState.States now = this.state.states(this.entities, this.claims, this.assertions);
		this.entities.forEach(id -> after.put(Snapshot.ENTITIES, id, now.entities().get(id)));
		this.claims.forEach(id -> after.put(Snapshot.CLAIMS, id, now.claims().get(id)));
		this.sources.forEach(id -> after.put(Snapshot.SOURCES, id, this.state.sourceState(id)));
		this.mergedIds.forEach(id -> after.put(Snapshot.MERGED_IDS, id, this.state.mergedIdState(id)));
		this.assertions.forEach(id -> after.put(Snapshot.ASSERTIONS, id, now.assertions().get(id)));
		this.judgements.forEach(id -> after.put(Snapshot.JUDGEMENTS, id, this.state.judgementState(id)));
		return after;
	}

	/** What the validation checks: the touched entities, claims and sources that still exist. */
	GraphValidator.Scope scope() {
		return new GraphValidator.Scope(this.entities, this.claims, this.sources);
	}

	List<String> subjects() {
		List<String> all = new ArrayList<>();
		all.addAll(this.entities);
		all.addAll(this.claims);
		all.addAll(this.sources);
		all.addAll(this.mergedIds);
		all.addAll(this.assertions);
		all.addAll(this.judgements);
		return all;
	}

}
