package org.ecograph.api.graphql;

import java.util.ArrayList;
import java.util.List;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@SeededGraphTest
class EntityQueriesTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void entityResolvesProgramWithItsKindFields() {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-entity")
			.variable("id", "program:stargate")
			.execute();
		response.path("entity.__typename").entity(String.class).isEqualTo("Program");
		response.path("entity.name").entity(String.class).isEqualTo("Stargate");
		response.path("entity.kind").entity(String.class).isEqualTo("PROGRAM");
		response.path("entity.aliases").entityList(String.class).contains("星际之门", "Stargate Project");
		response.path("entity.announcedOn").entity(String.class).isEqualTo("2025-01-21");
		response.path("entity.budgetUsd").entity(Double.class).isEqualTo(5.0e11);
		response.path("entity.properties.announcedOn").entity(String.class).isEqualTo("2025-01-21");
	}

	@Test
	void entityResolvesCompanyWithItsKindFields() {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-entity")
			.variable("id", "company:softbank")
			.execute();
		response.path("entity.__typename").entity(String.class).isEqualTo("Company");
		response.path("entity.name").entity(String.class).isEqualTo("SoftBank Group");
		response.path("entity.country").entity(String.class).isEqualTo("JP");
		response.path("entity.ticker").entity(String.class).isEqualTo("9984.T");
		response.path("entity.aliases").entityList(String.class).contains("软银");
	}

	@Test
	void entityResolvesStateWithItsKindFields() {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-entity")
			.variable("id", "state:us-tx")
			.execute();
		response.path("entity.__typename").entity(String.class).isEqualTo("State");
		response.path("entity.name").entity(String.class).isEqualTo("Texas");
		response.path("entity.level").entity(String.class).isEqualTo("US_STATE");
	}

	@Test
	void entityIsNullForAnUnknownId() {
		this.graphQlTester.documentName("catalog-entity")
			.variable("id", "company:no-such-company")
			.execute()
			.path("entity")
			.valueIsNull();
	}

	@Test
	void entitiesFiltersByKind() {
		this.graphQlTester.documentName("catalog-entities")
			.variable("kinds", List.of("STATE"))
			.variable("first", 100)
			.execute()
			.path("entities.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("state:us-ca", "state:cn", "state:eu", "state:us-nm", "state:us-ny", "state:us-oh",
					"state:us-tx", "state:us");
	}

	@Test
	void entitiesMatchesNameContainsIgnoringCase() {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-entities")
			.variable("nameContains", "OPEN")
			.execute();
		response.path("entities.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("program:azure-openai-service", "dataset:federal-open-data", "company:openai");
		response.path("entities.totalCount").entity(Integer.class).isEqualTo(3);
	}

	/**
	 * {@code totalCount} is computed when selected, whether written in the field's selection, behind a fragment (the
	 * document does not show it; the selection set does) or not at all; the same for an entity's relations.
	 */
	@Test
	void totalsAreCountedWhenSelectedInAnyForm() {
		String plain = "{ entities(nameContains: \"open\", first: 1) { totalCount edges { node { id } } } }";
		String fragment = """
				{ entities(nameContains: "open", first: 1) { ...counted edges { node { id } } } }
				fragment counted on EntityConnection { totalCount }""";
		String inline = "{ entities(nameContains: \"open\", first: 1) { ... on EntityConnection { totalCount } } }";
		int total = this.graphQlTester.document(plain).execute().path("entities.totalCount").entity(Integer.class)
			.get();
		assertThat(total).isGreaterThan(1);
		this.graphQlTester.document(fragment).execute().path("entities.totalCount").entity(Integer.class)
			.isEqualTo(total);
		this.graphQlTester.document(inline).execute().path("entities.totalCount").entity(Integer.class)
			.isEqualTo(total);
		this.graphQlTester.document("{ entities(nameContains: \"open\", first: 1) { edges { node { id } } } }")
			.execute().path("entities.totalCount").pathDoesNotExist();

		String relations = """
				{ entity(id: "company:nvidia") { relations(first: 1) { %s edges { node { id } } } } }""";
		int relationTotal = this.graphQlTester.document(relations.formatted("totalCount")).execute()
			.path("entity.relations.totalCount").entity(Integer.class).get();
		assertThat(relationTotal).isGreaterThan(1);
		this.graphQlTester.document(relations.formatted("... on RelationConnection { totalCount }")).execute()
			.path("entity.relations.totalCount").entity(Integer.class).isEqualTo(relationTotal);
	}

	@Test
	void entitiesMatchesNameContainsOverChineseAliases() {
		this.graphQlTester.documentName("catalog-entities")
			.variable("nameContains", "星际")
			.execute()
			.path("entities.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("program:stargate");
	}

	@Test
	void entitiesPagesVisitEveryEntityOnceInNameOrder() {
		List<String> expected = List.copyOf(this.neo4j.query("MATCH (n:Entity) RETURN n.id AS id ORDER BY n.name, n.id")
			.fetchAs(String.class)
			.all());
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		int pages = 0;
		while (more) {
			GraphQlTester.Response response = this.graphQlTester.documentName("catalog-entities")
				.variable("first", 17)
				.variable("after", after)
				.execute();
			response.path("entities.totalCount").entity(Integer.class).isEqualTo(105);
			response.path("entities.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(pages > 0);
			seen.addAll(response.path("entities.edges[*].node.id").entityList(String.class).get());
			more = response.path("entities.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("entities.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(pages).isEqualTo(7);
		assertThat(seen).hasSize(105).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
	}

	@Test
	void entitiesPagesWithANameFilterVisitEveryMatchOnceInNameOrder() {
		List<String> expected = List.copyOf(this.neo4j
			.query("MATCH (n:Entity) WHERE n.nameKey CONTAINS 'an' RETURN n.id AS id ORDER BY n.name, n.id")
			.fetchAs(String.class)
			.all());
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response response = this.graphQlTester.documentName("catalog-entities")
				.variable("nameContains", "AN")
				.variable("first", 7)
				.variable("after", after)
				.execute();
			seen.addAll(response.path("entities.edges[*].node.id").entityList(String.class).get());
			more = response.path("entities.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("entities.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(expected).hasSizeGreaterThan(14);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
	}

	@Test
	void entitiesPageOfZeroGivesOnlyTheCount() {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-entities")
			.variable("kinds", List.of("COMPANY"))
			.variable("first", 0)
			.execute();
		response.path("entities.edges").entityList(Object.class).hasSize(0);
		response.path("entities.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
		response.path("entities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("entities.pageInfo.endCursor").valueIsNull();
	}

}
