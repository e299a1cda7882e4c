package org.ecograph.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FullTextQueryTest {

	@Test
	void combinesExactPrefixAndFuzzyTermsForALatinWord() {
		assertThat(FullTextQuery.of("Nvidai")).isEqualTo("(nvidai^4 OR nvidai*^2 OR nvidai~1)");
	}

	@Test
	void allowsTwoEditsForLongWords() {
		assertThat(FullTextQuery.of("Stargate")).isEqualTo("(stargate^4 OR stargate*^2 OR stargate~2)");
	}

	@Test
	void leavesShortWordsWithoutFuzzyTerm() {
		assertThat(FullTextQuery.of("AI")).isEqualTo("(ai^4 OR ai*^2)");
	}

	@Test
	void keepsChineseWordsExactForTheBigramAnalyzer() {
		assertThat(FullTextQuery.of("星际之门")).isEqualTo("(星际之门)");
	}

	@Test
	void alsoTriesLatinWordsJoined() {
		assertThat(FullTextQuery.of("open ai")).isEqualTo("(open^4 OR open*^2 OR open~1) OR (ai^4 OR ai*^2) OR "
				+ "(openai^4 OR openai*^2 OR openai~1)");
	}

	@Test
	void escapesEveryLuceneSpecialCharacter() {
		assertThat(FullTextQuery.escape("a+b-c&d|e!f(g)h{i}j[k]l^m\"n~o*p?q:r\\s/t"))
			.isEqualTo("a\\+b\\-c\\&d\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\\"n\\~o\\*p\\?q\\:r\\\\s\\/t");
	}

	@Test
	void dropsWordsWithoutLettersOrDigits() {
		assertThat(FullTextQuery.of("*** ~ ??")).isEmpty();
	}

}
