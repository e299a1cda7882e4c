package org.ecograph.api.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.ecograph.model.EntityKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertSingleError;

/** The PageRank of the seed: properties that follow from the maths, whatever the data. */
@SeededGraphTest
class AnalysisRankingTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void scoresOfAllEntitiesSumToOne() {
		Map<String, Double> scores = allScores(List.of());
		assertThat(scores).hasSize(105);
		assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void listsEntitiesInDescendingScore() {
		List<Map<String, Object>> ranked = ranked(this.graphQlTester.documentName("analysis-ranking").variable("first", 100));
		assertThat(ranked).hasSize(100);
		assertThat(ranked).extracting(r -> ((Number) r.get("score")).doubleValue())
			.isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void givesAnEntityWithoutFundingTheLeastScoreInAFundingRanking() {
		// Vertiv takes part in no FUNDS claim: nobody votes for it and it votes for nobody
		Map<String, Double> scores = allScores(List.of("FUNDS"));
		assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
		assertThat(scores.get("company:vertiv")).isEqualTo(Collections.min(scores.values()));
		// SoftBank funds Stargate, so Stargate votes for it
		assertThat(scores.get("company:softbank")).isGreaterThan(scores.get("company:vertiv"));
	}

	@Test
	void returnsOnlyTheRequestedKinds() {
		List<Map<String, Object>> ranked = ranked(this.graphQlTester.documentName("analysis-ranking")
			.variable("kinds", List.of("PROGRAM"))
			.variable("first", 100));
		assertThat(ranked).hasSize(22)
			.allSatisfy(r -> assertThat(AnalysisTestSupport.map(r.get("entity")).get("kind")).isEqualTo("PROGRAM"));
	}

	@Test
	void rejectsFirstOverLimit() {
		assertSingleError(this.graphQlTester.documentName("analysis-ranking").variable("first", 101),
				ErrorType.BAD_REQUEST, "first 101 is out of range: allowed 1..100");
	}

	/** Every entity's score, one kind at a time because a kind has fewer than 100 entities. */
	private Map<String, Double> allScores(List<String> relationKinds) {
		Map<String, Double> scores = new HashMap<>();
		for (EntityKind kind : EntityKind.values()) {
			GraphQlTester.Request<?> request = this.graphQlTester.documentName("analysis-ranking")
				.variable("kinds", List.of(kind.name()))
				.variable("first", 100);
			if (!relationKinds.isEmpty()) {
				request = request.variable("relationKinds", relationKinds);
			}
			for (Map<String, Object> r : ranked(request)) {
				scores.put((String) AnalysisTestSupport.map(r.get("entity")).get("id"), ((Number) r.get("score")).doubleValue());
			}
		}
		return scores;
	}

	private static List<Map<String, Object>> ranked(GraphQlTester.Request<?> request) {
		return new ArrayList<>(request.execute().path("ranking").entityList(Object.class).get().stream()
			.map(AnalysisTestSupport::map)
			.toList());
	}

}
