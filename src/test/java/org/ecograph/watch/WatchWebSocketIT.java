package org.ecograph.watch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscription over WebSocket at {@code /graphql-ws} on a running server, the token in the upgrade request's
 * header, the event raised by the real trigger (the projection's refresh after a steward's write, no call into the
 * evaluator). The same configuration as the browser tests, so the failsafe run shares their context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ecograph.neo4j.home=target/neo4j-tests/explorer-${random.uuid}", "ecograph.neo4j.bolt-port=0",
				// as in WritableGraphTest: the first steward write plans the validation rules' queries, which on a
				// loaded 2-core machine can pass the default 10 s
				"ecograph.neo4j.query-timeout=60s" })
class WatchWebSocketIT {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokenStore tokens;

	@Test
	void theSubscriptionOverWebSocketDeliversTheEventOfAWrite() throws Exception {
		String unique = Long.toString(System.nanoTime(), 36);
		WebSocketGraphQlTester analyst = tester(this.tokens.create(Role.ANALYST, "ws-analyst-" + unique).secret());
		WebSocketGraphQlTester steward = tester(this.tokens.create(Role.STEWARD, "ws-steward-" + unique).secret());
		String entity = "company:ws-watched-" + unique;
		String funder = "company:ws-funder-" + unique;
		for (String id : List.of(entity, funder)) {
			steward.documentName("steward-upsertEntity")
				.variable("input", Map.of("id", id, "name", "Watch over WebSocket " + id))
				.execute()
				.path("upsertEntity.userErrors")
				.entityList(Object.class)
				.hasSize(0);
		}
		String watch = analyst.documentName("watch-saveWatch")
			.variable("input", Map.of("kind", "ENTITY_TOUCHED", "entity", entity))
			.execute()
			.path("saveWatch.watch.id")
			.entity(String.class)
			.get();

		CompletableFuture<List<Map>> received = analyst.documentName("watch-subscribe")
			.variable("after", "watchEvent:0")
			.executeSubscription()
			.toFlux("watchEvents", Map.class)
			.take(1)
			.collectList()
			.toFuture();
		String claim = "claim:ws-funder-funds-watched-" + unique;
		steward.documentName("steward-upsertClaim")
			.variable("input", Map.of("id", claim, "kind", "FUNDS", "from", funder, "to", entity,
					"status", "REPORTED", "sources", List.of(WatchTests.SOURCE)))
			.execute()
			.path("upsertClaim.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		List<Map> events = received.get(2, TimeUnit.MINUTES);
		assertThat(events).hasSize(1);
		assertThat(events.get(0).get("causeIds")).isEqualTo(List.of(claim));
		assertThat(events.get(0).get("watch")).isEqualTo(Map.of("id", watch, "kind", "ENTITY_TOUCHED"));
		analyst.documentName("watch-deleteWatch").variable("id", watch).execute().errors().verify();
	}

	private WebSocketGraphQlTester tester(String token) {
		return WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + this.port + "/graphql-ws"),
				new StandardWebSocketClient())
			.header("Authorization", "Bearer " + token)
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

}
