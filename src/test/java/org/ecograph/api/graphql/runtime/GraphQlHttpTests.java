package org.ecograph.api.graphql.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import graphql.execution.instrumentation.Instrumentation;
import org.ecograph.WritableGraphTest;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The HTTP conventions front ends rely on: queries over GET with an ETag of the graph version and the request, 304
 * when it still holds, no mutation over GET, and persisted documents named by their hash.
 */
@WritableGraphTest
class GraphQlHttpTests {

	private static final String DELL = "{ entity(id: \"company:dell\") { name } }";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	List<Instrumentation> instrumentations;

	@Test
	void runsEveryInstrumentationInTheChainThatSkipsUnimplementedPerFieldHooks() {
		assertThat(this.graphQlSource.graphQl().getInstrumentation())
			.isInstanceOfSatisfying(InstrumentationChainConfiguration.Chain.class,
					chain -> assertThat(chain.getInstrumentations())
						.containsExactlyInAnyOrderElementsOf(this.instrumentations)
						.hasAtLeastOneElementOfType(GraphVersionInstrumentation.class));
	}

	@Test
	void answersAQueryOverGetWithAnETagAndCacheControl() throws Exception {
		Answer answer = send(get("/graphql").param("query", DELL));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).containsEntry("data", Map.of("entity", Map.of("name", "Dell Technologies")));
		assertThat(answer.etag()).matches("W/\"g\\d+-[0-9a-f]{24}\"");
		assertThat(answer.etag()).startsWith("W/\"g" + graphVersion(answer) + "-");
		assertThat(answer.header("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
		assertThat(answer.header("Vary")).isEqualTo("Authorization");
	}

	@Test
	void answers304WhenIfNoneMatchHoldsTheLastETagAndANewETagAfterAWrite() throws Exception {
		String query = "query Names($id: ID!) { entity(id: $id) { name } }";
		Answer first = send(get("/graphql").param("query", query).param("variables", "{\"id\": \"company:dell\"}"));
		Answer again = send(get("/graphql").param("query", query)
			.param("variables", "{\"id\": \"company:dell\"}")
			.header("If-None-Match", first.etag()));
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.text()).isEmpty();
		assertThat(again.etag()).isEqualTo(first.etag());

		stewardWrite();

		Answer afterWrite = send(get("/graphql").param("query", query)
			.param("variables", "{\"id\": \"company:dell\"}")
			.header("If-None-Match", first.etag()));
		assertThat(afterWrite.status()).isEqualTo(200);
		assertThat(afterWrite.etag()).isNotEqualTo(first.etag()).matches("W/\"g\\d+-[0-9a-f]{24}\"");
		assertThat(afterWrite.body().get("data")).isEqualTo(first.body().get("data"));
		assertThat(graphVersion(afterWrite)).isGreaterThan(graphVersion(first));
		assertThat(afterWrite.etag()).startsWith("W/\"g" + graphVersion(afterWrite) + "-");
	}

	@Test
	void theETagDependsOnTheVariablesButNotOnTheirOrder() throws Exception {
		String query = "query R($first: Int, $kinds: [RelationKind!]) { relations(first: $first, kinds: $kinds) { totalCount } }";
		Answer one = send(get("/graphql").param("query", query).param("variables", "{\"first\": 1, \"kinds\": [\"FUNDS\"]}"));
		Answer reordered = send(get("/graphql").param("query", query)
			.param("variables", "{\"kinds\": [\"FUNDS\"], \"first\": 1}"));
		Answer other = send(get("/graphql").param("query", query).param("variables", "{\"first\": 2, \"kinds\": [\"FUNDS\"]}"));
		assertThat(reordered.etag()).isEqualTo(one.etag());
		assertThat(other.etag()).isNotEqualTo(one.etag());
	}

	@Test
	void aTokenHolderGetsAPrivateAnswerWithAnETagOfItsRole() throws Exception {
		String analyst = this.tokens.create(Role.ANALYST, "etag-analyst-" + System.nanoTime()).secret();
		Answer anonymous = send(get("/graphql").param("query", DELL));
		Answer withToken = send(get("/graphql").param("query", DELL).header("Authorization", "Bearer " + analyst));
		assertThat(withToken.status()).isEqualTo(200);
		assertThat(withToken.header("Cache-Control")).isEqualTo("private, max-age=0, must-revalidate");
		assertThat(withToken.etag()).isNotEqualTo(anonymous.etag());
		assertThat(withToken.body()).isEqualTo(anonymous.body());
	}

