package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;

import graphql.execution.DataFetcherResult;
import org.ecograph.analysis.Answer;

/**
 * Puts an analysis answer into the GraphQL response: the data in place, and under the response's {@code extensions}
 * the graph version it was computed on and, when it is not exact or not current, a warning saying why. So a capped
 * or stale answer says so in the answer itself, never only in a log line.
 */
final class AnalysisAnswers {

	private AnalysisAnswers() {
	}

	static <T> DataFetcherResult<T> result(Answer<T> answer) {
		Map<Object, Object> extensions = answer.warnings().isEmpty()
				? Map.of("graphVersion", answer.graphVersion())
				: Map.of("graphVersion", answer.graphVersion(), "warnings", List.copyOf(answer.warnings()),
						"complete", false);
		return DataFetcherResult.<T>newResult().data(answer.data()).extensions(extensions).build();
	}

}
