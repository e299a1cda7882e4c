package org.ecograph.api.graphql;

import java.util.List;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@SeededGraphTest
class SearchTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void findsStargateByItsChineseName() {
		assertThat(topHit("星际之门")).isEqualTo("program:stargate");
	}

	@Test
	void findsNvidiaByItsChineseName() {
		assertThat(topHit("英伟达")).isEqualTo("company:nvidia");
	}

	@Test
	void findsSoftBankByItsChineseName() {
		assertThat(topHit("软银")).isEqualTo("company:softbank");
	}

	@Test
	void findsNvidiaDespiteATransposition() {
		assertThat(topHit("Nvidai")).isEqualTo("company:nvidia");
	}

	@Test
	void findsStargateDespiteAMissingLetter() {
		assertThat(topHit("Stargte")).isEqualTo("program:stargate");
	}

	@Test
	void findsOpenAiWrittenAsTwoWords() {
		assertThat(topHit("open ai")).isEqualTo("company:openai");
	}

	@Test
	void ranksHitsByDescendingScore() {
		List<Double> scores = this.graphQlTester.documentName("catalog-search")
			.variable("text", "Stargate")
			.execute()
			.path("search[*].score")
			.entityList(Double.class)
			.get();
		assertThat(scores).hasSizeGreaterThan(1).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void restrictsHitsToTheGivenKinds() {
		List<String> anyKind = this.graphQlTester.documentName("catalog-search")
			.variable("text", "AI")
			.execute()
			.path("search[*].entity.kind")
			.entityList(String.class)
			.get();
		assertThat(anyKind).contains("PROGRAM", "TECHNOLOGY");
		this.graphQlTester.documentName("catalog-search")
			.variable("text", "AI")
			.variable("kinds", List.of("TECHNOLOGY"))
			.execute()
			.path("search[*].entity.kind")
			.entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).isNotEmpty().containsOnly("TECHNOLOGY"));
	}

	@Test
	void returnsAtMostFirstHits() {
		this.graphQlTester.documentName("catalog-search")
			.variable("text", "AI")
			.variable("first", 3)
			.execute()
			.path("search")
			.entityList(Object.class)
			.hasSize(3);
	}

	@Test
	void treatsLuceneSyntaxAsPlainText() {
		this.graphQlTester.documentName("catalog-search")
			.variable("text", "Stargate:(x OR y~ AND \"z")
			.execute()
			.path("search[0].entity.id")
			.entity(String.class)
			.isEqualTo("program:stargate");
	}

	@Test
	void findsNothingInPunctuationOnly() {
		this.graphQlTester.documentName("catalog-search")
			.variable("text", "*** ?? ~")
			.execute()
			.path("search")
			.entityList(Object.class)
			.hasSize(0);
	}

	private String topHit(String text) {
		return this.graphQlTester.documentName("catalog-search")
			.variable("text", text)
			.execute()
			.path("search[0].entity.id")
			.entity(String.class)
			.get();
	}

}
