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
class RelationQueriesTests {

	private static final String STARGATE = "program:stargate";

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void relationsListsTheFundersOfStargateInIdOrder() {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-relations")
			.variable("kinds", List.of("FUNDS"))
			.variable("to", STARGATE)
			.execute();
		response.path("relations.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("relations.edges[*].node.from.id")
			.entityList(String.class)
			.containsExactly("program:ai-infrastructure-act-2025", "company:openai", "company:oracle",
					"company:softbank", "program:stargate-project-bonds", "program:softbank-vision-fund");
		response.path("relations.edges[3].node.id").entity(String.class).isEqualTo("claim:softbank-funds-stargate");
		response.path("relations.edges[3].node.amountUsd").entity(Double.class).isEqualTo(1.5e11);
		response.path("relations.edges[3].node.shareOfTarget").entity(Double.class).isEqualTo(0.3);
		response.path("relations.edges[3].node.instrument").entity(String.class).isEqualTo("equity");
		response.path("relations.edges[3].node.to.name").entity(String.class).isEqualTo("Stargate");
		response.path("relations.edges[3].node.sources[*].id")
			.entityList(String.class)
			.containsExactly("source:c9490bf9877dc2fc");
		response.path("relations.edges[3].node.sources[0].language").entity(String.class).isEqualTo("zh");
	}

	@Test
	void relationsBetweenTwoEntities() {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-relations")
			.variable("from", "company:dell")
			.variable("to", "company:oracle")
			.execute();
		response.path("relations.edges[*].node.id").entityList(String.class).containsExactly("claim:dell-supplies-oracle");
		response.path("relations.edges[0].node.kind").entity(String.class).isEqualTo("SUPPLIES");
		response.path("relations.edges[0].node.amountUsd").entity(Double.class).isEqualTo(1.8e9);
		response.path("relations.edges[0].node.status").entity(String.class).isEqualTo("COMMITTED");
		response.path("relations.edges[0].node.confidence").entity(Double.class).isEqualTo(0.45);
		response.path("relations.edges[0].node.scope")
			.entity(String.class)
			.isEqualTo("AI servers and custom compute clusters for Oracle's Texas data center");
		response.path("relations.edges[0].node.note").entity(String.class).isEqualTo("Unverified contract figure.");
		response.path("relations.edges[0].node.quote").entity(String.class).satisfies(quote -> assertThat(quote)
			.startsWith("戴尔科技集团透露"));
		response.path("relations.edges[0].node.properties.amountUsd").entity(Double.class).isEqualTo(1.8e9);
		response.path("relations.edges[0].node.properties.sources")
			.entityList(String.class)
			.containsExactly("source:c9490bf9877dc2fc");
	}

	@Test
	void relationsFiltersByStatus() {
		this.graphQlTester.documentName("catalog-relations")
			.variable("kinds", List.of("FUNDS"))
			.variable("to", STARGATE)
			.variable("status", List.of("COMMITTED"))
			.execute()
			.path("relations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("claim:openai-funds-stargate", "claim:oracle-funds-stargate",
					"claim:softbank-funds-stargate", "claim:vision-fund-funds-stargate");
	}

	@Test
	void relationsFiltersByMinConfidence() {
		this.graphQlTester.documentName("catalog-relations")
			.variable("kinds", List.of("FUNDS"))
			.variable("to", STARGATE)
			.variable("minConfidence", 0.4)
			.execute()
			.path("relations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("claim:oracle-funds-stargate", "claim:softbank-funds-stargate");
	}

	@Test
	void relationsPagesVisitEveryRelationOnce() {
		List<String> expected = List.copyOf(this.neo4j
			.query("MATCH (:Entity)-[r]->(:Entity) WHERE r.retractedAt IS NULL RETURN r.id AS id ORDER BY id")
			.fetchAs(String.class)
			.all());
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response response = this.graphQlTester.documentName("catalog-relations")
				.variable("first", 25)
				.variable("after", after)
				.execute();
			response.path("relations.totalCount").entity(Integer.class).isEqualTo(152);
			seen.addAll(response.path("relations.edges[*].node.id").entityList(String.class).get());
			more = response.path("relations.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("relations.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize(152).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
	}

	@Test
	void entityRelationsFollowDirection() {
		// V0021 retracted microsoft-partners-with-nvidia (hidden) and added Nvidia's membership of AIP
		assertThat(nvidiaRelations("OUT")).containsExactly("claim:nvidia-develops-ai-chips",
				"claim:nvidia-member-of-ai-infrastructure-partnership", "claim:nvidia-supplies-stargate",
				"claim:nvidia-supplies-stargate-forecast");
		assertThat(nvidiaRelations("IN")).isEmpty();
		assertThat(nvidiaRelations("BOTH")).containsExactly("claim:nvidia-develops-ai-chips",
				"claim:nvidia-member-of-ai-infrastructure-partnership", "claim:nvidia-supplies-stargate",
				"claim:nvidia-supplies-stargate-forecast");
	}

	@Test
	void entityRelationsAsOfLeaveOutClaimsNotYetValid() {
		GraphQlTester.Response before = this.graphQlTester.documentName("catalog-entity-relations")
			.variable("id", STARGATE)
			.variable("kinds", List.of("LEADS", "SUPPORTS"))
			.variable("asOf", "2025-01-20")
			.execute();
		before.path("entity.relations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("claim:morgan-stanley-supports-stargate", "claim:republican-party-supports-stargate");
		GraphQlTester.Response after = this.graphQlTester.documentName("catalog-entity-relations")
			.variable("id", STARGATE)
			.variable("kinds", List.of("LEADS", "SUPPORTS"))
			.variable("asOf", "2025-01-21")
			.execute();
		after.path("entity.relations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("claim:morgan-stanley-supports-stargate", "claim:openai-leads-stargate",
					"claim:oracle-leads-stargate", "claim:republican-party-supports-stargate",
					"claim:softbank-leads-stargate", "claim:white-house-announces-stargate");
	}

	@Test
	void entityRelationsCombineStatusAndMinConfidence() {
		this.graphQlTester.documentName("catalog-entity-relations")
			.variable("id", STARGATE)
			.variable("status", List.of("REPORTED"))
			.variable("minConfidence", 0.5)
			.execute()
			.path("entity.relations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("claim:openai-leads-stargate", "claim:oracle-leads-stargate",
					"claim:republican-party-supports-stargate", "claim:softbank-leads-stargate",
					"claim:stargate-focuses-on-ai-data-centers", "claim:stargate-located-in-us",
					"claim:white-house-announces-stargate");
	}

	@Test
	void entityRelationsPagesVisitEveryRelationOnce() {
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response response = this.graphQlTester.documentName("catalog-entity-relations")
				.variable("id", STARGATE)
				.variable("first", 8)
				.variable("after", after)
				.execute();
			response.path("entity.relations.totalCount").entity(Integer.class).isEqualTo(31);
			response.path("entity.relations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
			seen.addAll(response.path("entity.relations.edges[*].node.id").entityList(String.class).get());
			more = response.path("entity.relations.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("entity.relations.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize(31).doesNotHaveDuplicates().isSorted();
	}

	private List<String> nvidiaRelations(String direction) {
		return this.graphQlTester.documentName("catalog-entity-relations")
			.variable("id", "company:nvidia")
			.variable("direction", direction)
			.execute()
			.path("entity.relations.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