	@Test
	void anAnswerWithErrorsIsNeverCached() throws Exception {
		Answer answer = send(get("/graphql").param("query", "{ entity(id: \"nope\") { name } }"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.etag()).isNull();
		assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
		assertThat(answer.message()).startsWith("id 'nope' is not an entity id");
	}

	@Test
	void refusesAMutationOverGet() throws Exception {
		Answer answer = send(get("/graphql").param("query",
				"mutation { upsertEntity(input: {id: \"company:x\", name: \"X\"}) { entity { id } } }"));
		assertThat(answer.status()).isEqualTo(405);
		assertThat(answer.header("Allow")).isEqualTo("POST");
		assertThat(answer.message()).isEqualTo("GET /graphql runs queries only: send the mutation as POST /graphql"
				+ " with a JSON body, as a GET must never write");
	}

	@Test
	void refusesAGetWithoutAQueryOrWithVariablesThatAreNotAnObject() throws Exception {
		Answer none = send(get("/graphql"));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.message()).startsWith("GET /graphql needs the parameter query (the GraphQL document,"
				+ " URL-encoded), or extensions or documentId naming a persisted document");
		Answer notJson = send(get("/graphql").param("query", DELL).param("variables", "{id"));
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.message()).startsWith("variables is not valid JSON: send a URL-encoded JSON object");
		Answer list = send(get("/graphql").param("query", DELL).param("variables", "[1]"));
		assertThat(list.message()).isEqualTo("variables must be a JSON object (names to values) or absent");
	}

	@Test
	void runsAShippedDocumentByItsHashOverPostAndGet() throws Exception {
		String text = Files.readString(Path.of("src/main/resources/graphql-documents/ExplorerVocabulary.graphql"),
				StandardCharsets.UTF_8);
		String hash = PersistedDocuments.sha256(text);
		Answer posted = send(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("extensions",
					Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))));
		assertThat(posted.body()).doesNotContainKey("errors");
		assertThat(String.valueOf(posted.body().get("data"))).contains("limits={maxHops=");

		Answer byId = send(get("/graphql").param("documentId", "sha256:" + hash));
		assertThat(byId.status()).isEqualTo(200);
		assertThat(byId.body()).isEqualTo(posted.body());
		assertThat(byId.etag()).isNotNull();
	}

	@Test
	void answersPersistedQueryNotFoundForAnUnknownHashThenRegistersItsText() throws Exception {
		String text = "{ vocabulary { claimStatuses { name } } }";
		String hash = PersistedDocuments.sha256(text);
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
		Answer unknown = send(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("extensions", extensions))));
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.message()).isEqualTo("PersistedQueryNotFound: no document has the sha256Hash " + hash
				+ ": send the query's text in `query` with the same hash, which registers it");
		assertThat(unknown.firstError().get("extensions")).isEqualTo(Map.of("code", "PERSISTED_QUERY_NOT_FOUND",
				"classification", "NOT_FOUND"));

		Answer registered = send(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("query", text, "extensions", extensions))));
		assertThat(registered.body()).doesNotContainKey("errors");
		Answer byHash = send(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("extensions", extensions))));
		assertThat(byHash.body()).isEqualTo(registered.body());
	}

	@Test
	void refusesAHashThatIsNotTheTextsOrNotAHash() throws Exception {
		Map<String, Object> wrong = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "0".repeat(64)));
		Answer mismatch = send(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("query", DELL, "extensions", wrong))));
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.message()).isEqualTo("The sha256Hash " + "0".repeat(64) + " is not the SHA-256 of the"
				+ " query sent with it: send the hash of the query's exact UTF-8 text");
		Answer malformed = send(get("/graphql").param("documentId", "sha256:xyz"));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.message()).isEqualTo("documentId must be sha256:<the 64 hex digits of the document's"
				+ " SHA-256>, not 'xyz'");
	}

	/**
	 * A steward's mutation (any write bumps the graph version). The first mutation after a start plans its
	 * validation queries, which on a heavily loaded machine can take the query timeout (ADR 0006): then it wrote
	 * nothing, and it is sent once more.
	 */
	private void stewardWrite() throws Exception {
		String steward = this.tokens.create(Role.STEWARD, "etag-steward-" + System.nanoTime()).secret();
		String id = "company:etag-" + Long.toString(System.nanoTime(), 36);
		String document = Files.readString(Path.of("src/test/resources/graphql-test/steward-upsertEntity.graphql"),
				StandardCharsets.UTF_8);
		String body = this.json.writeValueAsString(Map.of("query", document, "variables",
				Map.of("input", Map.of("id", id, "name", "ETag Test Company"))));
		Answer written = send(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + steward)
			.content(body));
		if (written.body().containsKey("errors") && written.message().contains("query timeout")) {
			written = send(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + steward)
				.content(body));
		}
		assertThat(written.body()).doesNotContainKey("errors");
		assertThat(String.valueOf(written.body().get("data"))).contains("userErrors=[]").contains(id);
	}

	private Answer send(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = this.mvc.perform(asyncDispatch(result)).andReturn();
		}
		String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		@SuppressWarnings("unchecked")
		Map<String, Object> body = text.isEmpty() ? Map.of() : this.json.readValue(text, Map.class);
		return new Answer(result.getResponse().getStatus(), text, body, result.getResponse().getHeader("ETag"),
				result);
	}

	record Answer(int status, String text, Map<String, Object> body, String etag, MvcResult result) {

		String header(String name) {
			return this.result.getResponse().getHeader(name);
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> firstError() {
			List<Map<String, Object>> errors = (List<Map<String, Object>>) this.body.get("errors");
			assertThat(errors).as("errors of %s", this.body).isNotEmpty();
			return errors.get(0);
		}

		String message() {
			return (String) firstError().get("message");
		}

	}

	/** The graph version the answer states in {@code extensions.graphVersion}. */
	private static long graphVersion(Answer answer) {
		Object extensions = answer.body().get("extensions");
		assertThat(extensions).as("extensions of %s", answer.body()).isInstanceOf(Map.class);
		return ((Number) ((Map<?, ?>) extensions).get("graphVersion")).longValue();
	}

}
