package org.ecograph.model;

import java.util.Locale;

/**
 * The lower-cased search key of an entity's name and aliases, {@code nameKey}, kept on every entity so that
 * {@code entities(nameContains:)} is one seek of a text index however large the graph. The loader refreshes it after
 * every data script ({@link #REFRESH}); the parts are joined by a separator no search text can contain, so a match
 * never straddles two names.
 */
public final class EntityNames {

	/** The property holding the key. */
	public static final String KEY = "nameKey";

	/** The separator between the name and each alias. */
	public static final String SEPARATOR = "\\u001f";

	/** The key of a node bound to {@code n}, in Cypher. */
	public static final String EXPRESSION = "toLower(reduce(k = coalesce(n.name, ''), a IN coalesce(n.aliases, []) | "
			+ "k + '" + SEPARATOR + "' + a))";

	/** Sets the key of every entity whose key is missing or out of date; idempotent. */
	public static final String REFRESH = """
			MATCH (n:Entity)
			WITH n, %s AS key
			WHERE n.%s IS NULL OR n.%s <> key
			SET n.%s = key""".formatted(EXPRESSION, KEY, KEY, KEY);

	/** The same for the entities whose ids are {@code $ids} (a steward's change). */
	public static final String REFRESH_IDS = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			WITH n, %s AS key
			WHERE n.%s IS NULL OR n.%s <> key
			SET n.%s = key""".formatted(EXPRESSION, KEY, KEY, KEY);

	private EntityNames() {
	}

	/** What a search text is compared with: lower-cased, separators removed. */
	public static String key(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\u001f", "");
	}

}
