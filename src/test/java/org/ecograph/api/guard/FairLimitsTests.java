package org.ecograph.api.guard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.ecograph.WritableGraphTest;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
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
 * Slots are fair: only expensive operations take them, anonymous clients share their address's, a token holder has
 * its own. The address's slots are taken by the test first (standing for its slow operations), so that the outcome
 * does not depend on how fast the machine answers.
 */
@WritableGraphTest
class FairLimitsTests {

	private static final String LOOPBACK = "127.0.0.1";

	private static final String RANKING = "{ ranking(first: 3) { score } }";

	private static final List<String> CHEAP = List.of("{ entity(id: \"company:dell\") { name } }",
			"{ relations(from: \"company:dell\", first: 0) { edges { cursor } } }",
			"{ relations(from: \"company:dell\", first: null) { edges { cursor } } }");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ExpensiveOperationGate gate;

	@Autowired
	ApiTokenStore tokens;

	@Test
	void eightConcurrentAnonymousClientsGetNoBusyForCheapQuestions() throws Exception {
		List<ExpensiveOperationGate.Permit> slow = takeAddressSlots();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<Answer>>> answers = new ArrayList<>();
			for (int client = 0; client < 8; client++) {
				answers.add(clients.submit(askAll(List.of(CHEAP.get(0), RANKING, CHEAP.get(1), CHEAP.get(2)), null)));
			}
			for (Future<List<Answer>> future : answers) {
				List<Answer> asked = future.get();
				for (Answer cheap : List.of(asked.get(0), asked.get(2), asked.get(3))) {
					assertThat(cheap.body()).as(cheap.document()).doesNotContainKey("errors");
				}
				Answer expensive = asked.get(1);
				assertThat(expensive.message()).startsWith("The server is busy: this client already runs 4 expensive"
						+ " operations");
				assertThat(expensive.retryAfter()).isEqualTo("2");
			}
		}
		finally {
			clients.shutdownNow();
			slow.forEach(ExpensiveOperationGate.Permit::release);
		}
	}

	@Test
	void aTokenHolderOnTheSameAddressGetsSlotsOfItsOwn() throws Exception {
		String analyst = this.tokens.create(Role.ANALYST, "fair-analyst-" + System.nanoTime()).secret();
		List<ExpensiveOperationGate.Permit> slow = takeAddressSlots();
		try {
			Answer anonymous = askAll(List.of(RANKING), null).call().get(0);
			assertThat(anonymous.message()).startsWith("The server is busy: this client already runs 4");
			Answer withToken = askAll(List.of(RANKING), analyst).call().get(0);
			assertThat(withToken.body()).doesNotContainKey("errors");
		}
		finally {
			slow.forEach(ExpensiveOperationGate.Permit::release);
		}
	}

	private List<ExpensiveOperationGate.Permit> takeAddressSlots() {
		return IntStream.range(0, 4).mapToObj(i -> this.gate.enter(ExpensiveOperationGate.Client.address(LOOPBACK))).toList();
	}

	private Callable<List<Answer>> askAll(List<String> documents, String token) {
		return () -> {
			List<Answer> answers = new ArrayList<>();
			for (String document : documents) {
				MockHttpServletRequestBuilder request = post("/graphql").contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(Map.of("query", document)));
				if (token != null) {
					request.header("Authorization", "Bearer " + token);
				}
				MvcResult result = this.mvc.perform(request).andReturn();
				if (result.getRequest().isAsyncStarted()) {
					result = this.mvc.perform(asyncDispatch(result)).andReturn();
				}
				@SuppressWarnings("unchecked")
				Map<String, Object> body = this.json.readValue(
						result.getResponse().getContentAsString(StandardCharsets.UTF_8), Map.class);
				answers.add(new Answer(document, body, result.getResponse().getHeader("Retry-After")));
			}
			return answers;
		};
	}

	record Answer(String document, Map<String, Object> body, String retryAfter) {

		@SuppressWarnings("unchecked")
		String message() {
			List<Map<String, Object>> errors = (List<Map<String, Object>>) this.body.get("errors");
			assertThat(errors).as("errors of %s", this.body).isNotEmpty();
			return (String) errors.get(0).get("message");
		}

	}

}
