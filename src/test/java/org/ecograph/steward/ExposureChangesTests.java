package org.ecograph.steward;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * The diff of an exposure between two days ({@code exposureChanges}; docs/analysis.md, "5c. What changed an
 * exposure") and the relations recorded and retracted in {@code knowledgeChanges}. The fixture is moved to a past day
 * (its times set there, as {@link AnalysisKnownOnTests} moves its writes); then, today, a steward corrects a figure on
 * a chain, records a new relation, retracts one and merges two entities. The diff between yesterday and today lists
 * exactly the counterparts whose exposure two plain {@code exposure(knownOn:)} answers, asked independently, say
 * differ, each with both answers as they gave them, and exactly the causes worked out by hand from the chains of
 * either day.
 * <p>
 * The writes are left on today (not moved to a later day): questions over the whole graph asked by other tests of the
 * same store (a ranking as known on today) then see them as they see every other write of today. Every fixture claim
 * is read again by the analysis snapshot after its times were moved (the writes touch a-p and c-p, the merge every
 * claim at a and b), so the snapshot holds their record day.
 */
@WritableGraphTest
class ExposureChangesTests {

	private static final String CHANGES = "analysis-exposureChanges";

	private static final String EXPOSURE = "analysis-known-on-exposure";

	private static final String KNOWLEDGE = "catalog-knowledgeChanges";

	/** The day the fixture is recorded on: long before the writes of today. */
	private static final LocalDate FIXTURE_DAY = LocalDate.of(2024, 6, 1);

	private static final List<String> FIGURES = List.of("directShare", "indirectShare", "totalShare", "shareKnown",
			"amountUsd", "pathCount");

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
		this.source = "source:exposure-changes-" + this.unique;
		ok(mutate("steward-addSource", Map.of("id", this.source, "title", "The report", "language", "en")),
				"addSource");
		for (String name : List.of("a", "b", "c", "d")) {
			entity(name, "company:exposure-changes-" + name + "-" + this.unique);
		}
		entity("p", "program:exposure-changes-p-" + this.unique);
		ZonedDateTime start = now();
		// p's upstream chains: p-a, p-b, p-c, p-b-d, p-a-c, p-c-a
		claim("a-p", "a", "p", 100e9, 0.6, Map.of("status", "COMMITTED", "confidence", 0.9));
		claim("b-p", "b", "p", 50e9, 0.3, Map.of());
		claim("d-b", "d", "b", 10e9, 0.5, Map.of());
		claim("c-p", "c", "p", 20e9, 0.1, Map.of());
		claim("c-a", "c", "a", 5e9, 0.2, Map.of());
		moveTimes(start, now(), FIXTURE_DAY);
	}

	@Test
	void theDiffListsExactlyTheCounterpartsThatChangedWithTheirAnswersOfEachDayAndTheirCauses() {
		LocalDate writesDay = LocalDate.now(ZoneOffset.UTC);
		LocalDate dayBefore = writesDay.minusDays(1);
		ok(mutate("steward-upsertClaim", Map.of("id", this.claims.get("a-p"), "amountUsd", 80e9, "shareOfTarget", 0.4,
				"status", "REPORTED")), "upsertClaim");
		claim("d-a", "d", "a", 30e9, 0.25, Map.of());
		ok(mutate("steward-retractClaim", Map.of("id", this.claims.get("c-p"), "reason", "a misreading")),
				"retractClaim");
		String judgement = ok(this.as.steward.documentName("steward-judgeEntities")
			.variable("input", Map.of("left", this.entities.get("a"), "right", this.entities.get("b"), "verdict", "SAME",
					"reason", "one company"))
			.execute(), "judgeEntities").path("judgeEntities.judgement.id").entity(String.class).get();

		String p = this.entities.get("p");
		List<Map<String, Object>> changes = sameAsTwoPlainAnswers(p, "UPSTREAM", dayBefore, writesDay);
		assertThat(changes).extracting(c -> id(c.get("counterpart"))).as("the writes change every counterpart of p")
			.containsExactlyInAnyOrder(this.entities.get("a"), this.entities.get("b"), this.entities.get("c"),
					this.entities.get("d"));
		// the other way round: who depends on d (b, and through b's merge into a, p; a and c through d-a)
		assertThat(sameAsTwoPlainAnswers(this.entities.get("d"), "DOWNSTREAM", dayBefore, writesDay)).isNotEmpty();

		// the causes, from the chains of either day (the class comment of the fixture lists the earlier day's; on the
		// later one b is a, c-p is gone and d-a is new: p-a over a-p or b-p, p-a-c, p-a-d over d-b or d-a)
		String ap = "ASSERTION_CHANGED " + this.claims.get("a-p");
		String cpRetracted = "CLAIM_RETRACTED " + this.claims.get("c-p");
		String same = "JUDGEMENT_MADE " + judgement;
		Map<String, List<String>> expected = Map.of(
				this.entities.get("a"), List.of(ap, cpRetracted, same),
				this.entities.get("b"), List.of(ap, same),
				this.entities.get("c"), List.of(ap, cpRetracted, same),
				this.entities.get("d"), List.of(ap, "CLAIM_RECORDED " + this.claims.get("d-a"),
						"ASSERTION_ADDED " + this.claims.get("d-a"), same));
		for (Map<String, Object> change : changes) {
			String counterpart = id(change.get("counterpart"));
			assertThat(list(change.get("causes")).stream().map(ExposureChangesTests::cause).toList())
				.as("causes of " + counterpart)
				.containsExactlyElementsOf(expected.get(counterpart));
			assertThat(list(change.get("causes"))).as("every cause names the steward's change of " + counterpart)
				.allSatisfy(c -> assertThat(c.get("change")).isNotNull());
		}

		// paged: the first one, and the count of all
		Map<String, Object> one = diff(p, "UPSTREAM", dayBefore, writesDay, 1);
		assertThat(one.get("totalCount")).isEqualTo(changes.size());
		assertThat(list(one.get("changes"))).extracting(c -> id(c.get("counterpart"))).containsExactly(id(changes.get(0).get("counterpart")));

		// the same day twice, or two days with nothing between them: nothing
		for (LocalDate day : List.of(dayBefore, writesDay)) {
			Map<String, Object> none = diff(p, "UPSTREAM", day, day, 50);
			assertThat(none.get("totalCount")).isEqualTo(0);
			assertThat(list(none.get("changes"))).isEmpty();
		}
		assertThat(list(diff(p, "UPSTREAM", writesDay, writesDay.plusDays(3), 50).get("changes"))).isEmpty();

		// knowledgeChanges lists the relations recorded and retracted, each with its steward change
		Map<String, Object> ofC = knowledge(dayBefore, writesDay, this.entities.get("c"));
		assertThat(edges(ofC)).as("c's relations: c-p retracted, c-a unchanged").extracting(ExposureChangesTests::cause)
			.containsExactly(cpRetracted);
		assertThat(edges(knowledge(dayBefore, writesDay, this.entities.get("d")))).extracting(ExposureChangesTests::cause)
			.containsExactly("CLAIM_RECORDED " + this.claims.get("d-a"), "ASSERTION_ADDED " + this.claims.get("d-a"));
		Map<String, Object> retraction = edges(ofC).stream()
			.filter(e -> "CLAIM_RETRACTED".equals(e.get("kind")))
			.findFirst()
			.orElseThrow();
		assertThat(retraction.get("subject")).isEqualTo(this.claims.get("c-p"));
		assertThat(retraction.get("before")).isNull();
		assertThat(retraction.get("after")).isNull();
		assertThat((String) retraction.get("change")).startsWith("change:");
		List<String> all = edges(knowledge(dayBefore, writesDay, null)).stream()
			.map(ExposureChangesTests::cause)
			.toList();
		assertThat(all).contains(cpRetracted, "CLAIM_RECORDED " + this.claims.get("d-a"));
		assertThat(all.indexOf("CLAIM_RECORDED " + this.claims.get("d-a")))
			.as("a relation's own change comes before its assertions'")
			.isLessThan(all.indexOf("ASSERTION_ADDED " + this.claims.get("d-a")));
		assertThat(all).as("the fixture's relations were recorded on another day")
			.doesNotContain("CLAIM_RECORDED " + this.claims.get("a-p"), "CLAIM_RECORDED " + this.claims.get("c-p"));
		assertThat(edges(knowledge(FIXTURE_DAY.minusDays(1), FIXTURE_DAY, this.entities.get("c"))))
			.extracting(ExposureChangesTests::cause)
			.as("the fixture's day: c's relations recorded")
			.containsExactly("CLAIM_RECORDED " + this.claims.get("c-a"), "ASSERTION_ADDED " + this.claims.get("c-a"),
					"CLAIM_RECORDED " + this.claims.get("c-p"), "ASSERTION_ADDED " + this.claims.get("c-p"));
	}

	@Test
	void badDaysAndUnknownEntitiesAreRefusedSayingWhy() {
		String p = this.entities.get("p");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(errors(Map.of("entity", p, "from", today.toString(), "to", today.minusDays(1).toString())))
			.singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("from").contains("is after to"));
		for (String day : List.of("10000-01-01", "2026-02-30")) {
			assertThat(errors(Map.of("entity", p, "from", day, "to", today.toString()))).isNotEmpty();
		}
		assertThat(errors(Map.of("entity", "company:no-such-" + this.unique, "from", today.toString(), "to",
				today.toString())))
			.singleElement()
			.satisfies(e -> assertThat(e.getMessage()).contains("company:no-such-" + this.unique));
	}

	private List<org.springframework.graphql.ResponseError> errors(Map<String, Object> variables) {
		List<org.springframework.graphql.ResponseError> errors = new ArrayList<>();
		GraphQlTester.Request<?> request = this.as.analyst.documentName(CHANGES);
		for (Map.Entry<String, Object> v : variables.entrySet()) {
			request = request.variable(v.getKey(), v.getValue());
		}
		request.execute().errors().satisfy(errors::addAll);
		return errors;
	}

	/**
	 * The diff of {@code entity}'s exposure between the two days, held to two plain {@code exposure(knownOn:)} answers
	 * asked independently: exactly the counterparts whose figures differ, in the documented order, each with both
	 * answers as they were given and their delta; returns the changes.
	 */
	private List<Map<String, Object>> sameAsTwoPlainAnswers(String entity, String direction, LocalDate from,
			LocalDate to) {
		Map<String, Map<String, Object>> plainBefore = plain(entity, direction, from);
		Map<String, Map<String, Object>> plainAfter = plain(entity, direction, to);
		Set<String> counterparts = new LinkedHashSet<>(plainBefore.keySet());
		counterparts.addAll(plainAfter.keySet());
		List<String> differ = counterparts.stream()
			.filter(id -> differ(plainBefore.get(id), plainAfter.get(id)))
			.sorted(Comparator.comparingDouble((String id) -> -Math.abs(total(plainAfter.get(id)) - total(plainBefore.get(id))))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		Map<String, Object> diff = diff(entity, direction, from, to, 50);
		assertThat(diff.get("totalCount")).isEqualTo(differ.size());
		assertThat(diff.get("complete")).isEqualTo(true);
		List<Map<String, Object>> changes = list(diff.get("changes"));
		assertThat(changes).extracting(c -> id(c.get("counterpart"))).containsExactlyElementsOf(differ);
		for (Map<String, Object> change : changes) {
			String counterpart = id(change.get("counterpart"));
			assertThat(change.get("before")).as("before of " + counterpart).isEqualTo(plainBefore.get(counterpart));
			assertThat(change.get("after")).as("after of " + counterpart).isEqualTo(plainAfter.get(counterpart));
			Map<String, Object> b = plainBefore.get(counterpart);
			Map<String, Object> a = plainAfter.get(counterpart);
			Object delta = b == null || a == null || b.get("totalShare") == null || a.get("totalShare") == null ? null
					: ((Number) a.get("totalShare")).doubleValue() - ((Number) b.get("totalShare")).doubleValue();
			if (delta == null) {
				assertThat(change.get("delta")).as("delta of " + counterpart).isNull();
			}
			else {
				assertThat(((Number) change.get("delta")).doubleValue()).as("delta of " + counterpart)
					.isCloseTo((Double) delta, org.assertj.core.data.Offset.offset(1e-12));
			}
			assertThat(change.get("causesComplete")).isEqualTo(true);
		}
		return changes;
	}

	private static String cause(Map<String, Object> change) {
		Map<String, Object> judgement = map(change.get("judgement"));
		if (judgement != null) {
			return change.get("kind") + " " + judgement.get("id");
		}
		return change.get("kind") + " " + id(change.get("relation"));
	}

	private static boolean differ(Map<String, Object> before, Map<String, Object> after) {
		if (before == null || after == null) {
			return before != after;
		}
		for (String figure : FIGURES) {
			Object x = before.get(figure);
			Object y = after.get(figure);
			if (x instanceof Number m && y instanceof Number n) {
				if (Math.abs(m.doubleValue() - n.doubleValue()) > 1e-12 * Math.max(1, Math.abs(m.doubleValue()))) {
					return true;
				}
			}
			else if (!Objects.equals(x, y)) {
				return true;
			}
		}
		return false;
	}

	private static double total(Map<String, Object> exposure) {
		return exposure == null || exposure.get("totalShare") == null ? 0
				: ((Number) exposure.get("totalShare")).doubleValue();
	}

	private Map<String, Map<String, Object>> plain(String entity, String direction, LocalDate day) {
		Map<String, Map<String, Object>> byCounterpart = new LinkedHashMap<>();
		GraphQlTester.Response response = this.as.analyst.documentName(EXPOSURE)
			.variable("entity", entity)
			.variable("direction", direction)
			.variable("knownOn", day.toString())
			.execute();
		response.errors().verify();
		response.path("exposure").entityList(mapType()).get().forEach(e -> byCounterpart.put(id(e.get("counterpart")), e));
		return byCounterpart;
	}

	private Map<String, Object> diff(String entity, String direction, LocalDate from, LocalDate to, int first) {
		GraphQlTester.Response response = this.as.analyst.documentName(CHANGES)
			.variable("entity", entity)
			.variable("direction", direction)
			.variable("from", from.toString())
			.variable("to", to.toString())
			.variable("first", first)
			.execute();
		response.errors().verify();
		return response.path("exposureChanges").entity(mapType()).get();
	}

	/** Every change between the two days (of one entity, or all when {@code null}), page after page, as one page. */
	private Map<String, Object> knowledge(LocalDate from, LocalDate to, String entity) {
		List<Object> edges = new ArrayList<>();
		String after = null;
		while (true) {
			Map<String, Object> variables = new HashMap<>(Map.of("from", from.toString(), "to", to.toString(), "first",
					100));
			if (entity != null) {
				variables.put("entity", entity);
			}
			if (after != null) {
				variables.put("after", after);
			}
			GraphQlTester.Request<?> request = this.as.analyst.documentName(KNOWLEDGE);
			for (Map.Entry<String, Object> v : variables.entrySet()) {
				request = request.variable(v.getKey(), v.getValue());
			}
			GraphQlTester.Response response = request.execute();
			response.errors().verify();
			Map<String, Object> page = response.path("knowledgeChanges").entity(mapType()).get();
			edges.addAll(list(page.get("edges")));
			Map<String, Object> info = map(page.get("pageInfo"));
			if (!Boolean.TRUE.equals(info.get("hasNextPage"))) {
				assertThat(((Number) page.get("totalCount")).intValue()).isEqualTo(edges.size());
				return Map.of("edges", edges);
			}
			after = (String) info.get("endCursor");
		}
	}

	private static List<Map<String, Object>> edges(Map<String, Object> connection) {
		return list(connection.get("edges")).stream().map(e -> map(e.get("node"))).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static String id(Object entity) {
		return entity == null ? null : (String) map(entity).get("id");
	}

	private void entity(String name, String id) {
		ok(mutate("steward-upsertEntity", Map.of("id", id, "name", "Exposure Changes " + name.toUpperCase() + " "
				+ this.unique)), "upsertEntity");
		this.entities.put(name, id);
	}

	private void claim(String name, String from, String to, double amount, double shareOfTarget,
			Map<String, Object> more) {
		String id = "claim:exposure-changes-" + name + "-" + this.unique;
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
