package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertSingleError;
import static org.ecograph.api.graphql.AnalysisTestSupport.ids;
import static org.ecograph.api.graphql.AnalysisTestSupport.list;
import static org.ecograph.api.graphql.AnalysisTestSupport.map;

/** Measures, amount kinds, memberships and the inferred filter through the API, against the seed. */
@SeededGraphTest
class MeasureQueriesTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void listsStargatesPlannedCapacityWithUnitsStatesAndWhole() {
		List<Map<String, Object>> measures = measures("program:stargate", "planned-capacity", null);
		assertThat(measures).extracting(m -> m.get("id"), m -> m.get("figure"), m -> m.get("unit"), m -> m.get("status"))
			.containsExactly(tuple("measure:stargate-ohio-texas-capacity", "1.5 GW", "GW", "PLANNED"),
					tuple("measure:stargate-oracle-sites-capacity", "4.5 GW", "GW", "PLANNED"),
					tuple("measure:stargate-total-capacity", "about 7 GW", "GW", "PLANNED"));
		Map<String, Object> ohioTexas = measures.get(0);
		assertThat(ids(ohioTexas.get("places"))).containsExactly("state:us-oh", "state:us-tx");
		assertThat(map(ohioTexas.get("partOf"))).containsEntry("id", "measure:stargate-total-capacity")
			.containsEntry("value", 7.0);
		assertThat(ohioTexas.get("quote")).isEqualTo("其中俄亥俄州与得克萨斯州的两座数据中心将在18个月内实现1.5千兆瓦容量投产");
		assertThat(ohioTexas.get("period")).isEqualTo("within 18 months");
		assertThat(map(ohioTexas.get("entity"))).containsEntry("id", "program:stargate");
		assertThat(ids(ohioTexas.get("sources"))).containsExactly("source:c9490bf9877dc2fc");
	}

	@Test
	void leavesInferredFiguresOutWhenAsked() {
		assertThat(measures("program:stargate", "annual-energy-use", null)).extracting(m -> m.get("id"), m -> m.get("inferred"))
			.containsExactly(tuple("measure:stargate-new-electricity-demand", true));
		assertThat(measures("program:stargate", "annual-energy-use", false)).isEmpty();
	}

	@Test
	void givesRelationsTheirFiguresAmountKindAndInference() {
		List<Map<String, Object>> relations = relations(this.graphQlTester.documentName("measures-relations")
			.variable("from", "company:openai")
			.variable("to", "dataset:federal-fusion-experiment-data"));
		assertThat(relations).singleElement().satisfies(r -> {
			assertThat(r.get("amountKind")).isNull();
			assertThat(r.get("inferred")).isEqualTo(false);
			assertThat(list(r.get("measures"))).extracting(m -> m.get("figure"), m -> m.get("period"))
				.containsExactly(tuple("48 hours", "with the dedicated model"),
						tuple("3 months", "before the dedicated model"));
		});
		List<Map<String, Object>> announcement = relations(this.graphQlTester.documentName("measures-relations")
			.variable("from", "agency:white-house")
			.variable("to", "program:stargate"));
		assertThat(announcement).extracting(r -> r.get("amountUsd"), r -> r.get("amountKind"))
			.containsExactly(tuple(500e9, "SIZE"));
		List<Map<String, Object>> funding = relations(this.graphQlTester.documentName("measures-relations")
			.variable("from", "company:softbank")
			.variable("to", "program:stargate")
			.variable("kinds", List.of("FUNDS")));
		assertThat(funding).extracting(r -> r.get("amountKind")).containsExactly("FLOW");
	}

	@Test
	void listsTheMembersOfThePartnershipAndHidesTheRetractedPairwiseClaims() {
		List<Map<String, Object>> members = relations(this.graphQlTester.documentName("measures-relations")
			.variable("to", "program:ai-infrastructure-partnership")
			.variable("kinds", List.of("MEMBER_OF")));
		assertThat(members).extracting(r -> map(r.get("from")).get("id"), r -> r.get("role"))
			.containsExactly(tuple("company:blackrock", "founding member"), tuple("company:microsoft", "founding member"),
					tuple("company:nvidia", "founding member"), tuple("company:xai", "founding member"));
		List<Map<String, Object>> partners = relations(this.graphQlTester.documentName("measures-relations")
			.variable("from", "company:microsoft")
			.variable("kinds", List.of("PARTNERS_WITH")));
		assertThat(partners).extracting(r -> map(r.get("to")).get("id")).containsExactly("company:nextera-energy");
	}

	@Test
	void leavesInferredRelationsOutWhenAsked() {
		GraphQlTester.Request<?> democrats = this.graphQlTester.documentName("catalog-entity-relations-inferred")
			.variable("id", "agency:democratic-party");
		democrats.execute().path("entity.relations.totalCount").entity(Integer.class).isEqualTo(4);
		democrats.variable("includeInferred", false)
			.execute()
			.path("entity.relations.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.graphQlTester.documentName("measures-relations")
			.variable("kinds", List.of("SUPPLIES"))
			.variable("includeInferred", false)
			.execute()
			.path("relations.totalCount")
			.entity(Integer.class)
			.isEqualTo(19 - 9);
	}

	@Test
	void sumsPlannedCapacityByTheStatesGivenTogetherWithoutSplittingAFigure() {
		List<Map<String, Object>> groups = groups(summary("planned-capacity", "STATE"));
		assertThat(groups).extracting(g -> ids(g.get("key")), g -> g.get("total"), g -> g.get("bound"))
			.containsExactly(tuple(List.of("state:us"), 7.0, "APPROXIMATE"),
					tuple(List.of("state:us-nm", "state:us-tx"), 4.5, "EXACT"),
					tuple(List.of("state:us-oh", "state:us-tx"), 1.5, "EXACT"));
		assertThat(groups.get(2).get("note")).isEqualTo("1.5 GW (measure:stargate-ohio-texas-capacity) is part of "
				+ "measure:stargate-total-capacity, which belongs to another group.");
	}

	@Test
	void countsStargatesDataCentersOnceByProgram() {
		List<Map<String, Object>> groups = groups(summary("data-center-count", "PROGRAM"));
		assertThat(groups).singleElement().satisfies(g -> {
			assertThat(ids(g.get("key"))).containsExactly("program:stargate");
			assertThat(g.get("total")).isEqualTo(5.0);
			assertThat(g.get("unit")).isEqualTo("COUNT");
			assertThat(ids(g.get("measures"))).containsExactly("measure:stargate-new-data-centers",
					"measure:stargate-oracle-data-centers", "measure:stargate-ohio-texas-data-centers");
			assertThat(ids(g.get("counted"))).containsExactly("measure:stargate-new-data-centers");
		});
	}

	@Test
	void givesALowerBoundForPlannedWindAndSolarAndSaysWhenNoFigureHasAMetric() {
		assertThat(groups(summary("planned-generation-capacity", "STATE")))
			.extracting(g -> ids(g.get("key")), g -> g.get("total"), g -> g.get("bound"))
			.containsExactly(tuple(List.of("state:us-nm", "state:us-tx"), 20.0, "AT_LEAST"));
		Map<String, Object> none = summary("no-such-metric", "STATE");
		assertThat(groups(none)).isEmpty();
		assertThat((String) none.get("note")).startsWith("No measure has the metric 'no-such-metric'; known metrics: ")
			.contains("planned-capacity");
	}

	@Test
	void listsTheMetricsWithTheirUnits() {
		List<Map<String, Object>> metrics = this.graphQlTester.documentName("measures-metrics")
			.execute()
			.path("measureMetrics")
			.entityList(Object.class)
			.get()
			.stream()
			.map(AnalysisTestSupport::map)
			.toList();
		assertThat(metrics).extracting(m -> m.get("metric")).contains("planned-capacity", "market-share");
		assertThat(metrics.stream().mapToInt(m -> (Integer) m.get("count")).sum()).isEqualTo(74);
		assertThat(metrics).filteredOn(m -> m.get("metric").equals("fusion-simulation-time"))
			.extracting(m -> m.get("units"))
			.containsExactly(List.of("HOURS", "MONTHS"));
	}

	@Test
	void rejectsAMetricThatIsNotASlug() {
		assertSingleError(this.graphQlTester.documentName("measures-summary").variable("metric", "Planned Capacity"),
				ErrorType.BAD_REQUEST, "metric 'Planned Capacity' is not a metric name: expected lowercase letters, "
						+ "digits and single hyphens (at most 100 characters), e.g. planned-capacity; measureMetrics "
						+ "lists the metrics the graph holds");
	}

	private List<Map<String, Object>> measures(String id, String metric, Boolean includeInferred) {
		GraphQlTester.Request<?> request = this.graphQlTester.documentName("measures-entity")
			.variable("id", id)
			.variable("metric", metric);
		if (includeInferred != null) {
			request = request.variable("includeInferred", includeInferred);
		}
		return request.execute().path("entity.measures").entityList(Object.class).get().stream()
			.map(AnalysisTestSupport::map)
			.toList();
	}

	private static List<Map<String, Object>> relations(GraphQlTester.Request<?> request) {
		return request.execute().path("relations.edges[*].node").entityList(Object.class).get().stream()
			.map(AnalysisTestSupport::map)
			.toList();
	}

	private Map<String, Object> summary(String metric, String groupBy) {
		return map(this.graphQlTester.documentName("measures-summary")
			.variable("metric", metric)
			.variable("groupBy", groupBy)
			.execute()
			.path("measureSummary")
			.entity(Object.class)
			.get());
	}

	private static List<Map<String, Object>> groups(Map<String, Object> summary) {
		return list(summary.get("groups"));
	}

}
