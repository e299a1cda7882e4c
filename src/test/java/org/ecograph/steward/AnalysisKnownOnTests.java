package org.ecograph.steward;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.WritableGraphTest;
import org.ecograph.security.ApiTokenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.steward.StewardTesters.mapType;

/**
 * The analysis as known on a day ({@code knownOn} on {@code exposure}, {@code influencePaths}, {@code ranking},
 * {@code fundingSummary} and the scenario's questions; docs/analysis.md, "As known on a day"): every answer is
 * captured on the store as it is, then a steward corrects a figure, records a new claim, retracts one and merges two
 * entities; asked as known on the day before those writes, every answer equals, field for field, the one captured
 * before them, and asked on the day of the writes (or any later day) the current one.
 * <p>
 * The seed is recorded today (the loader stamps it at start), so the writes are moved to a day after today, as if made
 * then: the times they were stamped with (claims' {@code recordedAt} and {@code retractedAt}, the assertions' and
 * revisions' times, the judgement's) are set to that day. The analysis snapshot reads record days when it reads a
 * claim, so the merge comes last: it re-reads the claims at the merged entities after the new claim's time was moved.
 */
@WritableGraphTest
class AnalysisKnownOnTests {

	private static final String EXPOSURE = "analysis-known-on-exposure";

	private static final String PATHS = "analysis-known-on-influencePaths";

	private static final String RANKING = "analysis-known-on-ranking";

	private static final String FUNDING = "analysis-known-on-fundingSummary";

	private static final String SCENARIO = "analysis-known-on-scenario";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	Driver driver;

	private StewardTesters as;

	private String unique;

	private String source;

	private final Map<String, String> entities = new LinkedHashMap<>();

	private final Map<String, String> claims = new LinkedHashMap<>();

	@BeforeEach
	void fixtures() {
		this.as = new StewardTesters(this.mvc, this.json, this.tokens, this.driver);
		this.unique = Long.toString(System.nanoTime(), 36);
		this.source = "source:known-on-" + this.unique;
		ok(mutate("steward-addSource", Map.of("id", this.source, "title", "The report", "language", "en")),
				"addSource");
		for (String name : List.of("a", "b", "c", "d")) {
			entity(name, "company:known-on-" + name + "-" + this.unique);
		}
		entity("p", "program:known-on-p-" + this.unique);
		claim("a-p", "a", "p", 100e9, 0.6, Map.of("status", "COMMITTED", "confidence", 0.9));
		claim("b-p", "b", "p", 50e9, 0.3, Map.of());
		claim("d-b", "d", "b", 10e9, 0.5, Map.of());
		claim("c-p", "c", "p", 20e9, 0.1, Map.of());
		claim("c-a", "c", "a", 5e9, 0.2, Map.of());
	}

