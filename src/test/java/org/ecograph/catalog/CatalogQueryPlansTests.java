package org.ecograph.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.ecograph.SeededGraphTest;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalog query is served by an index: its {@code EXPLAIN} plan, under the production schema and with the
 * parameters it is sent, has no operator that scans all nodes, all nodes of a label or all relationships of a type.
 * So a page, a lookup or a name filter costs what it returns, not the size of the graph.
 */
@SeededGraphTest
class CatalogQueryPlansTests {

	private static final Set<String> SCANS = Set.of("AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan",
			"IntersectionNodeByLabelsScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
			"DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan", "DirectedUnionRelationshipTypesScan",
			"UndirectedUnionRelationshipTypesScan");

	@Autowired
	Driver driver;

	static Stream<Arguments> queries() {
		Map<String, Object> filter = ClaimFilter.NONE.parameters();
		Map<String, Object> page = Parameters.with(filter, "after", "claim:a", "limit", 21, "from", "company:openai",
				"to", null);
		List<Arguments> queries = new ArrayList<>(List.of(
				Arguments.of("entity by id", EntityCatalog.BY_IDS, Map.of("ids", List.of("company:openai"))),
				Arguments.of("entities page", EntityCatalog.LIST_ALL,
						Parameters.of("afterName", "", "afterId", "", "labels", null, "limit", 21)),
				Arguments.of("entities page after a cursor, of some kinds", EntityCatalog.LIST_ALL,
						Parameters.of("afterName", "OpenAI", "afterId", "company:openai", "labels", List.of("Company"),
								"limit", 21)),
				Arguments.of("entities by name", EntityCatalog.LIST_MATCHING,
						Parameters.of("needle", "open", "afterName", "", "afterId", "", "labels", null, "limit", 21)),
				Arguments.of("entities by name, first page", EntityCatalog.LIST_MATCHING_FIRST,
						Parameters.of("needle", "open", "labels", null, "limit", 21)),
				Arguments.of("entities by name, counted", EntityCatalog.COUNT_MATCHING,
						Parameters.of("needle", "open", "labels", null)),
				Arguments.of("search", EntityCatalog.SEARCH,
						Parameters.of("query", "stargate", "labels", null, "first", 10)),
				Arguments.of("relations from an entity", RelationCatalog.FROM, page),
				Arguments.of("relations into an entity", RelationCatalog.TO,
						Parameters.with(page, "to", "program:stargate")),
				Arguments.of("relations of the graph", RelationCatalog.everywhere(null), page),
				Arguments.of("relations of the graph, of one kind", RelationCatalog.everywhere(Set.of(RelationKind.FUNDS)),
						page),
				Arguments.of("relations of many entities", RelationCatalog.OF_ENTITIES,
						Parameters.with(page, "ids", List.of("company:openai", "program:stargate"), "direction", "BOTH")),
				Arguments.of("relations of many entities, counted", RelationCatalog.COUNT_OF_ENTITIES,
						Parameters.with(page, "ids", List.of("company:openai"), "direction", "OUT"))));
		for (RelationKind kind : RelationKind.values()) {
			queries.add(Arguments.of("relation by id, " + kind, RelationCatalog.BY_ID.get(kind),
					Map.of("ids", List.of("claim:x"))));
		}
		queries.add(Arguments.of("relations of many entities, with their ends", RelationCatalog.OF_ENTITIES_WITH_ENDS,
				Parameters.with(page, "ids", List.of("company:openai", "program:stargate"), "direction", "BOTH")));
		return queries.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void isServedByAnIndex(String name, String query, Map<String, Object> parameters) {
		Plan plan = this.driver.executableQuery("EXPLAIN " + query).withParameters(parameters).execute().summary().plan();

		List<String> operators = new ArrayList<>();
		collect(plan, operators);
		assertThat(operators).as(String.join(" <- ", operators)).noneMatch(op -> SCANS.contains(op.replaceAll("@.*", "")));
		assertThat(operators).as("some index is used").anyMatch(op -> op.contains("Index") || op.contains("ByElementId")
				|| op.contains("ProcedureCall"));
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach(child -> collect(child, operators));
	}

}
