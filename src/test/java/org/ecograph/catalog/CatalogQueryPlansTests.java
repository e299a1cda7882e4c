package org.ecograph.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.ClaimPredicate;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
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

	@Autowired
	RelationCatalog relations;

	@Autowired
	DriverQueryCounter counter;

	static Stream<Arguments> queries() {
		ClaimPredicate where = ClaimPredicate.on("r", ClaimFilter.NONE);
		Map<String, Object> page = Parameters.with(where.parameters(), "after", "claim:a", "limit", 21, "from",
				"company:openai", "to", null);
		List<Arguments> queries = new ArrayList<>(List.of(
				Arguments.of("entity by id", EntityRepositoryImpl.BY_IDS, Map.of("ids", List.of("company:openai"))),
				Arguments.of("entities page", EntityRepositoryImpl.LIST_ALL,
						Parameters.of("afterName", "", "afterId", "", "labels", null, "limit", 21)),
				Arguments.of("entities page after a cursor, of some kinds", EntityRepositoryImpl.LIST_ALL,
						Parameters.of("afterName", "OpenAI", "afterId", "company:openai", "labels", List.of("Company"),
								"limit", 21)),
				Arguments.of("entities by name", EntityRepositoryImpl.LIST_MATCHING,
						Parameters.of("needle", "open", "afterName", "", "afterId", "", "labels", null, "limit", 21)),
				Arguments.of("entities by name, first page", EntityRepositoryImpl.LIST_MATCHING_FIRST,
						Parameters.of("needle", "open", "labels", null, "limit", 21)),
				Arguments.of("entities by name, counted", EntityRepositoryImpl.COUNT_MATCHING,
						Parameters.of("needle", "open", "labels", null)),
				Arguments.of("search", EntityRepositoryImpl.SEARCH,
						Parameters.of("query", "stargate", "labels", null, "first", 10)),
				Arguments.of("relations from an entity", RelationRepositoryImpl.from(where), page),
				Arguments.of("relations into an entity", RelationRepositoryImpl.to(where),
						Parameters.with(page, "to", "program:stargate")),
				Arguments.of("relations of the graph", RelationRepositoryImpl.everywhere(null, where), page),
				Arguments.of("relations of the graph, of one kind",
						RelationRepositoryImpl.everywhere(Set.of(RelationKind.FUNDS), where), page),
				Arguments.of("relations of many entities", RelationRepositoryImpl.ofEntities(where),
						Parameters.with(page, "ids", List.of("company:openai", "program:stargate"), "direction", "BOTH")),
				Arguments.of("relations of many entities, counted", RelationRepositoryImpl.countOfEntities(where),
						Parameters.with(page, "ids", List.of("company:openai"), "direction", "OUT")),
				Arguments.of("sources by id", SourceRepositoryImpl.BY_IDS, Map.of("ids", List.of("source:x"))),
				Arguments.of("sources page", SourceRepositoryImpl.LIST, Parameters.of("afterId", "", "limit", 21)),
				Arguments.of("sources page after a cursor", SourceRepositoryImpl.LIST,
						Parameters.of("afterId", "source:c9490bf9877dc2fc", "limit", 21))));
		ClaimPredicate knownOn = ClaimPredicate.on("r", ClaimFilter.NONE.withRecord(LocalDate.of(2026, 12, 1), true, false));
		Map<String, Object> knownOnPage = Parameters.with(knownOn.parameters(), "after", "", "limit", 21, "from",
				"company:openai", "to", null);
		queries.add(Arguments.of("relations of the graph, known on a day", RelationRepositoryImpl.everywhere(null, knownOn),
				knownOnPage));
		queries.add(Arguments.of("relations of many entities, known on a day", RelationRepositoryImpl.ofEntities(knownOn),
				Parameters.with(knownOnPage, "ids", List.of("program:ai-infrastructure-partnership"), "direction", "IN")));
		ClaimPredicate deferred = ClaimPredicate.asKnownOn("r", new ClaimFilter(null, Set.of(ClaimStatus.COMMITTED), 0.5, null,
				LocalDate.of(2026, 12, 1), true, false));
		Map<String, Object> deferredPage = Parameters.with(deferred.parameters(), "after", "", "limit", 21, "from",
				"company:openai", "to", null);
		queries.add(Arguments.of("relations from an entity, known on a day, by the day's figures",
				RelationRepositoryImpl.from(deferred), deferredPage));
		queries.add(Arguments.of("relations of many entities, known on a day, by the day's figures",
				RelationRepositoryImpl.ofEntities(deferred),
				Parameters.with(deferredPage, "ids", List.of("program:stargate"), "direction", "IN")));
		java.time.ZonedDateTime dayStart = LocalDate.of(2026, 12, 1).atStartOfDay(java.time.ZoneOffset.UTC);
		Map<String, Object> window = Map.of("from", dayStart, "to", dayStart.plusDays(1));
		queries.add(Arguments.of("assertions changed in a window", HistoryRepositoryImpl.ASSERTIONS_CHANGED, window));
		queries.add(Arguments.of("judgements changed in a window", HistoryRepositoryImpl.JUDGEMENTS_CHANGED, window));
		queries.add(Arguments.of("claims whose assertions changed since a day (the analysis as known on it)",
				HistoryRepositoryImpl.CLAIMS_CHANGED_SINCE, Map.of("from", dayStart)));
		Map<String, Object> claims = Map.of("claims", List.of("claim:softbank-funds-stargate"));
		queries.add(Arguments.of("assertions of claims", HistoryRepositoryImpl.ASSERTIONS_OF, claims));
		queries.add(Arguments.of("assertion revisions of claims", HistoryRepositoryImpl.ASSERTION_REVISIONS_OF, claims));
		Map<String, Object> ids = Map.of("ids", List.of("assertion:softbank-funds-stargate-origin"));
		queries.add(Arguments.of("assertions by id", HistoryRepositoryImpl.ASSERTIONS, ids));
		queries.add(Arguments.of("assertion revisions by id", HistoryRepositoryImpl.ASSERTION_REVISIONS, ids));
		queries.add(Arguments.of("judgements by id", HistoryRepositoryImpl.JUDGEMENTS, Map.of("ids", List.of("judgement:x"))));
		queries.add(Arguments.of("judgement revisions by id", HistoryRepositoryImpl.JUDGEMENT_REVISIONS,
				Map.of("ids", List.of("judgement:x"))));
		queries.add(Arguments.of("every judgement", HistoryRepositoryImpl.ALL_JUDGEMENTS, Map.of()));
		queries.add(Arguments.of("claims at an entity", HistoryRepositoryImpl.CLAIMS_AT, Map.of("id", "program:stargate")));
		queries.add(Arguments.of("every judgement revision", HistoryRepositoryImpl.ALL_JUDGEMENT_REVISIONS, Map.of()));
		queries.add(Arguments.of("entities as stored", EntityRepositoryImpl.STORED_BY_IDS,
				Map.of("ids", List.of("company:openai"))));
		queries.add(Arguments.of("relations of many entities, with their ends",
				RelationRepositoryImpl.ofEntitiesWithEnds(where),
				Parameters.with(page, "ids", List.of("company:openai", "program:stargate"), "direction", "BOTH")));
		return queries.stream();
	}

	/** The relations by id are the data layer's lookup: its statements as the catalog sends them. */
	@ParameterizedTest(name = "relation by id, {0}")
	@EnumSource(RelationKind.class)
	void relationByIdOfAKindIsServedByAnIndex(RelationKind kind) {
		DriverQueryCounter.Statement sent = lastStatementOf(
				() -> this.relations.findByIds(Map.of(kind, List.of("claim:x"))));
		isServedByAnIndex("relation by id, " + kind, sent.text(), sent.parameters());
	}

	@Test
	void relationByIdOfAnyKindIsServedByIndexes() {
		DriverQueryCounter.Statement sent = lastStatementOf(() -> this.relations.findByIds(List.of("claim:x")));
		isServedByAnIndex("relation by id, any kind", sent.text(), sent.parameters());
	}

	/** The one statement the operation sent (this thread's: the context's background work sends its own). */
	private DriverQueryCounter.Statement lastStatementOf(Runnable operation) {
		int before = this.counter.observedOnThisThread().size();
		operation.run();
		List<DriverQueryCounter.Statement> sent = this.counter.observedOnThisThread();
		assertThat(sent).hasSize(before + 1);
		return sent.get(before);
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
