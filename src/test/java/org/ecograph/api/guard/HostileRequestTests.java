package org.ecograph.api.guard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import org.ecograph.SeededGraphTest;
import org.ecograph.api.graphql.runtime.FragmentDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Requests a hostile client sends, each answered with a 4xx (or a GraphQL error) saying what was wrong and what is
 * allowed, never a 5xx, and none changing the graph.
 */
@SeededGraphTest
class HostileRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Autowired
	JsonMapper json;

	@Autowired
	ExpensiveOperationGate gate;

	private String before;

	@BeforeEach
	void fingerprint() {
		this.before = graphFingerprint();
	}

	@AfterEach
	void graphIsUnchanged() {
		assertThat(graphFingerprint()).isEqualTo(this.before);
	}

	@Test
	void refusesAWildcardContentType() throws Exception {
		Answer answer = send(post("/graphql").contentType("*/*").content(query("{ entity(id: \"company:dell\") { name } }")));
		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.message()).isEqualTo("Content-Type '*/*' is not supported: send the request as"
				+ " application/json (or application/graphql+json)");
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			text/plain                  | Content-Type 'text/plain' is not supported
			application/x-www-form-urlencoded | Content-Type 'application/x-www-form-urlencoded' is not supported
			application/xml             | Content-Type 'application/xml' is not supported
			not a media type            | Content-Type 'not a media type' is not supported""")
	void refusesOtherContentTypes(String contentType, String message) throws Exception {
		Answer answer = send(post("/graphql").contentType(contentType).content(query("{ __typename }")));
		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.message()).startsWith(message);
	}

	@Test
	void refusesAMissingContentType() throws Exception {
		Answer answer = send(post("/graphql").content(query("{ __typename }")));
		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.message()).startsWith("Content-Type is missing: send the request as application/json");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			null                         | The request body is JSON null, not an object
			[]                           | The request body is JSON array, not an object
			42                           | The request body is JSON number, not an object
			`"{ __typename }"`           | The request body is JSON string, not an object
			{}                           | The request has no query
			`{"query": null}`            | The request has no query
			`{"query": 5}`               | query must be a non-blank string holding the GraphQL document
			`{"query": "   "}`           | query must be a non-blank string holding the GraphQL document
			`{"query": "{ __typename }", "variables": []}` | variables must be a JSON object (names to values) or null, not array
			`{"query": "{ __typename }", "variables": "x"}` | variables must be a JSON object (names to values) or null, not string
			`{"query": "{ __typename }", "operationName": 3}` | operationName must be a string
			`{"query": "{ __typename }", "extensions": 1}` | extensions must be a JSON object (names to values) or null, not number
			`{"query": `                 | The request body is not valid UTF-8 JSON (line 1, column 11)""")
	void refusesBodiesThatAreNotAGraphQlRequest(String body, String message) throws Exception {
		Answer answer = send(json().content(body));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith(message);
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void refusesAnEmptyBody() throws Exception {
		Answer answer = send(json().content(new byte[0]));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith("The request body is empty: send a JSON object such as");
	}

	@Test
	void refusesBrokenUtf8() throws Exception {
		byte[] body = "{\"query\": \"{ search(text: \\\"xx\\\") { score } }\"}".getBytes(StandardCharsets.UTF_8);
		body[23] = (byte) 0xC3;
		body[24] = (byte) 0x28;
		Answer answer = send(json().content(body));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith("The request body is not valid UTF-8 JSON");
	}

	@Test
	void refusesJsonNestedThousandsDeep() throws Exception {
		String body = "{\"query\": \"{ __typename }\", \"variables\": {\"x\": " + "[".repeat(5000) + "]".repeat(5000)
				+ "}}";
		Answer answer = send(json().content(body));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith("The request body is not valid UTF-8 JSON").contains("nesting depth");
	}

	@Test
	void refusesABodyOfTenMebibytes() throws Exception {
		String padding = " ".repeat(10 * 1024 * 1024);
		Answer answer = send(json().content("{\"query\": \"{ __typename }\"" + padding + "}"));
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.message()).isEqualTo("The request body is " + (10 * 1024 * 1024 + 27) + " bytes: allowed at"
				+ " most 1048576 bytes (send a shorter document and fewer variables)");
	}

	@Test
	void refusesVariablesOverTheirLimit() throws Exception {
		String body = this.json.writeValueAsString(Map.of("query", "query($t: String!) { search(text: $t) { score } }",
				"variables", Map.of("t", "x".repeat(300 * 1024))));
		Answer answer = send(json().content(body));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).isEqualTo("variables are " + (300 * 1024 + 8) + " bytes of JSON: allowed at most"
				+ " 262144 bytes");
	}

	@Test
	void refusesAThousandAliasedRankingsBeforeRunningAny() throws Exception {
		Answer answer = send(json().content(query(aliases(1000, "ranking { score }"))));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).startsWith("query complexity ").contains("is out of range: allowed 1..5000")
			.contains("every alias counts again");
		assertThat(answer.body()).doesNotContainKey("data");
	}

	@Test
	void refusesAThousandAliasedSearches() throws Exception {
		Answer answer = send(json().content(query(aliases(1000, "search(text: \"stargate\") { score }"))));
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).startsWith("query complexity ");
	}

	@Test
	void refusesFiveHundredAliasedInfluencePaths() throws Exception {
		Answer answer = send(json().content(query(aliases(500,
				"influencePaths(from: \"company:softbank\", to: \"company:vertiv\") { hops strength }"))));
		assertThat(answer.message()).startsWith("query complexity ");
	}

	@Test
	void acceptsAFewAliasedRankings() throws Exception {
		Answer answer = send(json().content(query(aliases(3, "ranking(first: 5) { score entity { id } }"))));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).doesNotContainKey("errors");
		assertThat((Map<?, ?>) answer.body().get("data")).hasSize(3);
	}

	@Test
	void theStandardIntrospectionQueryStaysWithinTheComplexityBudget() throws Exception {
		Answer answer = send(json().content(query(IntrospectionQuery.INTROSPECTION_QUERY)));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(String.valueOf(answer.body().get("errors"))).doesNotContain("complexity");
	}

	@Test
	void answersBusyWhenEveryExpensiveSlotIsTaken() throws Exception {
		List<ExpensiveOperationGate.Permit> taken = IntStream.range(0, 8)
			.mapToObj(i -> this.gate.enter(ExpensiveOperationGate.Client.address("test:hog-" + i)))
			.toList();
		try {
			Answer busy = send(json().content(query("{ ranking(first: 3) { score } }")));
			assertThat(busy.status()).isEqualTo(200);
			assertThat(busy.classification()).isEqualTo("UNAVAILABLE");
			assertThat(busy.message()).startsWith("The server is busy: 8 expensive operations are running")
				.contains("Retry in a moment");
			assertThat(busy.retryAfter()).isEqualTo("2");

			Answer cheap = send(json().content(query("{ entity(id: \"company:dell\") { name } }")));
			assertThat(cheap.body()).doesNotContainKey("errors");
		}
		finally {
			taken.forEach(ExpensiveOperationGate.Permit::release);
		}
		assertThat(this.gate.available()).isEqualTo(8);
		Answer again = send(json().content(query("{ ranking(first: 3) { score } }")));
		assertThat(again.body()).doesNotContainKey("errors");
	}

	@Test
	void injectionInAnArgumentIsJustAnUnknownOrMalformedId() throws Exception {
		Answer answer = send(json().content(query("{ entity(id: \"company:x'}) DETACH DELETE n //\") { name } }")));
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).startsWith("id 'company:x'}) DETACH DELETE n //' is not an entity id");
	}

	@Test
	void refusesAThousandFragmentCycleAtValidation() throws Exception {
		Answer answer = send(json().content(query(FragmentDocuments.cycle(1000))));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).isEqualTo("Fragment F0 spreads itself: F0 -> F1 -> F2 -> F3 -> F4 -> ..."
				+ " (1000 fragments) -> F0. Fragments must not spread each other in a cycle");
		assertThat(answer.body()).doesNotContainKey("data");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			30 | 1073741823
			20 | 1048575""")
	void refusesAFieldCarryingFragmentExplosionBeforeValidatingIt(int levels, long fields) throws Exception {
		Answer answer = send(json().content(query(FragmentDocuments.explosion(levels))));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).isEqualTo("The document has " + fields + " fields once its fragments are expanded"
				+ " where they are spread: allowed at most 5000 (every spread of a fragment counts its fields again:"
				+ " spread fewer fragments, or fragments fewer times)");
		assertThat(answer.body()).doesNotContainKey("data");
	}

	@Test
	void refusesFourteenThousandTypenamesBeforeValidatingThem() throws Exception {
		Answer answer = send(json().content(query("{ " + "__typename ".repeat(14_000) + "}")));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).isEqualTo("The field `__typename` is selected 14000 times in one selection:"
				+ " allowed at most 50 (a field selected twice is answered once; give aliases to ask for distinct"
				+ " answers)");
	}

	@Test
	void refusesADocumentOverItsTokenBudget() throws Exception {
		Answer answer = send(json().content(query(aliases(6000, "__typename"))));
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.message()).isEqualTo("The document has over 15000 tokens (names, punctuation, values):"
				+ " allowed at most 15000 (send a shorter document)");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			`{"query": "{ __typename }"} {}`   | more follows the JSON object: send exactly one object
			`{"query": "{ __typename }"} 5`    | more follows the JSON object: send exactly one object
			`{"query": NaN}`                   | Non-standard token 'NaN': not JSON""")
	void anInvalidJsonBodyIsRefusedWithoutNamingAFrameworkClass(String body, String reason) throws Exception {
		Answer answer = send(json().content(body));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).startsWith("The request body is not valid UTF-8 JSON (line 1, column ")
			.contains("): " + reason + "; send a JSON object such as");
		assertThat(answer.message()).doesNotContain("jackson", "Feature", "JsonToken", "bound as", "`");
	}

	@Test
	void jsonNestedTooDeepIsRefusedWithoutNamingAFrameworkClass() throws Exception {
		Answer answer = send(json().content("{\"query\": " + "[".repeat(5000) + "]".repeat(5000) + "}"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).contains("nesting depth").doesNotContain("StreamReadConstraints", "`");
	}

	@ParameterizedTest
	@CsvSource({ "-0001-01-01", "+999999999-12-31", "+10000-01-01", "0000-12-31" })
	void refusesDatesOutsideTheYearsOneToNineThousandNineHundredNinetyNine(String day) throws Exception {
		Answer literal = send(json().content(query("{ relations(asOf: \"" + day + "\", first: 1) { totalCount } }")));
		assertThat(literal.status()).isEqualTo(200);
		assertThat(literal.message()).contains("Date '" + day + "' is outside the allowed range 0001-01-01..9999-12-31");
		assertThat(literal.body().get("data")).isNull();

		Answer variable = send(json().content(this.json.writeValueAsString(Map.of("query",
				"query($day: Date) { relations(asOf: $day, first: 1) { totalCount } }", "variables", Map.of("day", day)))));
		assertThat(variable.message()).contains("Date '" + day + "' is outside the allowed range 0001-01-01..9999-12-31");
		assertThat(variable.body().get("data")).isNull();
	}

	@Test
	void acceptsTheFirstAndLastDays() throws Exception {
		Answer answer = send(json().content(query("{ a: relations(from: \"company:dell\", asOf: \"0001-01-01\","
				+ " first: 1) { edges { cursor } } b: relations(from: \"company:dell\", asOf: \"9999-12-31\", first: 1)"
				+ " { edges { cursor } } }")));
		assertThat(answer.body()).doesNotContainKey("errors");
	}

	@Test
	void cheapRelationsNeverWaitBehindTheClientsExpensiveOperations() throws Exception {
		List<ExpensiveOperationGate.Permit> taken = IntStream.range(0, 4)
			.mapToObj(i -> this.gate.enter(ExpensiveOperationGate.Client.address("127.0.0.1")))
			.toList();
		try {
			for (String cheap : List.of("{ relations(from: \"company:dell\", first: 0) { edges { cursor } } }",
					"{ relations(from: \"company:dell\", first: null) { edges { cursor } } }",
					"{ entity(id: \"company:dell\") { name } }",
					"# ranking search subgraph\n{ relations(from: \"company:dell\", first: 0) { edges { cursor } } }")) {
				Answer answer = send(json().content(query(cheap)));
				assertThat(answer.body()).as(cheap).doesNotContainKey("errors");
			}
			Answer expensive = send(json().content(query("{ ranking(first: 3) { score } }")));
			assertThat(expensive.classification()).isEqualTo("UNAVAILABLE");
			assertThat(expensive.message()).startsWith("The server is busy: this client already runs 4 expensive"
					+ " operations").contains("the limit per address without a token");
			assertThat(expensive.retryAfter()).isEqualTo("2");
		}
		finally {
			taken.forEach(ExpensiveOperationGate.Permit::release);
		}
	}

	@Test
	void anExpensiveFieldInAFragmentTakesASlot() throws Exception {
		List<ExpensiveOperationGate.Permit> taken = IntStream.range(0, 4)
			.mapToObj(i -> this.gate.enter(ExpensiveOperationGate.Client.address("127.0.0.1")))
			.toList();
		try {
			Answer answer = send(json().content(query("{ ...R } fragment R on Query { ranking(first: 3) { score } }")));
			assertThat(answer.classification()).isEqualTo("UNAVAILABLE");
		}
		finally {
			taken.forEach(ExpensiveOperationGate.Permit::release);
		}
	}

	private static MockHttpServletRequestBuilder json() {
		return post("/graphql").contentType(MediaType.APPLICATION_JSON);
	}

	private String query(String document) {
		return this.json.writeValueAsString(Map.of("query", document));
	}

	private static String aliases(int count, String field) {
		return IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
	}

	private Answer send(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = this.mvc.perform(asyncDispatch(result)).andReturn();
		}
		String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		@SuppressWarnings("unchecked")
		Map<String, Object> body = this.json.readValue(text, Map.class);
		return new Answer(result.getResponse().getStatus(), body, result.getResponse().getHeader("Retry-After"));
	}

	private String graphFingerprint() {
		return this.driver.executableQuery("""
				MATCH (n) WITH count(n) AS nodes
				OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS relationships
				OPTIONAL MATCH (v:GraphVersion) RETURN nodes, relationships, v.version AS version""")
			.execute()
			.records()
			.get(0)
			.asMap()
			.toString();
	}

	record Answer(int status, Map<String, Object> body, String retryAfter) {

		@SuppressWarnings("unchecked")
		Map<String, Object> firstError() {
			List<Map<String, Object>> errors = (List<Map<String, Object>>) this.body.get("errors");
			assertThat(errors).as("errors of %s", this.body).isNotEmpty();
			return errors.get(0);
		}

		String message() {
			return (String) firstError().get("message");
		}

		@SuppressWarnings("unchecked")
		String classification() {
			return (String) ((Map<String, Object>) firstError().get("extensions")).get("classification");
		}

	}

}
