package org.ecograph.api.guard;

import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client tools introspect the schema with graphql-js's standard query (about 14 levels deep): it must pass the depth
 * limit, while crafted introspection and deep data queries stay refused.
 */
@SeededGraphTest
class IntrospectionTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void answersTheStandardIntrospectionQueryOfGraphqlJs() {
		GraphQlTester.Response response = this.graphQlTester.documentName("introspection-graphql-js").execute();
		response.errors().verify();
		response.path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
		List<Map<String, Object>> types = response.path("__schema.types").entity(List.class).get();
		Map<String, Object> query = types.stream().filter(t -> "Query".equals(t.get("name"))).findFirst().orElseThrow();
		assertThat(((List<?>) query.get("fields")).stream().map(f -> (String) ((Map<?, ?>) f).get("name")))
			.contains("search", "subgraph", "influencePaths", "exposure", "ranking", "fundingSummary");
		Map<String, Object> relation = types.stream()
			.filter(t -> "Relation".equals(t.get("name")))
			.findFirst()
			.orElseThrow();
		assertThat((String) relation.get("description")).startsWith("A claim: one relation between two entities");
	}

	@Test
	void refusesIntrospectionNestedPastTheGoodFaithDepth() {
		ResponseError error = onlyError(this.graphQlTester.documentName("introspection-abuse-deep"));
		assertThat(error.getMessage())
			.startsWith("This request is not asking for introspection in good faith - the query is too big");
	}

	@Test
	void refusesIntrospectionThatCyclesThroughTypeFields() {
		ResponseError error = onlyError(this.graphQlTester.documentName("introspection-abuse-cycle"));
		assertThat(error.getMessage()).isEqualTo(
				"This request is not asking for introspection in good faith - __Type.fields is present too often!");
	}

	@Test
	void stillLimitsTheDepthOfDataQueriedNextToIntrospection() {
		ResponseError error = onlyError(this.graphQlTester.documentName("introspection-with-deep-data"));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).isEqualTo("query depth 13 is out of range: allowed 1..12");
	}

	private static ResponseError onlyError(GraphQlTester.Request<?> request) {
		ResponseError[] only = new ResponseError[1];
		request.execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			only[0] = errors.get(0);
		});
		return only[0];
	}

}
