package org.ecograph.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.model.Ids;

/**
 * Which fields each {@link WatchKind} needs and allows, and their bounds: every problem of an input at once, each
 * saying what was wrong and what is allowed.
 */
final class WatchChecks {

	/** The fields of each kind, required or optional; any other field given is an error. */
	private static final Map<WatchKind, Set<String>> REQUIRED = Map.of(WatchKind.EXPOSURE_ABOVE,
			Set.of("entity", "threshold"), WatchKind.NEW_PATH, Set.of("from", "to"), WatchKind.RANK_TOP,
			Set.of("entity", "top"), WatchKind.ENTITY_TOUCHED, Set.of("entity"));

	private static final Map<WatchKind, Set<String>> OPTIONAL = Map.of(WatchKind.EXPOSURE_ABOVE,
			Set.of("counterpart", "maxHops", "direction"), WatchKind.NEW_PATH, Set.of("maxHops", "top"),
			WatchKind.RANK_TOP, Set.of(), WatchKind.ENTITY_TOUCHED, Set.of());

	private WatchChecks() {
	}

	static List<WatchUserError> check(WatchInput input, WatchBounds bounds) {
		List<WatchUserError> errors = new ArrayList<>();
		if (input.kind() == null) {
			errors.add(WatchUserError.invalid("kind", "kind is required: one of " + List.of(WatchKind.values())));
			return errors;
		}
		Map<String, Object> given = given(input);
		Set<String> required = REQUIRED.get(input.kind());
		Set<String> optional = OPTIONAL.get(input.kind());
		for (String field : required) {
			if (given.get(field) == null) {
				errors.add(WatchUserError.invalid(field, field + " is required for a " + input.kind() + " watch, which takes "
						+ describe(input.kind())));
			}
		}
		given.forEach((field, value) -> {
			if (value != null && !required.contains(field) && !optional.contains(field)) {
				errors.add(WatchUserError.invalid(field, field + " does not apply to a " + input.kind()
						+ " watch, which takes " + describe(input.kind())));
			}
		});
		entityFields(input).forEach((field, id) -> Ids.problem(Ids.Shape.ENTITY, field, id)
			.ifPresent(message -> errors.add(WatchUserError.invalid(field, message))));
		if (input.from() != null && input.from().equals(input.to())) {
			errors.add(WatchUserError.invalid("to", "from and to are the same entity " + input.from() + ": they must differ"));
		}
		if (input.entity() != null && input.entity().equals(input.counterpart())) {
			errors.add(WatchUserError.invalid("counterpart",
					"entity and counterpart are the same entity " + input.entity() + ": they must differ"));
		}
		range(errors, "maxHops", input.maxHops(), 1, bounds.maxHops(), "limits.maxHops");
		if (input.kind() == WatchKind.RANK_TOP) {
			range(errors, "top", input.top(), 1, bounds.maxFirst(), "limits.maxFirst");
		}
		else {
			range(errors, "top", input.top(), 1, bounds.maxK(), "limits.maxK");
		}
		Double threshold = input.threshold();
		if (threshold != null && (threshold.isNaN() || threshold <= 0 || threshold > 1)) {
			errors.add(WatchUserError.invalid("threshold",
					"threshold " + threshold + " is not a share: expected more than 0 and at most 1, e.g. 0.25"));
		}
		return errors;
	}

	/** The question of an input that passed {@link #check}, with the defaults filled in and no answer yet. */
	static Watch withDefaults(String id, WatchInput input) {
		boolean hops = input.kind() == WatchKind.EXPOSURE_ABOVE || input.kind() == WatchKind.NEW_PATH;
		Integer maxHops = hops ? (input.maxHops() == null ? Questions.DEFAULT_MAX_HOPS : input.maxHops()) : null;
		Integer top = input.top();
		if (input.kind() == WatchKind.NEW_PATH && top == null) {
			top = Questions.DEFAULT_PATHS;
		}
		ExposureDirection direction = input.kind() == WatchKind.EXPOSURE_ABOVE && input.direction() == null
				? ExposureDirection.UPSTREAM : input.direction();
		return new Watch(id, input.kind(), input.entity(), input.counterpart(), input.from(), input.to(), maxHops,
				input.threshold(), top, direction, Map.of(), 0);
	}

	/** The entity ids an input names, by field. */
	static Map<String, String> entityFields(WatchInput input) {
		Map<String, String> named = new LinkedHashMap<>();
		put(named, "entity", input.entity());
		put(named, "counterpart", input.counterpart());
		put(named, "from", input.from());
		put(named, "to", input.to());
		return named;
	}

	private static void put(Map<String, String> named, String field, String id) {
		if (id != null) {
			named.put(field, id);
		}
	}

	private static Map<String, Object> given(WatchInput input) {
		Map<String, Object> given = new LinkedHashMap<>();
		given.put("entity", input.entity());
		given.put("counterpart", input.counterpart());
		given.put("from", input.from());
		given.put("to", input.to());
		given.put("maxHops", input.maxHops());
		given.put("threshold", input.threshold());
		given.put("top", input.top());
		given.put("direction", input.direction());
		return given;
	}

	private static String describe(WatchKind kind) {
		String required = String.join(", ", REQUIRED.get(kind).stream().sorted().toList());
		List<String> optional = OPTIONAL.get(kind).stream().sorted().toList();
		return required + (optional.isEmpty() ? " only" : " (and optionally " + String.join(", ", optional) + ")");
	}

	private static void range(List<WatchUserError> errors, String field, Integer value, int min, int max,
			String limit) {
		if (value != null && (value < min || value > max)) {
			errors.add(WatchUserError.invalid(field,
					field + " " + value + " is out of range: expected " + min + ".." + max + " (" + limit + ")"));
		}
	}

}
