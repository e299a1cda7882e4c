package org.ecograph.api.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.analysis.projection.EntitiesInMemory;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.GraphVersions;
import org.ecograph.model.EntityNames;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code entities(kinds, nameContains)} asking of its entities only what memory holds is answered from the
 * projection's listing, sending nothing to Neo4j (not even a transaction's begin), and every page of it (cursors,
 * page info, total) is the database's, field for field: for needles taken from the seed's names and aliases (in
 * other cases, in Chinese, matching nothing, empty) and kinds; again after steward writes (a rename, new aliases, a
 * new entity, a merge, an entity created then reverted). The context of {@link EntitiesInMemoryTests} (same
 * settings): it compares memory with the database after its own writes.
 */
@SpringBootTest(properties = { "ecograph.neo4j.home=target/neo4j-tests/in-memory-${random.uuid}",
		"ecograph.neo4j.bolt-port=0", "ecograph.analysis.refresh-interval=1h" })
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
@Import(DriverQueryCounter.class)
class EntityListingFromMemoryTests {

	private static final String LISTING = """
			query($kinds: [EntityKind!], $text: String, $after: String) {
			  entities(kinds: $kinds, nameContains: $text, first: 7, after: $after) {
			    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges { cursor node { __typename id name aliases kind %s } } } }""";

	private static final String UPSERT = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { userErrors { message } } }""";

	private static final String UPSERT_CHANGE = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { change { id } } }""";

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	Driver driver;

	@Autowired
	DriverQueryCounter counter;

	@Autowired
	ProjectionHolder projections;

	@Autowired
	EntitiesInMemory memory;

	@Autowired
	GraphVersions versions;

	@Test
	void everyPageFromMemoryIsTheDatabasesBeforeAndAfterStewardWrites() throws InterruptedException {
		this.projections.snapshot();
		assertThat(this.memory.list(null, null, null, 5, true)).as("the listing is made with the build").isNotNull();
		int pages = assertSameListings(needles());
		assertThat(pages).isGreaterThan(40);

		String u = Long.toString(System.nanoTime(), 36);
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "listing-steward-" + u).secret());
		upsert(steward, Map.of("id", "company:nvidia", "name", "Nvidia Listing " + u, "aliases",
				List.of("NV Listing", "英伟达列表")));
		upsert(steward, Map.of("id", "company:listing-newco-" + u, "name", "Aaa Listing Newco " + u));
		upsert(steward, Map.of("id", "company:listing-twin-" + u, "name", "Listing twin " + u));
		String created = steward.document(UPSERT_CHANGE)
			.variable("input", Map.of("id", "company:listing-gone-" + u, "name", "Listing gone " + u))
			.execute().path("upsertEntity.change.id").entity(String.class).get();
		steward.documentName("steward-mergeEntities")
			.variable("input", Map.of("duplicate", "company:listing-twin-" + u, "canonical", "company:dell"))
			.execute().path("mergeEntities.userErrors").entityList(Object.class).hasSize(0);
		steward.document("""
				mutation($id: ID!) { revertChange(input: { id: $id }) { userErrors { message } } }""")
			.variable("id", created)
			.execute().path("revertChange.userErrors").entityList(Object.class).hasSize(0);
		assertThat(this.projections.snapshot().projection().version()).isEqualTo(this.versions.known());

		Set<String> after = new LinkedHashSet<>(needles());
		after.addAll(List.of("listing", "listing " + u, "twin " + u, "gone " + u, "英伟达", "nv listing"));
		assertSameListings(new ArrayList<>(after));
		assertThat(listing(null, "Listing twin " + u, null, false).toString()).contains("company:listing-twin-" + u);
		assertThat(listing(null, "gone " + u, null, false).toString()).doesNotContain("company:listing-gone-");
		assertThat(listing(null, "英伟达列表", null, false).toString()).contains("company:nvidia");
	}

	/** Every page of every needle, kinds none, one and two, from memory and from the database; the pages compared. */
	private int assertSameListings(List<String> needles) throws InterruptedException {
		NamesFromMemoryCheck.awaitQuiet(this.counter);
		int pages = 0;
		List<List<String>> kindSets = new ArrayList<>();
		kindSets.add(null);
		kindSets.add(List.of("COMPANY"));
		kindSets.add(List.of("AGENCY", "PROGRAM"));
		for (String needle : needles) {
			for (List<String> kinds : kindSets) {
				String after = null;
				do {
					long before = this.counter.queries();
					int sessions = this.counter.sessions().size();
					Map<String, Object> fromMemory = listing(kinds, needle, after, false);
					assertThat(this.counter.queries() - before).as("queries for %s %s %s", needle, kinds, after)
						.isZero();
					assertThat(this.counter.sessions()).as("no session, no transaction either").hasSize(sessions);
					Object fromDatabase = NamesFromMemoryCheck.withoutDescriptions(listing(kinds, needle, after, true));
					assertThat(fromMemory).as("%s %s after %s", needle, kinds, after).isEqualTo(fromDatabase);
					pages++;
					@SuppressWarnings("unchecked")
					Map<String, Object> info = (Map<String, Object>) fromMemory.get("pageInfo");
					after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
				}
				while (after != null && pages < 5_000);
			}
		}
		return pages;
	}

	/** Needles from the store's names and aliases: parts of them in other cases, and some that match nothing. */
	private List<String> needles() {
		Set<String> needles = new LinkedHashSet<>(List.of("", "zzzz-nothing", "a", "AI", "tech"));
		try (var session = this.driver.session()) {
			List<String> texts = session
				.run("MATCH (n:Entity) RETURN n.name AS name, n.aliases AS aliases ORDER BY n.id")
				.list(r -> {
					List<String> all = new ArrayList<>();
					all.add(r.get("name").asString(""));
					all.addAll(r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(v -> v.asString()));
					return all;
				})
				.stream()
				.flatMap(List::stream)
				.filter(t -> t.length() >= 4)
				.toList();
			for (int i = 0; i < texts.size(); i += Math.max(1, texts.size() / 12)) {
				String t = texts.get(i);
				needles.add(t.substring(1, 4).toUpperCase(Locale.ROOT));
				needles.add(t.substring(t.length() - 3));
			}
			texts.stream().filter(t -> t.codePoints().anyMatch(c -> c > 0x2E80)).limit(3)
				.forEach(t -> needles.add(t.substring(0, 2)));
		}
		needles.removeIf(n -> n.indexOf(EntityNames.SEPARATOR) >= 0);
		return new ArrayList<>(needles);
	}

	private Map<String, Object> listing(List<String> kinds, String text, String after, boolean fromDatabase) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("kinds", kinds);
		variables.put("text", text);
		variables.put("after", after);
		GraphQlTester.Request<?> request = this.graphQlTester
			.document(LISTING.formatted(fromDatabase ? "description" : ""));
		for (Map.Entry<String, Object> v : variables.entrySet()) {
			request = request.variable(v.getKey(), v.getValue());
		}
		return request.execute().errors().verify().path("entities").entity(MapType.TYPE).get();
	}

	private static void upsert(GraphQlTester steward, Map<String, Object> input) {
		steward.document(UPSERT).variable("input", input).execute().path("upsertEntity.userErrors")
			.entityList(Object.class).hasSize(0);
	}

	/** The type of a JSON object as a map. */
	private static final class MapType {

		@SuppressWarnings("unchecked")
		static final Class<Map<String, Object>> TYPE = (Class<Map<String, Object>>) (Class<?>) Map.class;

	}

}
