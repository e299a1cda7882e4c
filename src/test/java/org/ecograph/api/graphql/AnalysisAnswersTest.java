package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;

import graphql.execution.DataFetcherResult;
import org.ecograph.analysis.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An analysis answer that is not exact or not current says so in the response, with the reason. */
class AnalysisAnswersTest {

	@Test
	void anExactAnswerCarriesOnlyItsGraphVersion() {
		DataFetcherResult<List<String>> result = AnalysisAnswers.result(new Answer<>(List.of("a"), 7, List.of()));

		assertThat(result.getData()).containsExactly("a");
		assertThat(result.getExtensions()).isEqualTo(Map.of("graphVersion", 7L));
	}

	@Test
	void anInexactAnswerSaysItIsIncompleteAndWhy() {
		DataFetcherResult<List<String>> result = AnalysisAnswers
			.result(new Answer<>(List.of(), 3, List.of("the search budget was reached")));

		assertThat(result.getExtensions()).containsEntry("graphVersion", 3L)
			.containsEntry("complete", false)
			.containsEntry("warnings", List.of("the search budget was reached"));
	}

}
