package org.ecograph.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.WritableGraphTest;
import org.ecograph.data.ClaimLookup;
import org.ecograph.data.Transactions;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Caller;
import org.ecograph.security.NewApiToken;
import org.ecograph.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved questions against the writable embedded store: each test writes entities and claims of its own (through the
 * steward's mutations), waits for the round of evaluation after its writes, and reads the feed through GraphQL.
 */
@WritableGraphTest
class WatchTests {

	static final String SOURCE = "source:c9490bf9877dc2fc";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	WatchEvaluator evaluator;

	@Autowired
	WatchRepository watchRepository;

	@Autowired
	Questions questions;

	@Autowired
	ClaimLookup claimLookup;

	@Autowired
	Transactions transactions;

	GraphQlTester analyst;

	String analystToken;

	GraphQlTester otherAnalyst;

	GraphQlTester steward;

	GraphQlTester anonymous;

	String unique;

	@BeforeEach
	void testers() {
		this.unique = Long.toString(System.nanoTime(), 36);
		this.analystToken = this.tokens.create(Role.ANALYST, "watch-analyst-" + this.unique).secret();
		this.analyst = MockMvcGraphQlTransport.tester(this.mvc, this.json, this.analystToken);
		this.otherAnalyst = tester(Role.ANALYST, "watch-other-");
		this.steward = tester(Role.STEWARD, "watch-steward-");
		this.anonymous = MockMvcGraphQlTransport.tester(this.mvc, this.json, null);
	}

	/** Deletes the watches of this test's tokens, so no later write elsewhere is evaluated against them. */
	@AfterEach
	void deleteWatches() {
		for (GraphQlTester tester : List.of(this.analyst, this.otherAnalyst, this.steward)) {
			for (Map<String, Object> w : watches(tester)) {
				tester.documentName("watch-deleteWatch").variable("id", w.get("id")).execute().errors().verify();
			}
		}
	}

	@Test
	void aNewPathWithinThreeHopsEmitsOneEventCarryingItsClaims() throws Exception {
		String a = entity("a");
		String m = entity("m");
		String b = entity("b");
		String watch = save(this.analyst, Map.of("kind", "NEW_PATH", "from", a, "to", b, "maxHops", 3));
		String first = claim("a-funds-m", "FUNDS", a, m, Map.of());
		settle();
		assertThat(events(this.analyst, watch)).as("half a path is no path").isEmpty();

		String second = claim("m-supplies-b", "SUPPLIES", m, b, Map.of());
		settle();

		List<Map<String, Object>> events = events(this.analyst, watch);
		assertThat(events).hasSize(1);
		Map<String, Object> event = events.get(0);
		assertThat(event.get("causeIds")).isEqualTo(List.of(first, second));
		assertThat(list(event.get("causes"))).extracting(c -> c.get("id")).containsExactly(first, second);
		assertThat(list(event.get("causes"))).extracting(c -> c.get("quote"))
			.containsExactly("Quote of " + first, "Quote of " + second);
		assertThat(map(event.get("before")).get("paths")).isEqualTo(List.of());
		assertThat(map(event.get("after")).get("paths"))
			.isEqualTo(List.of(Map.of("entities", List.of(a, m, b), "claims", List.of(first, second))));

		settle();
		this.evaluator.evaluateAll().get(60, TimeUnit.SECONDS);
		assertThat(events(this.analyst, watch)).as("asking again at the same version emits nothing more")
			.isEqualTo(events);
	}

	/**
	 * When the application stops, a live subscription sends what was recorded and then completes (it does not hold
	 * the web server's graceful shutdown for its 30 s): a feed of its own stops here, not the shared context's.
	 */
	@Test
	void aLiveSubscriptionSendsTheRecordedEventsThenCompletesWhenTheApplicationStops() throws Exception {
		NewApiToken token = this.tokens.create(Role.ANALYST, "watch-stopping-" + this.unique);
		GraphQlTester subscriber = MockMvcGraphQlTransport.tester(this.mvc, this.json, token.secret());
		String a = entity("a");
		String x = entity("x");
		String watch = save(subscriber, Map.of("kind", "ENTITY_TOUCHED", "entity", a));
		String cause = claim("x-funds-a-stopping", "FUNDS", x, a, Map.of());
		settle();
		assertThat(events(subscriber, watch)).hasSize(1);

		WatchFeed feed = new WatchFeed();
		feed.start();
		WatchService service = new WatchService(this.watchRepository, this.questions, feed, this.claimLookup,
				this.transactions);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken
				.authenticated(new Caller(token.token().name(), token.token().id(), Role.ANALYST), null, List.of()));
		Flux<WatchEvent> live;
		try {
			live = service.subscribe("watchEvent:0");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		List<WatchEvent> received = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> completed = new CompletableFuture<>();
		live.subscribe(received::add, completed::completeExceptionally, () -> completed.complete(null));
		assertThat(feed.isRunning()).isTrue();
		Thread.sleep(200);
		assertThat(completed).as("a live subscription stays open while the application runs").isNotDone();

		feed.stop();
		completed.get(10, TimeUnit.SECONDS);
		assertThat(feed.isRunning()).isFalse();
		assertThat(received).extracting(WatchEvent::causeIds).containsExactly(List.of(cause));

		CompletableFuture<Void> late = new CompletableFuture<>();
		feed.of(token.token().id()).subscribe(e -> late.completeExceptionally(new AssertionError(e)),
				late::completeExceptionally, () -> late.complete(null));
		late.get(1, TimeUnit.SECONDS);
		assertThat(late).as("a subscription after the stop completes at once").isCompleted();

		// started again (a paused context resumed): new subscriptions get new events and stay open
		feed.start();
		List<WatchEvent> again = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> ended = new CompletableFuture<>();
		feed.of(token.token().id()).subscribe(again::add, ended::completeExceptionally, () -> ended.complete(null));
		WatchEvent next = new WatchEvent("watchEvent:999999999", 999_999_999L, received.get(0).watch(), 1L, Map.of(),
				Map.of(), List.of(cause));
		feed.publish(token.token().id(), next);
		assertThat(again).containsExactly(next);
		assertThat(ended).isNotDone();
		assertThat(feed.isRunning()).isTrue();
		subscriber.documentName("watch-deleteWatch").variable("id", watch).execute().errors().verify();
	}

	@Test
	void aWriteTouchingUnrelatedEntitiesEmitsNoneAndATouchEmitsOne() throws Exception {
		String a = entity("a");
		String b = entity("b");
		String x = entity("x");
		String y = entity("y");
		String paths = save(this.analyst, Map.of("kind", "NEW_PATH", "from", a, "to", b));
		String touched = save(this.analyst, Map.of("kind", "ENTITY_TOUCHED", "entity", a));

		claim("x-funds-y", "FUNDS", x, y, Map.of());
		settle();
		assertThat(events(this.analyst, paths)).isEmpty();
		assertThat(events(this.analyst, touched)).isEmpty();

		String touching = claim("x-funds-a", "FUNDS", x, a, Map.of());
		settle();
		assertThat(events(this.analyst, paths)).as("x-a makes no path from a to b").isEmpty();
		List<Map<String, Object>> events = events(this.analyst, touched);
		assertThat(events).hasSize(1);
		assertThat(events.get(0).get("causeIds")).isEqualTo(List.of(touching));
		assertThat(map(events.get(0).get("before")).get("count")).isEqualTo(0);
		assertThat(map(events.get(0).get("after")).get("count")).isEqualTo(1);

		claim("x-funds-a", "FUNDS", x, a, Map.of("quote", "A corrected quote."));
		settle();
		events = events(this.analyst, touched);
		assertThat(events).as("a changed quote is a change of a claim touching the entity").hasSize(2);
		assertThat(events.get(1).get("causeIds")).isEqualTo(List.of(touching));
	}

	@Test
	void exposureAboveFiresWhenTheShareCrossesTheThreshold() throws Exception {
		String program = entity("program", "p");
		String funder = entity("f");
		String funds = claim("f-funds-p", "FUNDS", funder, program, Map.of("shareOfTarget", 0.1));
		String watch = save(this.analyst, Map.of("kind", "EXPOSURE_ABOVE", "entity", program, "counterpart", funder,
				"threshold", 0.3));
		assertThat(watchById(this.analyst, watch).get("answer"))
			.isEqualTo(Map.of("above", List.of(), "totalShare", 0.1));

		claim("f-funds-p", "FUNDS", funder, program, Map.of("shareOfTarget", 0.2));
		settle();
		assertThat(events(this.analyst, watch)).as("0.2 is still under 0.3").isEmpty();

		claim("f-funds-p", "FUNDS", funder, program, Map.of("shareOfTarget", 0.5));
		settle();
		List<Map<String, Object>> events = events(this.analyst, watch);
		assertThat(events).hasSize(1);
		assertThat(map(events.get(0).get("after")))
			.isEqualTo(Map.of("above", List.of(Map.of("counterpart", funder, "totalShare", 0.5)), "totalShare", 0.5));
		assertThat(map(events.get(0).get("before")).get("totalShare")).isEqualTo(0.2);
		assertThat(events.get(0).get("causeIds")).isEqualTo(List.of(funds));
	}

	@Test
	void anAnalystSeesAndDeletesOnlyItsOwnWatchesAndEvents() throws Exception {
		String a = entity("a");
		String x = entity("x");
		String mine = save(this.analyst, Map.of("kind", "ENTITY_TOUCHED", "entity", a));
		String theirs = save(this.otherAnalyst, Map.of("kind", "RANK_TOP", "entity", a, "top", 5));
		claim("x-funds-a", "FUNDS", x, a, Map.of());
		settle();

		assertThat(watches(this.analyst)).extracting(w -> w.get("id")).containsExactly(mine);
		assertThat(watches(this.otherAnalyst)).extracting(w -> w.get("id")).containsExactly(theirs);
		assertThat(events(this.analyst, mine)).hasSize(1);
		assertThat(allEvents(this.otherAnalyst)).extracting(e -> map(e.get("watch")).get("id"))
			.doesNotContain(mine);

		GraphQlTester.Response refused = this.otherAnalyst.documentName("watch-deleteWatch")
			.variable("id", mine)
			.execute();
		refused.errors().verify();
		Map<String, Object> error = refused.path("deleteWatch.userErrors[0]").entity(Map.class).get();
		assertThat(error.get("code")).isEqualTo("NOT_FOUND");
		assertThat(error.get("message")).isEqualTo("no watch " + mine + " of this token: `watches` lists the ones it may delete");
		assertThat(watches(this.analyst)).extracting(w -> w.get("id")).containsExactly(mine);

		this.anonymous.documentName("watch-watches")
			.execute()
			.errors()
			.expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("classification"))
					|| String.valueOf(e.getErrorType()).equals("UNAUTHENTICATED"))
			.verify();
	}

	@Test
	void saveWatchSaysWhatDoesNotFitTheKindAndWritesNothing() {
		String a = entity("a");
		GraphQlTester.Response response = this.analyst.documentName("watch-saveWatch")
			.variable("input", Map.of("kind", "NEW_PATH", "from", a, "threshold", 0.5, "maxHops", 9))
			.execute();
		response.errors().verify();
		response.path("saveWatch.watch").valueIsNull();
		List<Map<String, Object>> errors = list(response.path("saveWatch.userErrors").entityList(Map.class).get());
		assertThat(errors).extracting(e -> e.get("message"))
			.containsExactlyInAnyOrder(
					"to is required for a NEW_PATH watch, which takes from, to (and optionally maxHops, top)",
					"threshold does not apply to a NEW_PATH watch, which takes from, to (and optionally maxHops, top)",
					"maxHops 9 is out of range: expected 1..6 (limits.maxHops)");
		assertThat(errors).extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder(List.of("input", "to"), List.of("input", "threshold"),
					List.of("input", "maxHops"));

		response = this.analyst.documentName("watch-saveWatch")
			.variable("input", Map.of("kind", "ENTITY_TOUCHED", "entity", "company:no-such-" + this.unique))
			.execute();
		Map<String, Object> missing = response.path("saveWatch.userErrors[0]").entity(Map.class).get();
		assertThat(missing).containsEntry("code", "NOT_FOUND")
			.containsEntry("message", "no entity company:no-such-" + this.unique + " (entity)");

		response = this.analyst.documentName("watch-saveWatch")
			.variable("input", Map.of("kind", "EXPOSURE_ABOVE", "entity", a, "threshold", 1.5))
			.execute();
		assertThat(response.path("saveWatch.userErrors[0].message").entity(String.class).get())
			.isEqualTo("threshold 1.5 is not a share: expected more than 0 and at most 1, e.g. 0.25");
		assertThat(watches(this.analyst)).isEmpty();

		this.anonymous.documentName("watch-saveWatch")
			.variable("input", Map.of("kind", "ENTITY_TOUCHED", "entity", a))
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("saveWatch needs a"))
			.verify();
	}

	@Test
	void theSubscriptionOverServerSentEventsDeliversAndAReconnectFromTheLastIdMissesNothing() throws Exception {
		String a = entity("a");
		String x = entity("x");
		String watch = save(this.analyst, Map.of("kind", "ENTITY_TOUCHED", "entity", a));
		EventStream first = subscribe(this.analystToken, "watchEvent:0");

		String c1 = claim("x-funds-a-1", "FUNDS", x, a, Map.of());
		settle();
		List<Map<String, Object>> received = first.await(1);
		assertThat(received).extracting(e -> e.get("causeIds")).containsExactly(List.of(c1));
		assertThat(list(received.get(0).get("causes"))).extracting(c -> c.get("quote")).containsExactly("Quote of " + c1);
		String lastReceived = (String) received.get(0).get("id");

		// away: two events are recorded while no one listens
		String c2 = claim("x-funds-a-2", "FUNDS", x, a, Map.of());
		settle();
		String c3 = claim("x-funds-a-3", "FUNDS", x, a, Map.of());
		settle();
		EventStream again = subscribe(this.analystToken, lastReceived);
		String c4 = claim("x-funds-a-4", "FUNDS", x, a, Map.of());
		settle();

		List<Map<String, Object>> caughtUp = again.await(3);
		assertThat(caughtUp).extracting(e -> e.get("causeIds")).containsExactly(List.of(c2), List.of(c3), List.of(c4));
		List<Object> feed = events(this.analyst, watch).stream().map(e -> e.get("id")).toList();
		assertThat(feed).hasSize(4);
		assertThat(caughtUp).extracting(e -> e.get("id")).containsExactlyElementsOf(feed.subList(1, 4));
		Thread.sleep(200);
		assertThat(again.events()).as("nothing twice").hasSize(3);
	}

	// helpers

	/** A subscription over Server-Sent Events: the response grows as events are written to it. */
	EventStream subscribe(String token, String after) throws Exception {
		String document = java.nio.file.Files.readString(
				java.nio.file.Path.of("src/test/resources/graphql-test/watch-subscribe.graphql"));
		String body = this.json.writeValueAsString(Map.of("query", document, "variables", Map.of("after", after)));
		org.springframework.test.web.servlet.MvcResult result = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/graphql")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.accept(org.springframework.http.MediaType.TEXT_EVENT_STREAM)
				.header("Authorization", "Bearer " + token)
				.content(body))
			.andReturn();
		assertThat(result.getRequest().isAsyncStarted()).as("an SSE response stays open").isTrue();
		return new EventStream(result.getResponse(), this.json);
	}

	record EventStream(org.springframework.mock.web.MockHttpServletResponse response, JsonMapper json) {

		/** The events received so far, each the subscription field's value. */
		List<Map<String, Object>> events() throws Exception {
			List<Map<String, Object>> events = new ArrayList<>();
			String text = this.response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			for (String line : text.split("\n")) {
				if (line.startsWith("data:")) {
					Map<String, Object> message = map(this.json.readValue(line.substring(5).strip(), Map.class));
					assertThat(message).as("an SSE message %s", line).doesNotContainKey("errors");
					events.add(map(map(message.get("data")).get("watchEvents")));
				}
			}
			return events;
		}

		/** The first {@code count} events, waited for up to a minute. */
		List<Map<String, Object>> await(int count) throws Exception {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
			List<Map<String, Object>> events = events();
			while (events.size() < count && System.nanoTime() < deadline) {
				Thread.sleep(50);
				events = events();
			}
			assertThat(events).as("events received over SSE").hasSizeGreaterThanOrEqualTo(count);
			return events.subList(0, count);
		}

	}


	private GraphQlTester tester(Role role, String prefix) {
		return MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(role, prefix + this.unique).secret());
	}

	/** Waits for a round of evaluation that starts after the writes so far. */
	void settle() throws Exception {
		this.evaluator.evaluateAll().get(60, TimeUnit.SECONDS);
	}

	String entity(String name) {
		return entity("company", name);
	}

	String entity(String kind, String name) {
		String id = kind + ":watch-" + name + "-" + this.unique;
		GraphQlTester.Response response = this.steward.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", id, "name", "Watch " + name))
			.execute();
		response.errors().verify();
		response.path("upsertEntity.userErrors").entityList(Object.class).hasSize(0);
		return id;
	}

	String claim(String name, String kind, String from, String to, Map<String, Object> more) {
		String id = "claim:watch-" + name + "-" + this.unique;
		Map<String, Object> input = new HashMap<>(Map.of("id", id, "kind", kind, "from", from, "to", to, "status",
				"REPORTED", "sources", List.of(SOURCE), "quote", "Quote of " + id));
		input.putAll(more);
		GraphQlTester.Response response = this.steward.documentName("steward-upsertClaim")
			.variable("input", input)
			.execute();
		response.errors().verify();
		response.path("upsertClaim.userErrors").entityList(Object.class).hasSize(0);
		return id;
	}

	static String save(GraphQlTester tester, Map<String, Object> input) {
		GraphQlTester.Response response = tester.documentName("watch-saveWatch").variable("input", input).execute();
		response.errors().verify();
		response.path("saveWatch.userErrors").entityList(Object.class).hasSize(0);
		return response.path("saveWatch.watch.id").entity(String.class).get();
	}

	static List<Map<String, Object>> watches(GraphQlTester tester) {
		return list(tester.documentName("watch-watches").execute().path("watches").entityList(Map.class).get());
	}

	static Map<String, Object> watchById(GraphQlTester tester, String id) {
		return watches(tester).stream().filter(w -> id.equals(w.get("id"))).findFirst().orElseThrow();
	}

	/** Every event of the caller's feed, page by page. */
	static List<Map<String, Object>> allEvents(GraphQlTester tester) {
		List<Map<String, Object>> all = new ArrayList<>();
		String after = null;
		while (true) {
			GraphQlTester.Response response = tester.documentName("watch-watchEvents")
				.variable("after", after)
				.variable("first", 100)
				.execute();
			response.errors().verify();
			all.addAll(list(response.path("watchEvents.nodes").entityList(Map.class).get()));
			if (!response.path("watchEvents.hasNextPage").entity(Boolean.class).get()) {
				return all;
			}
			after = response.path("watchEvents.endCursor").entity(String.class).get();
		}
	}

	static List<Map<String, Object>> events(GraphQlTester tester, String watchId) {
		return allEvents(tester).stream().filter(e -> watchId.equals(map(e.get("watch")).get("id"))).toList();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
