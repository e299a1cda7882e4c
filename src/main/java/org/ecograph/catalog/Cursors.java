package org.ecograph.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque cursors: the URL-safe base64 of a listing's sort key, prefixed by the listing's name so a cursor of one
 * listing is rejected by another. Clients must not build or parse them.
 */
final class Cursors {

	private static final char SEPARATOR = '\u001F';

	private Cursors() {
	}

	static String encode(String listing, String... key) {
		String plain = listing + SEPARATOR + String.join(String.valueOf(SEPARATOR), key);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The sort key a cursor holds, or {@code null} for a {@code null} cursor.
	 * @throws InvalidCursorException when the cursor is not one of {@code listing} with {@code parts} key parts
	 */
	static List<String> decode(String listing, String cursor, int parts) {
		if (cursor == null) {
			return null;
		}
		String plain;
		try {
			plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException(cursor);
		}
		List<String> fields = Arrays.asList(plain.split(String.valueOf(SEPARATOR), -1));
		if (fields.size() != parts + 1 || !fields.get(0).equals(listing)) {
			throw new InvalidCursorException(cursor);
		}
		return fields.subList(1, fields.size());
	}

}