	@Test
	void everyAnswerAsKnownOnTheDayBeforeTheWritesIsTheAnswerBeforeThemAndOnTheirDayTheCurrentOne() {
		Map<String, Object> before = answers(null);

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate writesDay = today.plusDays(30);
		ZonedDateTime start = now();
		// a correction of a figure (amount, share, status), a new claim, a retraction
		ok(mutate("steward-upsertClaim", Map.of("id", this.claims.get("a-p"), "amountUsd", 80e9, "shareOfTarget", 0.4,
				"status", "REPORTED")), "upsertClaim");
		claim("d-a", "d", "a", 30e9, 0.25, Map.of());
		ok(mutate("steward-retractClaim", Map.of("id", this.claims.get("c-p"), "reason", "a misreading")),
				"retractClaim");
		moveTimes(start, now(), writesDay);
		// the merge, last: it re-reads every claim at a and b (see the class comment)
		ZonedDateTime merged = now();
		ok(this.as.steward.documentName("steward-judgeEntities")
			.variable("input", Map.of("left", this.entities.get("a"), "right", this.entities.get("b"), "verdict", "SAME",
					"reason", "one company"))
			.execute(), "judgeEntities");
		moveTimes(merged, now(), writesDay);

		Map<String, Object> current = answers(null);
		assertThat(current).as("the writes change every answer").allSatisfy((question, answer) -> {
			// funding of b reads b's own funding, which the merge does not move
			if (!question.equals("funding of b")) {
				assertThat(answer).as(question).isNotEqualTo(before.get(question));
			}
		});
		for (LocalDate day : List.of(today, writesDay.minusDays(1))) {
			Map<String, Object> then = answers(day);
			before.forEach((question, answer) -> assertThat(then.get(question)).as(question + " known on " + day)
				.isEqualTo(answer));
		}
		for (LocalDate day : List.of(writesDay, writesDay.plusDays(1), LocalDate.of(9999, 12, 31))) {
			Map<String, Object> then = answers(day);
			current.forEach((question, answer) -> assertThat(then.get(question)).as(question + " known on " + day)
				.isEqualTo(answer));
		}

		// A figure filter applies to the figures of the day: COMMITTED then, REPORTED since.
		assertThat(funders("p", today, List.of("COMMITTED"))).containsExactly(this.claims.get("a-p"));
		assertThat(funders("p", writesDay, List.of("COMMITTED"))).isEmpty();
		assertThat(funders("p", writesDay, List.of("REPORTED"))).containsExactly(this.claims.get("a-p"));

		// A scenario naming a relation recorded after the day is refused on that day, saying why.
		this.as.analyst.documentName(SCENARIO)
			.variable("input", Map.of("removeClaims", List.of(this.claims.get("d-a"))))
			.variable("entity", this.entities.get("p"))
			.variable("from", this.entities.get("d"))
			.variable("to", this.entities.get("p"))
			.variable("knownOn", today.toString())
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(e -> assertThat(e.getMessage()).contains("knownOn").contains(this.claims.get("d-a"))));
	}

	@Test
	void aDayBeforeAnythingWasRecordedHasNoRelationsAndADayOutsideTheCalendarIsRefused() {
		String longAgo = "2001-01-01";
		assertThat(ask(EXPOSURE, Map.of("entity", this.entities.get("p"), "knownOn", longAgo)).path("exposure")
			.entityList(Object.class)
			.get()).isEmpty();
		assertThat(ask(PATHS, Map.of("from", this.entities.get("d"), "to", this.entities.get("p"), "knownOn", longAgo))
			.path("influencePaths")
			.entityList(Object.class)
			.get()).isEmpty();
		Map<String, Object> funding = ask(FUNDING, Map.of("target", this.entities.get("p"), "knownOn", longAgo))
			.path("fundingSummary")
			.entity(mapType())
			.get();
		assertThat((List<?>) funding.get("funders")).isEmpty();
		// entities carry no record day: every one is ranked, and with no relation all rank alike
		List<Double> scores = ask(RANKING, Map.of("knownOn", longAgo)).path("ranking[*].score")
			.entityList(Double.class)
			.get();
		assertThat(scores).isNotEmpty().allSatisfy(s -> assertThat(s).isCloseTo(scores.get(0),
				org.assertj.core.data.Offset.offset(1e-12)));

		for (String day : List.of("10000-01-01", "0000-12-31", "2026-02-30")) {
			this.as.analyst.documentName(EXPOSURE)
				.variable("entity", this.entities.get("p"))
				.variable("knownOn", day)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getMessage()).contains("knownOn")));
		}
	}

	/** Every question of the test, by name, as asked with {@code knownOn} ({@code null}: without). */
	private Map<String, Object> answers(LocalDate knownOn) {
		Map<String, Object> answers = new LinkedHashMap<>();
		String p = this.entities.get("p");
		answers.put("exposure of p upstream", ask(EXPOSURE, with(knownOn, "entity", p, "direction", "UPSTREAM"))
			.path("exposure").entityList(mapType()).get());
		answers.put("exposure of d downstream", ask(EXPOSURE, with(knownOn, "entity", this.entities.get("d"),
				"direction", "DOWNSTREAM")).path("exposure").entityList(mapType()).get());
		answers.put("paths d to p", ask(PATHS, with(knownOn, "from", this.entities.get("d"), "to", p))
			.path("influencePaths").entityList(mapType()).get());
		answers.put("paths c to p", ask(PATHS, with(knownOn, "from", this.entities.get("c"), "to", p))
			.path("influencePaths").entityList(mapType()).get());
		answers.put("ranking", ask(RANKING, with(knownOn)).path("ranking").entityList(mapType()).get());
		answers.put("funding of p", ask(FUNDING, with(knownOn, "target", p)).path("fundingSummary")
			.entity(mapType()).get());
		answers.put("funding of b", ask(FUNDING, with(knownOn, "target", this.entities.get("b"))).path("fundingSummary")
			.entity(mapType()).get());
		answers.put("scenario without b-p", ask(SCENARIO, with(knownOn, "input",
				Map.of("removeClaims", List.of(this.claims.get("b-p"))), "entity", p, "from", this.entities.get("d"),
				"to", p)).path("scenario").entity(mapType()).get());
		return answers;
	}

	private GraphQlTester.Response ask(String document, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.as.analyst.documentName(document);
		for (Map.Entry<String, Object> v : variables.entrySet()) {
			request = request.variable(v.getKey(), v.getValue());
		}
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		return response;
	}

	private List<String> funders(String target, LocalDate knownOn, List<String> status) {
		return ask(FUNDING, Map.of("target", this.entities.get(target), "knownOn", knownOn.toString(), "status", status))
			.path("fundingSummary.funders[*].relation.id")
			.entityList(String.class)
			.get();
	}

	private static Map<String, Object> with(LocalDate knownOn, Object... pairs) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			variables.put((String) pairs[i], pairs[i + 1]);
		}
		if (knownOn != null) {
			variables.put("knownOn", knownOn.toString());
		}
		return variables;
	}

	private void entity(String name, String id) {
		ok(mutate("steward-upsertEntity", Map.of("id", id, "name", "Known On " + name.toUpperCase() + " " + this.unique)),
				"upsertEntity");
		this.entities.put(name, id);
	}

	private void claim(String name, String from, String to, double amount, double shareOfTarget,
			Map<String, Object> more) {
		String id = "claim:known-on-" + name + "-" + this.unique;
		Map<String, Object> input = new HashMap<>(Map.of("id", id, "kind", "FUNDS", "from", this.entities.get(from),
				"to", this.entities.get(to), "amountUsd", amount, "shareOfTarget", shareOfTarget, "quote",
				name + " says " + amount, "sources", List.of(this.source)));
		input.put("status", "PLANNED");
		input.putAll(more);
		ok(mutate("steward-upsertClaim", input), "upsertClaim");
		this.claims.put(name, id);
	}

	private GraphQlTester.Response mutate(String document, Map<String, Object> input) {
		return this.as.steward.documentName(document).variable("input", input).execute();
	}

	private static GraphQlTester.Response ok(GraphQlTester.Response response, String field) {
		response.path(field + ".userErrors").entityList(mapType()).hasSize(0);
		return response;
	}

	private void moveTimes(ZonedDateTime from, ZonedDateTime to, LocalDate day) {
		BackDating.moveTimes(this.driver, this.claims.values(), this.entities.values(), from, to, day);
	}

	private static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC);
	}

}
