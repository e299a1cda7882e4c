package org.ecograph.model;

import java.util.List;
import java.util.Locale;

/**
 * The lower-cased search key of an entity's name and aliases, {@value #KEY}, kept on every entity so that
 * {@code entities(nameContains:)} is one seek of a text index however large the graph. The parts are joined by a
 * separator no search text can contain, so a match never straddles two names.
 */
public final class EntityNames {

	/** The property holding the key. */
	public static final String KEY = "nameKey";

	/** The separator between the name and each alias (the ASCII unit separator). */
	public static final char SEPARATOR = '\u001f';

	/** The separator as a Cypher string escape. */
	public static final String SEPARATOR_ESCAPED = "\\u001f";

	private EntityNames() {
	}

	/** What a search text is compared with: lower-cased, separators removed. */
	public static String key(String text) {
		return text.toLowerCase(Locale.ROOT).replace(String.valueOf(SEPARATOR), "");
	}

	/** The key of an entity with this name and these aliases (either may be absent). */
	public static String keyOf(String name, List<String> aliases) {
		StringBuilder key = new StringBuilder(name == null ? "" : name);
		if (aliases != null) {
			aliases.forEach(alias -> key.append(SEPARATOR).append(alias));
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

}
