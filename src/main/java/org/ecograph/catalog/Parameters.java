package org.ecograph.catalog;

import java.util.HashMap;
import java.util.Map;

/** Cypher parameter maps that, unlike {@link Map#of}, may hold {@code null} (meaning "do not filter"). */
final class Parameters {

	private Parameters() {
	}

	static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}

	static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
		Map<String, Object> parameters = new HashMap<>(base);
		parameters.putAll(of(keysAndValues));
		return parameters;
	}

}
