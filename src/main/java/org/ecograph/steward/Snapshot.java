package org.ecograph.steward;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * The state of the subjects of a change, before or after it, as JSON that keeps Neo4j's value types: a date is
 * {@code {"$date": "2025-01-21"}}, a date-time {@code {"$datetime": "..."}}; everything else is plain JSON. Keys are
 * sorted, so two snapshots of the same state are the same text. Shape:
 * {@code {"entities": {id: {"labels": [...], "properties": {...}} | null}, "claims": {id: {"type", "from", "to",
 * "properties"} | null}, "sources": {id: {"properties"} | null}, "mergedIds": {id: {"into"} | null}}}, and
 * {@code "assertions": {id: {"properties"} | null}} when the change touched an assertion, and {@code "judgements"}
 * likewise.
 */
final class Snapshot {

	static final String ENTITIES = "entities";

	static final String CLAIMS = "claims";

	static final String SOURCES = "sources";

	static final String MERGED_IDS = "mergedIds";

	/** Assertions ({@code {"properties"}}): present only in the snapshots of changes that touched one. */
	static final String ASSERTIONS = "assertions";

	/** Judgements ({@code {"properties"}}): present only in the snapshots of changes that touched one. */
	static final String JUDGEMENTS = "judgements";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Map<String, Object>> sections = new TreeMap<>();

	Snapshot() {
		for (String section : List.of(ENTITIES, CLAIMS, SOURCES, MERGED_IDS)) {
			this.sections.put(section, new TreeMap<>());
		}
	}

	/** Records the state of one subject; {@code null} when it does not exist. */
	void put(String section, String id, Map<String, Object> state) {
		this.sections.computeIfAbsent(section, s -> new TreeMap<>()).put(id, state == null ? null : encode(state));
	}

	/** The state of one subject, decoded to driver-ready values; {@code null} when absent. */
	@SuppressWarnings("unchecked")
	Map<String, Object> get(String section, String id) {
		Object state = this.sections.getOrDefault(section, Map.of()).get(id);
		return state == null ? null : (Map<String, Object>) decode(state);
	}

	/** The ids recorded in a section, sorted. */
	List<String> ids(String section) {
		return List.copyOf(this.sections.getOrDefault(section, Map.of()).keySet());
	}

	/** Every subject id of every section. */
	List<String> allIds() {
		List<String> ids = new ArrayList<>();
		this.sections.values().forEach(section -> ids.addAll(section.keySet()));
		return ids;
	}

	String toJson() {
		return JSON.writeValueAsString(this.sections);
	}

	@SuppressWarnings("unchecked")
	static Snapshot fromJson(String json) {
		Snapshot snapshot = new Snapshot();
		Map<String, Object> read = JSON.readValue(json, Map.class);
		read.forEach((section, subjects) -> ((Map<String, Object>) subjects)
			.forEach((id, state) -> snapshot.sections.computeIfAbsent(section, s -> new TreeMap<>()).put(id, state)));
		return snapshot;
	}

	/** The plain-JSON view, for clients (the tags stay: they say which values are dates). */
	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(String json) {
		return json == null ? null : JSON.readValue(json, Map.class);
	}

	private static Object encode(Object value) {
		if (value instanceof LocalDate date) {
			return Map.of("$date", date.toString());
		}
		if (value instanceof ZonedDateTime || value instanceof OffsetDateTime || value instanceof LocalDateTime) {
			return Map.of("$datetime", value.toString());
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> encoded = new TreeMap<>();
			map.forEach((k, v) -> encoded.put(String.valueOf(k), encode(v)));
			return encoded;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Snapshot::encode).toList();
		}
		return value;
	}

	private static Object decode(Object value) {
		if (value instanceof Map<?, ?> map) {
			if (map.size() == 1 && map.get("$date") instanceof String date) {
				return LocalDate.parse(date);
			}
			if (map.size() == 1 && map.get("$datetime") instanceof String dateTime) {
				return ZonedDateTime.parse(dateTime);
			}
			Map<String, Object> decoded = new LinkedHashMap<>();
			map.forEach((k, v) -> decoded.put(String.valueOf(k), decode(v)));
			return decoded;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Snapshot::decode).toList();
		}
		return value;
	}

}
