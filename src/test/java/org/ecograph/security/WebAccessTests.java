package org.ecograph.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.ecograph.CapturesTheLog;
import org.ecograph.WritableGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Reads over HTTP: open on loopback, a token from elsewhere; bad tokens refused; tokens never logged. */
@WritableGraphTest
@CapturesTheLog
class WebAccessTests {

	private static final String QUERY = "{\"query\": \"{ entity(id: \\\"company:dell\\\") { name } }\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	Driver driver;

	@Test
	void anonymousReadsFromLoopbackAreServed() throws Exception {
		MvcResult result = send(graphQl());
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).contains("\"name\":\"Dell Technologies\"");
	}

	@Test
	void anonymousReadsFromAnotherMachineNeedAToken() throws Exception {
		MvcResult result = send(graphQl().with(from("10.1.2.3")));
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(body(result)).contains("\"classification\":\"UNAUTHENTICATED\"",
				"This server needs a token for reads from other machines: send the header Authorization: Bearer <token>");
		assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");

		MvcResult export = send(get("/export/graphml?ids=company:dell").with(from("10.1.2.3")));
		assertThat(export.getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void anAnalystTokenReadsFromAnotherMachine() throws Exception {
		NewApiToken analyst = this.tokens.create(Role.ANALYST, "remote-analyst-" + System.nanoTime());
		MvcResult result = send(graphQl().with(from("10.1.2.3")).header("Authorization", "Bearer " + analyst.secret()));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).contains("Dell Technologies");
		MvcResult export = send(get("/export/graphml?ids=company:dell").with(from("10.1.2.3"))
			.header("Authorization", "Bearer " + analyst.secret()));
		assertThat(export.getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void refusesUnknownRevokedAndMalformedCredentialsEvenOnLoopback() throws Exception {
		NewApiToken revoked = this.tokens.create(Role.STEWARD, "revoked-" + System.nanoTime());
		this.tokens.revoke(revoked.token().id());
		for (String header : new String[] { "Bearer " + revoked.secret(), "Bearer eg_nonsense", "Basic bmVvNGo6eA==" }) {
			MvcResult result = send(graphQl().header("Authorization", header));
			assertThat(result.getResponse().getStatus()).as(header).isEqualTo(401);
			assertThat(body(result)).contains("UNAUTHENTICATED").doesNotContain(revoked.secret());
		}
	}

	@Test
	void healthAndGraphiqlStayOpen() throws Exception {
		assertThat(send(get("/actuator/health").with(from("10.1.2.3"))).getResponse().getStatus()).isEqualTo(200);
		assertThat(send(get("/graphiql").with(from("10.1.2.3"))).getResponse().getStatus()).isLessThan(400);
	}

	@Test
	void theFirstStartCreatedOneAdminTokenAndStoredNoSecret() {
		var admins = this.tokens.list().stream().filter(t -> t.name().equals(FirstAdminToken.NAME)).toList();
		assertThat(admins).singleElement().satisfies(t -> assertThat(t.role()).isEqualTo(Role.ADMIN));
		var stored = this.driver.executableQuery("MATCH (t:ApiToken {name: $name}) RETURN keys(t) AS keys")
			.withParameters(Map.of("name", FirstAdminToken.NAME))
			.execute()
			.records()
			.get(0)
			.get("keys")
			.asList(v -> v.asString());
		assertThat(stored).containsExactlyInAnyOrder("id", "name", "role", "hash", "createdAt");
	}

	@Test
	void aTokenInUseNeverAppearsInTheLog(CapturedOutput output) throws Exception {
		NewApiToken steward = this.tokens.create(Role.STEWARD, "logged-" + System.nanoTime());
		send(graphQl().header("Authorization", "Bearer " + steward.secret()));
		send(graphQl().header("Authorization", "Bearer " + steward.secret() + "x"));
		assertThat(output.getAll()).doesNotContain(steward.secret()).doesNotContain(steward.secret().substring(3, 20));
	}

	private static MockHttpServletRequestBuilder graphQl() {
		return post("/graphql").contentType(MediaType.APPLICATION_JSON).content(QUERY);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = this.mvc.perform(asyncDispatch(result)).andReturn();
		}
		return result;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
