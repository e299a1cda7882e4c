package org.ecograph.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question that selects only ids, kinds and figures is answered from the projection alone
 * ({@link AnalysisSelection}); its answer is the same as the full answer's, field for field.
 */
@SeededGraphTest
class AnalysisIdsOnlyAnswersTests {

	private static final String PATH_IDS = "hops strength nodes { id kind } steps { forward relation { id kind from { id name } to { id } } }";

	private static final String PATH_FULL = "hops strength nodes { id kind name } steps { forward explanation relation { id kind quote from { id name } to { id } } }";

	@Autowired
	GraphQlTester graphQlTester;

	@ParameterizedTest
	@ValueSource(strings = {
			"influencePaths(from: \"company:softbank\", to: \"company:vertiv\", maxHops: 4, k: 5, rankBy: HOPS) { %s }",
			"influencePaths(from: \"company:softbank\", to: \"company:vertiv\", maxHops: 4, k: 5) { %s }",
			"influencePaths(from: \"company:nvidia\", to: \"program:stargate\", maxHops: 3, k: 8, kinds: [FUNDS, SUPPLIES]) { %s }",
			"exposure(entity: \"company:nvidia\", direction: UPSTREAM, maxHops: 3, maxPaths: 3) { counterpart { id kind } directShare indirectShare totalShare shareKnown amountUsd pathCount pathsComplete paths { %s } }",
			"exposure(entity: \"program:stargate\", direction: DOWNSTREAM, maxHops: 3, first: 50) { counterpart { id kind } totalShare shareKnown pathCount paths { %s } }",
			"ranking(first: 15) { score entity { id kind } }" })
	void anIdsOnlyAnswerIsTheFullAnswerWithoutItsDetails(String question) {
		Object idsOnly = answer(question.formatted(PATH_IDS));
		Object full = answer(question.replace("entity { id kind }", "entity { id kind name }")
			.replace("counterpart { id kind }", "counterpart { id kind name }")
			.formatted(PATH_FULL));

		assertThat(idsOnly).isEqualTo(shapedAs(full, idsOnly));
		assertThat(full.toString()).as("the full answer has its details").contains("name=");
		assertThat((List<?>) idsOnly).isNotEmpty();
	}

	private Object answer(String question) {
		String field = question.substring(0, question.indexOf('('));
		return this.graphQlTester.document("{ " + question + " }").execute().errors().verify().path(field)
			.entity(Object.class).get();
	}

	/** {@code value} with only the fields {@code shape} has, recursively. */
	@SuppressWarnings("unchecked")
	private static Object shapedAs(Object value, Object shape) {
		if (value instanceof Map<?, ?> map && shape instanceof Map<?, ?> keys) {
			Map<String, Object> kept = new LinkedHashMap<>();
			keys.forEach((k, v) -> kept.put((String) k, shapedAs(map.get(k), v)));
			return kept;
		}
		if (value instanceof List<?> list && shape instanceof List<?> shapes && !shapes.isEmpty()) {
			return list.stream().map(v -> shapedAs(v, shapes.get(0))).toList();
		}
		return value;
	}

}
