package org.ecograph.api.graphql;

import java.util.List;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.Limits;
import org.ecograph.model.RelationKind;

/**
 * The arguments of {@code exposure} beside its claim filter; absent or {@code null} values take the schema's
 * defaults.
 *
 * @param entity the entity whose exposure is asked for
 * @param direction UPSTREAM (what it depends on) or DOWNSTREAM (what depends on it); default UPSTREAM
 * @param maxHops the longest chain of relations, 1..{@link ApiLimits#maxHops()}; default 3
 * @param kinds the relation kinds a chain may follow; {@code null} for the kinds exposure follows by default
 * @param first the most counterparts, 1..{@link ApiLimits#maxFirst()}; default 20
 * @param maxPaths the most paths listed per counterpart, 0..{@link ApiLimits#maxK()}; default 5
 */
record ExposureArguments(String entity, ExposureDirection direction, Integer maxHops, List<RelationKind> kinds,
		Integer first, Integer maxPaths) {

	ExposureArguments {
		direction = direction == null ? ExposureDirection.UPSTREAM : direction;
		maxHops = maxHops == null ? 3 : maxHops;
		first = first == null ? 20 : first;
		maxPaths = maxPaths == null ? 5 : maxPaths;
	}

	/** These arguments, checked against the configured bounds. */
	ExposureArguments within(ApiLimits limits) {
		Limits.check("maxHops", this.maxHops, 1, limits.maxHops());
		Limits.check("first", this.first, 1, limits.maxFirst());
		Limits.check("maxPaths", this.maxPaths, 0, limits.maxK());
		return this;
	}

}
