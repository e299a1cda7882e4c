package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.execution.DataFetcherResult;
import org.ecograph.analysis.Answer;
import org.ecograph.analysis.ExposureQuestion;
import org.ecograph.analysis.PathQuestion;

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
		DataFetcherResult.Builder<T> result = builder(answer);
		if (question != null) {
			result.localContext(questionContext(question));
		}
		return result.build();
	}

	/**
	 * The same, for an answer as known on a day ({@code knownOn}; {@code null} for none): the day is handed to the
	 * fields below as {@link KnownOnContext} does, so a relation's ends and assertions answer for that day too.
	 */
	static <T> DataFetcherResult<T> onDay(Answer<T> answer, LocalDate knownOn) {
		DataFetcherResult.Builder<T> result = builder(answer);
		if (knownOn != null) {
			result.localContext(graphql.GraphQLContext.newContext().of(KnownOnContext.NAME, knownOn).build());
		}
		return result.build();
	}

	private static <T> DataFetcherResult.Builder<T> builder(Answer<T> answer) {
		Map<Object, Object> extensions = answer.warnings().isEmpty()
				? Map.of("graphVersion", answer.graphVersion())
				: Map.of("graphVersion", answer.graphVersion(), "warnings", List.copyOf(answer.warnings()),
						"complete", false);
		return DataFetcherResult.<T>newResult().data(answer.data()).extensions(extensions);
	}

	/**
	 * A local context holding the question under its class's simple name decapitalised ({@code pathQuestion},
	 * {@code exposureQuestion}), the name {@code @LocalContextValue} parameters ask for, and the question's
	 * {@code knownOn} day, if any, under {@link KnownOnContext#NAME}.
	 */
	static graphql.GraphQLContext questionContext(Object question) {
		String name = question.getClass().getSimpleName();
		graphql.GraphQLContext.Builder context = graphql.GraphQLContext.newContext()
			.of(Character.toLowerCase(name.charAt(0)) + name.substring(1), question);
		LocalDate knownOn = question instanceof ExposureQuestion e ? e.filter().knownOn()
				: question instanceof PathQuestion p ? p.filter().knownOn() : null;
		if (knownOn != null) {
			// asked as known on a day: the relations below answer for that day ({@link KnownOnContext})
			context.of(KnownOnContext.NAME, knownOn);
		}
		return context.build();
	}

}
