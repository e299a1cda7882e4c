package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Assertions shared by the analysis API tests. */
final class AnalysisTestSupport {

	private AnalysisTestSupport() {
	}

	/** The request fails with exactly one error of {@code type} carrying {@code message}. */
	static void assertSingleError(GraphQlTester.Request<?> request, ErrorType type, String message) {
		request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			assertThat(error.getMessage()).isEqualTo(message);
		}));
	}


	static double round(double value) {
		return Math.round(value * 1e12) / 1e12;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	static List<Object> ids(Object entities) {
		return list(entities).stream().map(e -> e.get("id")).toList();
	}

	static void assertClose(Object actual, double expected) {
		assertThat(((Number) actual).doubleValue()).isCloseTo(expected, within(1e-12));
	}

}
