package org.ecograph.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.model.Entity;
import org.ecograph.model.Measure;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The measure catalog's grouping by program on the seeded graph. */
@SeededGraphTest
class MeasureCatalogTests {

	/**
	 * The oracle: the program each measure is about, by the rule the summary follows (its subject if that is a
	 * program, else the target of the claim it is about if that is one, else the claim's source if that is one),
	 * written as one plain query that scans every relationship.
	 */
	private static final String PROGRAMS = """
			MATCH (m:Measure)
			OPTIONAL MATCH (e:Entity {id: m.subject})
			OPTIONAL MATCH (a:Entity)-[r]->(b:Entity) WHERE e IS NULL AND r.id = m.subject
			RETURN m.id AS id, m.metric AS metric,
			       CASE WHEN e:Program THEN e.id WHEN b:Program THEN b.id WHEN a:Program THEN a.id END AS program""";

	@Autowired
	MeasureCatalog measures;

	@Autowired
	Driver driver;

	@Autowired
	DriverQueryCounter counter;

	@Test
	void groupsFiguresAboutClaimsByTheProgramAtEitherEnd() {
		assertThat(keys("data-center-utilisation")).containsExactly(
				tuple("measure:microsoft-aip-data-center-utilisation", List.of("program:ai-infrastructure-partnership")));
		assertThat(keys("forecast-accuracy-improvement")).containsExactly(
				tuple("measure:azure-weather-model-accuracy-gain", List.of("program:azure-openai-service")));
		assertThat(keys("contract-term")).containsExactlyInAnyOrder(
				tuple("measure:oracle-amazon-compute-contract-term", List.of()),
				tuple("measure:oracle-meta-compute-contract-term", List.of()));
	}

	@Test
	void groupsEveryFigureOfTheSeedByTheProgramTheOracleFinds() {
		Map<String, Map<String, List<String>>> expected = new TreeMap<>();
		this.driver.executableQuery(PROGRAMS).execute().records().forEach(record -> {
			String program = record.get("program").asString(null);
			expected.computeIfAbsent(record.get("metric").asString(), m -> new TreeMap<>())
				.put(record.get("id").asString(), program == null ? List.of() : List.of(program));
		});
		assertThat(expected).isNotEmpty();

		expected.forEach((metric, programs) -> {
			Map<String, List<String>> found = new TreeMap<>();
			this.measures.summary(metric, MeasureGrouping.PROGRAM, null, true).groups().forEach(group -> group
				.measures()
				.forEach(m -> found.put(m.id(), group.key().stream().map(Entity::id).toList())));
			assertThat(found).as(metric).isEqualTo(programs);
		});
	}

	@Test
	void aSummaryByProgramOfFiguresAboutClaimsTakesThreeQueries() {
		long before = this.counter.queries();
		this.measures.summary("contract-term", MeasureGrouping.PROGRAM, null, true);
		assertThat(this.counter.queries() - before).isEqualTo(3);
	}

	private List<org.assertj.core.groups.Tuple> keys(String metric) {
		Map<String, List<String>> keys = new HashMap<>();
		this.measures.summary(metric, MeasureGrouping.PROGRAM, null, true).groups().forEach(group -> {
			List<String> ids = group.key().stream().map(Entity::id).toList();
			group.measures().stream().map(Measure::id).forEach(id -> keys.put(id, ids));
		});
		return keys.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue())).toList();
	}

}
