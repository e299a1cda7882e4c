package org.ecograph.data;

import java.util.List;
import java.util.Map;

/**
 * A node or relationship of a result, read out of whichever way the statement ran (the driver's values, or the
 * embedded kernel's entities, which live only as long as their transaction): its labels (a node's; none for a
 * relationship), its type (a relationship's; {@code null} for a node) and its properties as plain Java values.
 */
record GraphElement(List<String> labels, String type, Map<String, Object> properties) {

	String string(String key) {
		return (String) this.properties.get(key);
	}

	boolean has(String key) {
		return this.properties.get(key) != null;
	}

}
