package org.ecograph.catalog;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.WritableGraphTest;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources listing over more sources than a page holds, and {@code knownOn} on a claim the steward writes now
 * (its {@code recordedAt} stamped by the write), on a store of their own. Ids are unique per test.
 */
@WritableGraphTest
class SourcesAndKnownOnWrittenTests {

	private static final String SEED_SOURCE = "source:c9490bf9877dc2fc";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	Driver driver;

	private GraphQlTester steward;

	private GraphQlTester reader;

	private String unique;

	@BeforeEach
	void testers() {
		this.unique = Long.toString(System.nanoTime(), 36);
		this.steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "known-on-steward-" + this.unique).secret());
		this.reader = MockMvcGraphQlTransport.tester(this.mvc, this.json, null);
	}

	@Test
	void sourcesPagesOverEverySourceOnceInIdOrder() {
		List<String> added = List.of("source:paging-" + this.unique + "-a", "source:paging-" + this.unique + "-b",
				"source:paging-" + this.unique + "-c");
		for (String id : added) {
			write("steward-addSource", "addSource", Map.of("id", id, "title", "Paging " + id, "language", "en"));
		}
		List<String> stored = this.driver.executableQuery("MATCH (s:Source) RETURN s.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("id").asString())
			.toList();

		List<String> paged = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = this.reader.documentName("catalog-sources")
				.variable("first", 2)
				.variable("after", after)
				.execute();
			page.path("sources.totalCount").entity(Integer.class).isEqualTo(stored.size());
			page.path("sources.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
			paged.addAll(page.path("sources.edges[*].node.id").entityList(String.class).get());
			after = page.path("sources.pageInfo.endCursor").entity(String.class).get();
			more = page.path("sources.pageInfo.hasNextPage").entity(Boolean.class).get();
			pages++;
		}
		assertThat(paged).containsExactlyElementsOf(stored).doesNotHaveDuplicates().containsAll(added).contains(SEED_SOURCE);
		assertThat(pages).isEqualTo((stored.size() + 1) / 2);
	}

	@Test
	void aClaimWrittenNowIsKnownFromItsRecordDayOnAndNotTheDayBefore() {
		String a = "company:known-on-a-" + this.unique;
		String b = "program:known-on-b-" + this.unique;
		String claim = "claim:known-on-" + this.unique;
		write("steward-upsertEntity", "upsertEntity", Map.of("id", a, "name", "Known On A " + this.unique));
		write("steward-upsertEntity", "upsertEntity", Map.of("id", b, "name", "Known On B " + this.unique));
		LocalDate before = LocalDate.now(ZoneOffset.UTC);
		write("steward-upsertClaim", "upsertClaim", Map.of("id", claim, "kind", "FUNDS", "from", a, "to", b, "status",
				"REPORTED", "sources", List.of(SEED_SOURCE)));
		LocalDate after = LocalDate.now(ZoneOffset.UTC);

		LocalDate recorded = LocalDate.parse(this.reader.documentName("catalog-relation")
			.variable("id", claim)
			.execute()
			.path("relation.recordedOn")
			.entity(String.class)
			.get());
		assertThat(recorded).isBetween(before, after);

		assertThat(relationsFrom(a, recorded.minusDays(1))).isEmpty();
		assertThat(relationsFrom(a, recorded)).containsExactly(claim);
		assertThat(relationsFrom(a, recorded.plusDays(1))).containsExactly(claim);
		assertThat(relationsOf(b, recorded.minusDays(1))).isEmpty();
		assertThat(relationsOf(b, recorded)).containsExactly(claim);

		// A correction keeps the day the claim was first recorded.
		write("steward-upsertClaim", "upsertClaim", Map.of("id", claim, "kind", "FUNDS", "amountUsd", 1e6));
		this.reader.documentName("catalog-relation")
			.variable("id", claim)
			.execute()
			.path("relation.recordedOn")
			.entity(String.class)
			.isEqualTo(recorded.toString());
	}

	private List<String> relationsFrom(String from, LocalDate knownOn) {
		return this.reader.documentName("catalog-relations")
			.variable("from", from)
			.variable("knownOn", knownOn.toString())
			.execute()
			.path("relations.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private List<String> relationsOf(String entity, LocalDate knownOn) {
		return this.reader.documentName("catalog-entity-relations")
			.variable("id", entity)
			.variable("knownOn", knownOn.toString())
			.execute()
			.path("entity.relations.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private void write(String document, String field, Map<String, Object> input) {
		GraphQlTester.Response response = this.steward.documentName(document).variable("input", input).execute();
		response.errors().verify();
		response.path(field + ".userErrors").entityList(Object.class).hasSize(0);
	}

}
