package org.ecograph.steward;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.ingest.GraphValidator;

/**
 * The subjects a change touches, each recorded with its state before the change is applied to it: the before
 * snapshot, the scope of the validation and the subjects of the audit entry, all from one list.
 */
final class Touched {

	private final GraphState state;

	private final Snapshot before = new Snapshot();

	private final Set<String> entities = new LinkedHashSet<>();

	private final Set<String> claims = new LinkedHashSet<>();

	private final Set<String> sources = new LinkedHashSet<>();

	private final Set<String> mergedIds = new LinkedHashSet<>();

	private final Set<String> assertions = new LinkedHashSet<>();

	private final Set<String> judgements = new LinkedHashSet<>();

	Touched(GraphState state) {
		this.state = state;
	}

	void entity(String id) {
		if (this.entities.add(id)) {
			this.before.put(Snapshot.ENTITIES, id, this.state.entityState(id));
		}
	}

	void claim(String id) {
		if (this.claims.add(id)) {
			this.before.put(Snapshot.CLAIMS, id, this.state.claimState(id));
		}
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

	void assertion(String id) {
		if (this.assertions.add(id)) {
			this.before.put(Snapshot.ASSERTIONS, id, this.state.assertionState(id));
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
		this.entities.forEach(id -> after.put(Snapshot.ENTITIES, id, this.state.entityState(id)));
		Map<String, Map<String, Object>> claimsNow = this.state.claimStates(this.claims);
		this.claims.forEach(id -> after.put(Snapshot.CLAIMS, id, claimsNow.get(id)));
		this.sources.forEach(id -> after.put(Snapshot.SOURCES, id, this.state.sourceState(id)));
		this.mergedIds.forEach(id -> after.put(Snapshot.MERGED_IDS, id, this.state.mergedIdState(id)));
		this.assertions.forEach(id -> after.put(Snapshot.ASSERTIONS, id, this.state.assertionState(id)));
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
