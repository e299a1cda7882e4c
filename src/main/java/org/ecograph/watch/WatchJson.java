package org.ecograph.watch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Answers and evidence as the JSON text they are stored as. */
final class WatchJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WatchJson() {
	}

	static String write(Map<String, ?> value) {
		return JSON.writeValueAsString(value);
	}

	static Map<String, Object> answer(String text) {
		if (text == null) {
			return Map.of();
		}
		return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	static Map<String, String> evidence(String text) {
		if (text == null) {
			return Map.of();
		}
		return JSON.readValue(text, new TypeReference<TreeMap<String, String>>() {
		});
	}

}
