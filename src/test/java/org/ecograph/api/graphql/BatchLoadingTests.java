package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields (an entity's relations, a relation's ends and sources) are batch-loaded: the number of queries sent
 * to Neo4j does not depend on how many entities the operation returns.
 */
@SeededGraphTest
class BatchLoadingTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	DriverQueryCounter driver;

	@Test
	void queriesForNestedRelationsDoNotGrowWithTheNumberOfEntities() {
		long forFive = queriesFor(5);
		long forFifty = queriesFor(50);
		assertThat(forFifty).isEqualTo(forFive);
		// the page of entities, their relations and (asked for) their count, the relations' ends, their sources
		assertThat(forFifty).isLessThanOrEqualTo(5);
	}

	@Test
	void queriesForNestedMeasuresDoNotGrowWithTheNumberOfEntities() {
		// both pages reach figures with sources, places, wholes and relations, so every loader runs in each
		long forFifty = queriesFor("api-nested-measures", 50);
		long forAll = queriesFor("api-nested-measures", 90);
		assertThat(forAll).isEqualTo(forFifty);
		// the page of entities, their measures, their relations, the relations' measures, the measures' sources,
		// places (entities), wholes and relations
		assertThat(forAll).isLessThanOrEqualTo(8);
	}

	@Test
	void anEntitysRelationsAndTheirEndsTakeNoQueryOrOne() {
		String document = """
				{ entity(id: "company:nvidia") { relations(first: 20) { edges { node {
				    id from { id name kind } to { id name kind } } } } } }""";
		long before = this.driver.queries();
		GraphQlTester.Response response = this.graphQlTester.document(document).execute();
		// the entity (asked its relations only), the page (asked ids, kinds and ends) and the ends (asked what the
		// projection holds) come from memory: no query
		assertThat(this.driver.queries() - before).isZero();
		// ends asked more than memory holds come with the page from the database: one query
		before = this.driver.queries();
		this.graphQlTester.document(document.replace("kind }", "kind description }")).execute()
			.path("entity.relations.edges[*].node.to.description").entityList(String.class).hasSizeGreaterThan(0);
		assertThat(this.driver.queries() - before).isEqualTo(1);
		List<Map<String, Object>> ends = response.path("entity.relations.edges[*].node.to")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(ends).isNotEmpty().contains(Map.of("id", "program:stargate", "name", "Stargate", "kind", "PROGRAM"));
		// the same ends as the entity lookup gives
		for (Map<String, Object> end : ends) {
			this.graphQlTester.document("query($id: ID!) { entity(id: $id) { id name kind } }")
				.variable("id", end.get("id"))
				.execute()
				.path("entity")
				.entity(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.isEqualTo(end);
		}
	}

	private long queriesFor(String document, int entities) {
		long before = this.driver.queries();
		GraphQlTester.Response response = this.graphQlTester.documentName(document).variable("first", entities).execute();
		long sent = this.driver.queries() - before;
		response.path("entities.edges").entityList(Object.class).hasSize(entities);
		return sent;
	}

	private long queriesFor(int entities) {
		long before = this.driver.queries();
		GraphQlTester.Response response = this.graphQlTester.documentName("api-nested-relations")
			.variable("first", entities)
			.execute();
		long sent = this.driver.queries() - before;
		response.path("entities.edges").entityList(Object.class).hasSize(entities);
		response.path("entities.edges[*].node.relations.edges[*].node.from.id")
			.entityList(String.class)
			.hasSizeGreaterThan(entities / 2);
		return sent;
	}

}
