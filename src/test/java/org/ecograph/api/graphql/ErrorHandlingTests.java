package org.ecograph.api.graphql;

import java.util.List;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@SeededGraphTest
class ErrorHandlingTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	DriverQueryCounter driver;

	@Test
	void rejectsMalformedEntityId() {
		ResponseError error = onlyError(this.graphQlTester.documentName("catalog-entity").variable("id", "Stargate"));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).startsWith("id 'Stargate' is not an entity id: expected <kind>:<slug>");
		assertThat(error.getPath()).isEqualTo("entity");
	}

	@Test
	void namesTheUnknownIdsOfASubgraph() {
		ResponseError error = onlyError(this.graphQlTester.documentName("catalog-subgraph")
			.variable("ids", List.of("company:dell", "company:nope", "state:zz")));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
		assertThat(error.getMessage()).isEqualTo("No entities with ids company:nope, state:zz");
		assertThat(error.getExtensions()).containsEntry("ids", List.of("company:nope", "state:zz"));
	}

	@Test
	void namesTheUnknownFromIdOfRelations() {
		ResponseError error = onlyError(
				this.graphQlTester.documentName("catalog-relations").variable("from", "company:nope"));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
		assertThat(error.getMessage()).isEqualTo("No entity with id company:nope");
	}

	@Test
	void rejectsFirstOverLimitOnEntities() {
		assertBadRequest(this.graphQlTester.documentName("catalog-entities").variable("first", 101),
				"first 101 is out of range: allowed 0..100");
	}

	@Test
	void rejectsFirstOverLimitOnRelations() {
		assertBadRequest(this.graphQlTester.documentName("catalog-relations").variable("first", 101),
				"first 101 is out of range: allowed 0..100");
	}

	@Test
	void rejectsFirstOverLimitOnEntityRelations() {
		assertBadRequest(this.graphQlTester.documentName("catalog-entity-relations")
			.variable("id", "company:dell")
			.variable("first", 500), "first 500 is out of range: allowed 0..100");
	}

	@Test
	void rejectsNegativeFirstOnSearch() {
		assertBadRequest(this.graphQlTester.documentName("catalog-search").variable("text", "x").variable("first", -1),
				"first -1 is out of range: allowed 0..100");
	}

	@Test
	void rejectsHopsOverLimit() {
		assertBadRequest(this.graphQlTester.documentName("catalog-subgraph")
			.variable("ids", List.of("company:dell"))
			.variable("hops", 4), "hops 4 is out of range: allowed 0..3");
	}

	@Test
	void rejectsSubgraphLimitOverLimit() {
		assertBadRequest(this.graphQlTester.documentName("catalog-subgraph")
			.variable("ids", List.of("company:dell"))
			.variable("limit", 5001), "limit 5001 is out of range: allowed 1..5000");
	}

	@Test
	void rejectsMinConfidenceOverOne() {
		assertBadRequest(this.graphQlTester.documentName("catalog-relations").variable("minConfidence", 1.5),
				"minConfidence 1.5 is out of range: allowed 0..1");
	}

	@Test
	void rejectsBlankSearchText() {
		assertBadRequest(this.graphQlTester.documentName("catalog-search").variable("text", "   "),
				"text must not be blank: give 1..200 characters");
	}

	@Test
	void rejectsSearchTextOverTwoHundredCharacters() {
		assertBadRequest(this.graphQlTester.documentName("catalog-search").variable("text", "a".repeat(201)),
				"text length 201 is out of range: allowed 1..200");
	}

	@Test
	void rejectsACursorThatNoListingHandedOut() {
		assertBadRequest(this.graphQlTester.documentName("catalog-entities").variable("after", "not-a-cursor"),
				"after 'not-a-cursor' is not a cursor of this listing: pass an endCursor or edge cursor it returned");
	}

	@Test
	void rejectsAnEntityCursorOnRelations() {
		String entityCursor = this.graphQlTester.documentName("catalog-entities")
			.variable("first", 1)
			.execute()
			.path("entities.pageInfo.endCursor")
			.entity(String.class)
			.get();
		ResponseError error = onlyError(this.graphQlTester.documentName("catalog-entity-relations")
			.variable("id", "program:stargate")
			.variable("after", entityCursor));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).startsWith("after '" + entityCursor + "' is not a cursor of this listing");
	}

	@Test
	void rejectsOperationsDeeperThanTheLimit() {
		assertBadRequest(this.graphQlTester.documentName("api-too-deep"),
				"query depth 13 is out of range: allowed 1..12");
	}

	@Test
	void acceptsOperationsAsDeepAsTheLimit() {
		this.graphQlTester.documentName("api-deep-enough")
			.execute()
			.path("entity.relations.edges[0].node.from.relations.edges[0].node.to.relations.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
	}

	@Test
	void rejectsOperationsOverTheComplexityBudget() {
		ResponseError error = onlyError(this.graphQlTester.documentName("api-too-complex"));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).startsWith("query complexity ").contains("is out of range: allowed 1..5000");
	}

	@Test
	void masksInternalErrors() {
		this.driver.failNextQueryWith(new IllegalStateException("MATCH (n:Entity {id: $id}) RETURN n failed"));
		ResponseError error = onlyError(
				this.graphQlTester.documentName("catalog-entity").variable("id", "program:stargate"));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getMessage()).isEqualTo("Internal error");
		assertThat(error.getExtensions()).containsOnlyKeys("executionId");
		assertThat(error.getExtensions().toString()).doesNotContain("MATCH").doesNotContain("Exception");
	}

	@Test
	void reportsATimedOutQueryAsTooLarge() {
		this.driver.failNextQueryWith(new ClientException(
				"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
				"The transaction has been terminated. Retry your operation in a new transaction."));
		assertBadRequest(this.graphQlTester.documentName("catalog-entity").variable("id", "program:stargate"),
				"The request took longer than the query timeout of 10 s: ask for less (fewer hops, a smaller first, k"
						+ " or limit)");
	}

	private static void assertBadRequest(GraphQlTester.Request<?> request, String message) {
		ResponseError error = onlyError(request);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).isEqualTo(message);
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
