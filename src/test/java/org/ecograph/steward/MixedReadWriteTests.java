package org.ecograph.steward;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.WritableGraphTest;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.data.GraphVersions;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small mixed run through GraphQL, as the benchmark's mixed workload does at scale (no timing asserted): reader
 * threads ask catalog and analysis questions while one writer issues steward mutations (new entities, new claims at a
 * hub, corrected figures); afterwards no request erred and every acknowledged write is readable, from the database
 * and from the analysis snapshot of the version the writes reached.
 */
@WritableGraphTest
class MixedReadWriteTests {

	private static final String SOURCE = "source:c9490bf9877dc2fc";

	/** A hub of the seed graph: every new claim ends there, so a write touches a well-connected entity. */
	private static final String HUB = "company:nvidia";

	private static final int WRITES = 15;

	private static final int READERS = 3;

	private static final List<String> READS = List.of(
			"{ entity(id: \"" + HUB + "\") { id name aliases } }",
			"{ entity(id: \"" + HUB + "\") { id relations(first: 5) { totalCount } } }",
			"{ ranking(first: 5) { score computedOnVersion entity { id name } } }",
			"{ exposure(entity: \"" + HUB + "\", direction: UPSTREAM, first: 5) { counterpart { id } totalShare } }",
			"{ subgraph(ids: [\"" + HUB + "\"], hops: 1, limit: 50) { truncated nodes { id } } }");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	ProjectionHolder projections;

	@Autowired
	GraphVersions versions;

	@Test
	void everyAcknowledgedWriteIsReadableAndNoRequestErred() throws Exception {
		String u = Long.toString(System.nanoTime(), 36);
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "mixed-" + u).secret());
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger reads = new AtomicInteger();
		ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
		ExecutorService readers = Executors.newFixedThreadPool(READERS);
		List<Future<?>> running = new ArrayList<>();
		for (int r = 0; r < READERS; r++) {
			int offset = r;
			running.add(readers.submit(() -> {
				GraphQlTester reader = MockMvcGraphQlTransport.tester(this.mvc, this.json, null);
				for (int i = offset; writing.get(); i++) {
					String document = READS.get(i % READS.size());
					try {
						reader.document(document).execute().errors().satisfy(list -> list.stream()
							.map(ResponseError::getMessage)
							.forEach(message -> errors.add(document + ": " + message)));
						reads.incrementAndGet();
					}
					catch (RuntimeException | AssertionError ex) {
						errors.add(document + ": " + ex);
					}
				}
			}));
		}
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Double> amounts = new LinkedHashMap<>();
		try {
			for (int i = 0; i < WRITES; i++) {
				String entity = "company:mixed-" + u + "-" + i;
				String claim = "claim:mixed-" + u + "-" + i + "-supplies-nvidia";
				String name = "Mixed " + u + " " + i;
				acknowledged(steward.documentName("steward-upsertEntity")
					.variable("input", Map.of("id", entity, "name", name)), "upsertEntity");
				names.put(entity, name);
				acknowledged(steward.documentName("steward-upsertClaim").variable("input", Map.of("id", claim, "kind",
						"SUPPLIES", "from", entity, "to", HUB, "status", "REPORTED", "sources", List.of(SOURCE),
						"amountUsd", 1e6 * (i + 1))), "upsertClaim");
				amounts.put(claim, 1e6 * (i + 1));
				if (i % 3 == 2) {
					// a corrected figure on a claim written earlier
					String earlier = "claim:mixed-" + u + "-" + (i - 1) + "-supplies-nvidia";
					acknowledged(steward.documentName("steward-upsertClaim").variable("input", Map.of("id", earlier,
							"amountUsd", 7e6 + i, "comment", "corrected")), "upsertClaim");
					amounts.put(earlier, 7e6 + i);
				}
			}
		}
		finally {
			writing.set(false);
			for (Future<?> reader : running) {
				reader.get(5, TimeUnit.MINUTES);
			}
			readers.shutdown();
		}

		assertThat(errors).as("requests that erred").isEmpty();
		assertThat(reads.get()).as("reads done while writing").isPositive();
		GraphQlTester reader = MockMvcGraphQlTransport.tester(this.mvc, this.json, null);
		names.forEach((id, name) -> assertThat(reader.document("{ entity(id: \"" + id + "\") { name } }")
			.execute()
			.path("entity.name")
			.entity(String.class)
			.get()).as(id).isEqualTo(name));
		amounts.forEach((id, amount) -> assertThat(reader.document("{ relation(id: \"" + id + "\") { amountUsd } }")
			.execute()
			.path("relation.amountUsd")
			.entity(Double.class)
			.get()).as(id).isEqualTo(amount));
		ClaimProjection g = current();
		names.keySet().forEach(id -> assertThat(g.node(id)).as("%s in the analysis snapshot", id).isNotNegative());
		List<String> claims = new ArrayList<>();
		for (int c = 0; c < g.claimCount(); c++) {
			if (amounts.containsKey(g.claimId(c))) {
				claims.add(g.claimId(c));
				assertThat(g.amountUsd(c)).as(g.claimId(c)).isEqualTo(amounts.get(g.claimId(c)));
			}
		}
		assertThat(claims).as("the written claims in the analysis snapshot, once each")
			.containsExactlyInAnyOrderElementsOf(amounts.keySet());
	}

	/** Runs a mutation and checks it was acknowledged: no error, no user error, a change recorded. */
	private static void acknowledged(GraphQlTester.Request<?> request, String mutation) {
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
		response.path(mutation + ".change.id").hasValue();
	}

	/** The snapshot of the version this instance knows, once built. */
	private ClaimProjection current() throws InterruptedException {
		long known = this.versions.known();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		while ((snapshot.stale() || snapshot.projection().version() < known) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			snapshot = this.projections.snapshot();
		}
		assertThat(snapshot.projection().version()).isGreaterThanOrEqualTo(known);
		return snapshot.projection();
	}

}
