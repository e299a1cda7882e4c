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
		return result(answer, null);
	}

	/**
	 * The same, with a local context for the fields below (the question as asked, for the fields that ask it again:
	 * {@code criticalClaims}); {@code null} for none.
	 */
	static <T> DataFetcherResult<T> result(Answer<T> answer, Object question) {
		Map<Object, Object> extensions = answer.warnings().isEmpty()
				? Map.of("graphVersion", answer.graphVersion())
				: Map.of("graphVersion", answer.graphVersion(), "warnings", List.copyOf(answer.warnings()),
						"complete", false);
		DataFetcherResult.Builder<T> result = DataFetcherResult.<T>newResult().data(answer.data()).extensions(extensions);
		if (question != null) {
			result.localContext(questionContext(question));
		}
		return result.build();
	}

	/**
	 * A local context holding the question under its class's simple name decapitalised ({@code pathQuestion},
	 * {@code exposureQuestion}), the name {@code @LocalContextValue} parameters ask for.
	 */
	static graphql.GraphQLContext questionContext(Object question) {
		String name = question.getClass().getSimpleName();
		return graphql.GraphQLContext.newContext()
			.of(Character.toLowerCase(name.charAt(0)) + name.substring(1), question)
			.build();
	}

}
