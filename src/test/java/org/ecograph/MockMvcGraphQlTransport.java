package org.ecograph;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A GraphQL transport over MockMvc through the whole servlet filter chain (security included), optionally with a
 * bearer token: role-specific {@link GraphQlTester}s without a running server.
 */
public final class MockMvcGraphQlTransport implements GraphQlTransport {

	private final MockMvc mvc;

	private final JsonMapper json;

	private final String token;

	private MockMvcGraphQlTransport(MockMvc mvc, JsonMapper json, String token) {
		this.mvc = mvc;
		this.json = json;
		this.token = token;
	}

	/** A tester sending {@code Authorization: Bearer token}, or no credential when {@code token} is null. */
	public static GraphQlTester tester(MockMvc mvc, JsonMapper json, String token) {
		return GraphQlTester.builder(new MockMvcGraphQlTransport(mvc, json, token)).build();
	}

	@Override
	@SuppressWarnings("unchecked")
	public Mono<GraphQlResponse> execute(GraphQlRequest request) {
		return Mono.fromCallable(() -> {
			MockHttpServletRequestBuilder builder = post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(request.toMap()));
			if (this.token != null) {
				builder.header("Authorization", "Bearer " + this.token);
			}
			MvcResult result = this.mvc.perform(builder).andReturn();
			if (result.getRequest().isAsyncStarted()) {
				result = this.mvc.perform(asyncDispatch(result)).andReturn();
			}
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			return GraphQlTransport.createResponse(this.json.readValue(body, Map.class));
		});
	}

	@Override
	public Flux<GraphQlResponse> executeSubscription(GraphQlRequest request) {
		return Flux.error(new UnsupportedOperationException("No subscriptions"));
	}

}
