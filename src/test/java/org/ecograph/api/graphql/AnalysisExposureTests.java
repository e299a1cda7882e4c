package org.ecograph.api.graphql;

import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertClose;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertSingleError;
import static org.ecograph.api.graphql.AnalysisTestSupport.ids;
import static org.ecograph.api.graphql.AnalysisTestSupport.list;

/** Exposure over the seed; the expected shares are the seed's figures multiplied by hand (docs/analysis.md). */
@SeededGraphTest
class AnalysisExposureTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void exposesNvidiaUpstreamToStargateAndThroughItToStargatesFunders() {
		List<Map<String, Object>> exposures = exposures(exposure("company:nvidia"));
		assertThat(exposures).extracting(e -> AnalysisTestSupport.map(e.get("counterpart")).get("id"))
			.startsWith("program:stargate", "company:vertiv", "program:stargate-project-bonds", "company:softbank",
					"company:oracle", "company:openai", "program:ai-inclusion");
		Map<String, Object> stargate = exposures.get(0);
		assertClose(stargate.get("directShare"), 0.122);
		assertThat(stargate.get("indirectShare")).isNull();
		assertClose(stargate.get("totalShare"), 0.122);
		// the 20 billion USD forecast of chip orders has no share: the total is a lower bound
		assertThat(stargate.get("shareKnown")).isEqualTo(false);
		assertClose(stargate.get("amountUsd"), 23.5e9);
		Map<String, Object> softBank = exposures.get(3);
		assertThat(softBank.get("directShare")).isNull();
		assertClose(softBank.get("indirectShare"), 0.122 * 0.3);
		assertClose(softBank.get("totalShare"), 0.122 * 0.3);
		assertClose(exposures.get(1).get("totalShare"), 0.122 * 0.4);
		assertClose(exposures.get(4).get("totalShare"), 0.122 * 0.2);
		assertClose(exposures.get(5).get("totalShare"), 0.122 * 0.1);
		assertClose(exposures.get(6).get("totalShare"), 0.122 * 0.05);
		assertThat(exposures.subList(7, exposures.size())).allSatisfy(e -> {
			assertThat(e.get("totalShare")).isNull();
			assertThat(e.get("shareKnown")).isEqualTo(false);
		});
	}

	@Test
	void listsTheRoutesOfAnExposureWithTheirFigures() {
		Map<String, Object> softBank = exposures(exposure("company:nvidia").variable("maxPaths", 1)).get(3);
		Map<String, Object> route = list(softBank.get("paths")).get(0);
		assertThat(ids(route.get("nodes"))).containsExactly("company:nvidia", "program:stargate", "company:softbank");
		assertThat(list(route.get("steps"))).extracting(s -> s.get("explanation"))
			.containsExactly("Nvidia supplies Stargate: 3.5 billion USD, 12.2% of Nvidia's relevant total",
					"SoftBank Group funds Stargate: 150 billion USD, 30% of its funding");
		assertThat(list(route.get("steps"))).extracting(s -> s.get("forward")).containsExactly(true, false);
	}

	@Test
	void knowsTheWholeShareWhenEveryLinkHasOne() {
		// among REPORTED supply and membership claims within one hop Nvidia only supplies Stargate (12.2%) and is a
		// member of AIP (no share); the pairwise Microsoft partnership this test used was retracted in V0021
		List<Map<String, Object>> exposures = exposures(exposure("company:nvidia").variable("maxHops", 1)
			.variable("status", List.of("REPORTED"))
			.variable("kinds", List.of("SUPPLIES", "MEMBER_OF")));
		assertThat(exposures).extracting(e -> AnalysisTestSupport.map(e.get("counterpart")).get("id"))
			.containsExactly("program:stargate", "program:ai-infrastructure-partnership");
		assertClose(exposures.get(0).get("totalShare"), 0.122);
		assertThat(exposures.get(0).get("shareKnown")).isEqualTo(true);
		assertClose(exposures.get(0).get("amountUsd"), 3.5e9);
		assertThat(exposures.get(1).get("directShare")).isNull();
		assertThat(exposures.get(1).get("totalShare")).isNull();
		assertThat(exposures.get(1).get("shareKnown")).isEqualTo(false);
	}

	@Test
	void listsWhoDependsOnStargateDirectlyOrThroughTheirCustomers() {
		List<Map<String, Object>> exposures = exposures(exposure("program:stargate").variable("direction", "DOWNSTREAM")
			.variable("maxHops", 2)
			.variable("kinds", List.of("SUPPLIES")));
		// Nvidia's share is known; the others' are not: the direct suppliers come before those two steps away
		// (Stargate's suppliers' suppliers), each group by id.
		assertThat(exposures).extracting(e -> AnalysisTestSupport.map(e.get("counterpart")).get("id"))
			.containsExactly("company:nvidia", "company:oracle", "company:vertiv", "program:genesis-mission",
					"technology:renewable-energy", "company:amazon", "company:dell", "company:meta");
		assertClose(exposures.get(0).get("directShare"), 0.122);
		assertClose(exposures.get(0).get("amountUsd"), 23.5e9);
		assertThat(exposures.get(0).get("shareKnown")).isEqualTo(false);
	}

	@Test
	void limitsTheNumberOfCounterparts() {
		assertThat(exposures(exposure("company:nvidia").variable("first", 2)))
			.extracting(e -> AnalysisTestSupport.map(e.get("counterpart")).get("id"))
			.containsExactly("program:stargate", "company:vertiv");
	}

	@Test
	void rejectsMaxHopsOverLimit() {
		assertSingleError(exposure("company:nvidia").variable("maxHops", 7), ErrorType.BAD_REQUEST,
				"maxHops 7 is out of range: allowed 1..6");
	}

	@Test
	void rejectsFirstOverLimit() {
		assertSingleError(exposure("company:nvidia").variable("first", 101), ErrorType.BAD_REQUEST,
				"first 101 is out of range: allowed 1..100");
	}

	@Test
	void rejectsUnknownEntity() {
		assertSingleError(exposure("company:nope"), ErrorType.NOT_FOUND, "No entity with id company:nope");
	}

	private GraphQlTester.Request<?> exposure(String entity) {
		return this.graphQlTester.documentName("analysis-exposure").variable("entity", entity);
	}

	private static List<Map<String, Object>> exposures(GraphQlTester.Request<?> request) {
		return request.execute().path("exposure").entityList(Object.class).get().stream()
			.map(AnalysisTestSupport::map)
			.toList();
	}

}
