package org.ecograph.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a user typed into a Lucene query for the {@code entity_names} index. Each word becomes an exact term
 * (boosted), a prefix term and, for Latin words of four letters or more, a fuzzy term, so "Nvidai" still finds
 * Nvidia. Words with CJK characters stay exact: the index's CJK analyzer splits them into bigrams. Every Lucene
 * special character of the user's text is escaped, so no input can change the query's structure.
 */
final class FullTextQuery {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private FullTextQuery() {
	}

	/**
	 * The Lucene query, or an empty string when the text has no letter or digit to look for. Several Latin words
	 * are also tried as one ("open ai" finds OpenAI).
	 */
	static String of(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.trim().split("\\s+")) {
			if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		List<String> clauses = new ArrayList<>(words.stream().map(FullTextQuery::clause).toList());
		if (words.size() > 1 && words.stream().noneMatch(FullTextQuery::hasCjk)) {
			clauses.add(clause(String.join("", words)));
		}
		return String.join(" OR ", clauses);
	}

	private static String clause(String word) {
		String escaped = escape(word);
		if (hasCjk(word)) {
			return "(" + escaped + ")";
		}
		List<String> terms = new ArrayList<>(List.of(escaped + "^4", escaped + "*^2"));
		if (word.length() >= 4) {
			terms.add(escaped + "~" + (word.length() >= 7 ? 2 : 1));
		}
		return "(" + String.join(" OR ", terms) + ")";
	}

	static String escape(String word) {
		StringBuilder out = new StringBuilder(word.length() + 8);
		for (char c : word.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	private static boolean hasCjk(String word) {
		return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
	}

}
