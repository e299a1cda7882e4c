package org.ecograph.catalog;

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
 * A relation's assertions, corroboration and conflict on the seed: each seed claim states its one migrated
 * assertion, and the assertions of any number of relations come in one query.
 */
@SeededGraphTest
class RelationAssertionsTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	DriverQueryCounter driver;

	@Test
	void theAssertionsOfEveryRelationOfAPageTakeOneQuery() {
		String withAssertions = """
				{ entity(id: "program:stargate") { relations(first: 50) { edges { node {
				    id corroboration conflict assertions { id rank } } } } } }""";
		// the page read from the database (a quote, which memory does not hold), as the one with assertions is
		String without = """
				{ entity(id: "program:stargate") { relations(first: 50) { edges { node { id quote } } } } }""";
		long before = this.driver.queries();
		this.graphQlTester.document(without).execute();
		long plain = this.driver.queries() - before;
		before = this.driver.queries();
		List<Map<String, Object>> nodes = this.graphQlTester.document(withAssertions)
			.execute()
			.path("entity.relations.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(this.driver.queries() - before).isEqualTo(plain + 1);
		assertThat(nodes).hasSizeGreaterThan(5).allSatisfy(node -> {
			assertThat(node).containsEntry("corroboration", 1).containsEntry("conflict", "NONE");
			String slug = ((String) node.get("id")).substring("claim:".length());
			assertThat(node.get("assertions"))
				.isEqualTo(List.of(Map.of("id", "assertion:" + slug + "-origin", "rank", "NORMAL")));
		});
	}

	@Test
	void aSeedClaimsAssertionHoldsItsSourceQuoteAndFigures() {
		Map<String, Object> assertion = this.graphQlTester.document("""
				{ relation(id: "claim:softbank-funds-stargate") { assertions {
				    id source { id } attributedTo { id } citedDocument quote amountUsd amountKind amountBound
				    shareOfTarget status confidence rank } } }""")
			.execute()
			.path("relation.assertions[0]")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(assertion).containsEntry("id", "assertion:softbank-funds-stargate-origin")
			.containsEntry("source", Map.of("id", "source:c9490bf9877dc2fc"))
			.containsEntry("quote", "软银集团承诺出资1500亿美元,占比30%,主要是通过旗下愿景基金减持部分科技资产筹措")
			.containsEntry("amountUsd", 1.5e11)
			.containsEntry("amountKind", "FLOW")
			.containsEntry("amountBound", "EXACT")
			.containsEntry("shareOfTarget", 0.3)
			.containsEntry("status", "COMMITTED")
			.containsEntry("confidence", 0.4)
			.containsEntry("rank", "NORMAL");
		// 根据公开信息: the report cites unnamed public information, and names no party (V0031)
		assertThat(assertion.get("attributedTo")).isNull();
		assertThat(assertion.get("citedDocument")).isEqualTo("public information (公开信息), not named");
	}

	@Test
	void theSeedHasNoConflictingSources() {
		this.graphQlTester.document("{ consistency { conflicts { conflict relation { id } } } }")
			.execute()
			.path("consistency.conflicts")
			.entityList(Object.class)
			.hasSize(0);
	}

}
