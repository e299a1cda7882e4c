package org.ecograph.api.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.analysis.projection.EntitiesInMemory;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.catalog.Direction;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.GraphVersions;
import org.ecograph.model.ClaimFilter;
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
 * {@code entity(id) { __typename id name aliases kind }} is answered from the projection, sending nothing to Neo4j,
 * and the answer is the database's, field for field, for every entity of the seed; after a steward's write (new
 * names and aliases, a new entity) it still is, once the instance answers from the written version. So is every page
 * of {@code entities(kinds, nameContains)} (cursors, page info, total), answered from the projection's listing without
 * even a transaction's begin, before and after writes. A store of its own, which it shares with
 * {@link AnalysisNamesFromMemoryTests} (the same settings, hence one context): both write, and each compares memory
 * with the database after its own writes, so neither depends on the other's.
 */
@SpringBootTest(properties = { "ecograph.neo4j.home=target/neo4j-tests/in-memory-${random.uuid}",
		"ecograph.neo4j.bolt-port=0", "ecograph.analysis.refresh-interval=1h" })
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
@Import(DriverQueryCounter.class)
class EntitiesInMemoryTests {

	private static final String FROM_MEMORY = "query($id: ID!) { entity(id: $id) { __typename id name aliases kind } }";

	/** The same, plus a field memory does not hold: answered by the database. */
	private static final String FROM_DATABASE = """
			query($id: ID!) { entity(id: $id) { __typename id name aliases kind description } }""";

	/** An entity's relations with their ends: the page is the one query, the entity and the ends come from memory. */
	private static final String RELATIONS_FROM_MEMORY = """
			query($id: ID!) { entity(id: $id) { id name relations(first: 100) { totalCount edges { cursor node {
			  id kind status from { __typename id name kind } to { id name aliases } } } } } }""";

	/** The same, the ends asked a field memory does not hold: read with the page. */
	private static final String RELATIONS_FROM_DATABASE = """
			query($id: ID!) { entity(id: $id) { id name relations(first: 100) { totalCount edges { cursor node {
			  id kind status from { __typename id name kind description }
			  to { id name aliases description } } } } } }""";

	/** A page of an entity's relations under any filter: ids, kinds and ends (an end's description: the database). */
	private static final String RELATION_PAGE = """
			query($id: ID!, $direction: Direction, $kinds: [RelationKind!], $status: [ClaimStatus!],
			      $minConfidence: Float, $asOf: Date, $includeInferred: Boolean = true,
			      $includeRetracted: Boolean = false, $after: String) {
			  entity(id: $id) { relations(direction: $direction, kinds: $kinds, status: $status,
			      minConfidence: $minConfidence, asOf: $asOf, includeInferred: $includeInferred,
			      includeRetracted: $includeRetracted, first: 4, after: $after) {
			    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges { cursor node { __typename id kind from { id name %s }
			      to { __typename id kind aliases } } } } } }""";

	private static final String UPSERT = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { userErrors { message } } }""";

	private static final String UPSERT_CHANGE = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { change { id } } }""";

	private static final String LISTING = """
			query($kinds: [EntityKind!], $text: String, $after: String) {
			  entities(kinds: $kinds, nameContains: $text, first: 7, after: $after) {
			    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges { cursor node { __typename id name aliases kind %s } } } }""";

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
	void everyEntityFromMemoryIsTheDatabasesBeforeAndAfterAStewardWrite() {
		this.projections.snapshot();
		List<String> before = entityIds();
		assertThat(before).hasSizeGreaterThan(50);
		assertSameFromMemoryAndDatabase(before);

		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "in-memory-steward").secret());
		steward.document(UPSERT)
			.variable("input", Map.of("id", "company:openai", "name", "OpenAI Global", "aliases",
					List.of("Open AI", "ÖpenAI — ünïcode")))
			.execute()
			.path("upsertEntity.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		steward.document(UPSERT)
			.variable("input", Map.of("id", "company:memory-newco", "name", "Memory Newco"))
			.execute()
			.path("upsertEntity.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(this.projections.snapshot().projection().version()).isEqualTo(this.versions.known());

		List<String> after = entityIds();
		assertThat(after).contains("company:memory-newco");
		assertSameFromMemoryAndDatabase(after);
		assertThat(answer(FROM_MEMORY, "company:openai")).containsEntry("name", "OpenAI Global")
			.containsEntry("aliases", List.of("Open AI", "ÖpenAI — ünïcode"));
	}

	/**
	 * Also after a merge: the duplicate's relations stay on its node, and their end is the canonical entity either
	 * way (read with the page, the duplicate's node was answered).
	 */
	@Test
	void relationEndsFromMemoryAreTheDatabasesAfterAMerge() throws InterruptedException {
		String u = Long.toString(System.nanoTime(), 36);
		String twin = "company:ends-twin-" + u;
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "ends-steward-" + u).secret());
		steward.document(UPSERT).variable("input", Map.of("id", twin, "name", "Ends twin " + u)).execute()
			.path("upsertEntity.userErrors").entityList(Object.class).hasSize(0);
		steward.documentName("steward-upsertClaim")
			.variable("input", Map.of("id", "claim:ends-twin-supplies-nvidia-" + u, "kind", "SUPPLIES", "from", twin,
					"to", "company:nvidia", "status", "REPORTED", "sources", List.of("source:c9490bf9877dc2fc")))
			.execute().path("upsertClaim.userErrors").entityList(Object.class).hasSize(0);
		steward.documentName("steward-mergeEntities")
			.variable("input", Map.of("duplicate", twin, "canonical", "company:dell"))
			.execute().path("mergeEntities.userErrors").entityList(Object.class).hasSize(0);
		this.projections.snapshot();
		NamesFromMemoryCheck.awaitQuiet(this.counter);
		int withRelations = 0;
		for (String id : entityIds()) {
			long before = this.counter.queries();
			Map<String, Object> fromMemory = answer(RELATIONS_FROM_MEMORY, id);
			assertThat(this.counter.queries() - before).as("the page and its count only, for " + id).isEqualTo(2);
			Object fromDatabase = NamesFromMemoryCheck.withoutDescriptions(answer(RELATIONS_FROM_DATABASE, id));
			assertThat(fromMemory).as(id).isEqualTo(fromDatabase);
			if (fromMemory.toString().contains("from=")) {
				withRelations++;
			}
		}
		assertThat(withRelations).isGreaterThan(50);
		assertThat(answer(RELATIONS_FROM_MEMORY, "company:nvidia").toString())
			.contains("id=claim:ends-twin-supplies-nvidia-" + u + ", kind=SUPPLIES, status=REPORTED, "
					+ "from={__typename=Company, id=company:dell");
	}

	/**
	 * Every page of every entity's relations asked only ids, kinds and ends, under filters and directions, from memory
	 * without a query, equals the database's page, field for field (cursors, page info, totals), before and after
	 * writes (a new claim, a retraction, a merge, whose cluster the database answers): after them, the entities they
	 * touched and a quarter of the others.
	 */
	@Test
	void everyRelationPageFromMemoryIsTheDatabasesBeforeAndAfterStewardWrites() throws InterruptedException {
		this.projections.snapshot();
		int pages = assertSameRelationPages(entityIds());
		assertThat(pages).isGreaterThan(300);
		assertThat(this.memory.list("company:nvidia", Direction.BOTH, ClaimFilter.NONE, null, 5, true)).isNotNull();

		String u = Long.toString(System.nanoTime(), 36);
		String twin = "company:pages-twin-" + u;
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "pages-steward-" + u).secret());
		upsert(steward, Map.of("id", twin, "name", "Pages twin " + u));
		upsertClaim(steward, Map.of("id", "claim:pages-twin-supplies-nvidia-" + u, "kind", "SUPPLIES", "from", twin,
				"to", "company:nvidia", "status", "REPORTED", "sources", List.of("source:c9490bf9877dc2fc")));
		upsertClaim(steward, Map.of("id", "claim:aaa-pages-nvidia-funds-openai-" + u, "kind", "FUNDS", "from",
				"company:nvidia", "to", "company:openai", "status", "PLANNED", "confidence", 0.9, "validFrom",
				"2025-01-01", "sources", List.of("source:c9490bf9877dc2fc")));
		String retracted = firstRelationOf("company:openai");
		steward.documentName("steward-retractClaim")
			.variable("input", Map.of("id", retracted, "reason", "pages test " + u))
			.execute().path("retractClaim.userErrors").entityList(Object.class).hasSize(0);
		steward.documentName("steward-mergeEntities")
			.variable("input", Map.of("duplicate", twin, "canonical", "company:dell"))
			.execute().path("mergeEntities.userErrors").entityList(Object.class).hasSize(0);
		assertThat(this.projections.snapshot().projection().version()).isEqualTo(this.versions.known());

		assertThat(this.memory.list(twin, Direction.BOTH, ClaimFilter.NONE, null, 5, true)).as("judged").isNull();
		assertThat(this.memory.list("company:dell", Direction.BOTH, ClaimFilter.NONE, null, 5, true)).isNull();
		// the entities the writes touched, and a quarter of the others
		List<String> ids = new ArrayList<>(List.of("company:nvidia", "company:openai", "company:dell", twin));
		ids.addAll(this.driver.executableQuery("MATCH (:Entity)-[r {id: $id}]-(e:Entity) RETURN e.id AS id")
			.withParameters(Map.of("id", retracted)).execute().records().stream().map(r -> r.get("id").asString())
			.toList());
		List<String> all = entityIds();
		for (int i = 0; i < all.size(); i += 4) {
			ids.add(all.get(i));
		}
		assertSameRelationPages(ids);
		assertThat(relationPage("company:nvidia", Map.of("kinds", List.of("SUPPLIES")), null, false).toString())
			.contains("id=claim:pages-twin-supplies-nvidia-" + u + ", kind=SUPPLIES, from={id=company:dell");
		assertThat(relationPage("company:openai", Map.of("includeRetracted", true), null, false).toString())
			.contains(retracted);
		assertThat(relationPage("company:openai", Map.of(), null, false).toString()).doesNotContain(retracted + ",");
	}

	/**
	 * Every page of each entity's relations under several filters: from memory (no query, but for the ids of judged
	 * clusters, which the database answers) and from the database, compared.
	 */
	private int assertSameRelationPages(List<String> ids) throws InterruptedException {
		Set<String> judged = new HashSet<>();
		this.driver.executableQuery("MATCH (m:MergedId) WHERE m.into IS NOT NULL RETURN m.id AS id, m.into AS into")
			.execute().records().forEach(r -> judged.addAll(List.of(r.get("id").asString(), r.get("into").asString())));
		NamesFromMemoryCheck.awaitQuiet(this.counter);
		List<Map<String, Object>> filters = List.of(Map.of(), Map.of("direction", "OUT"),
				Map.of("direction", "IN", "kinds", List.of("FUNDS", "SUPPLIES", "PARTNERS_WITH")),
				Map.of("status", List.of("REPORTED", "PLANNED"), "minConfidence", 0.6),
				Map.of("asOf", "2025-06-01", "includeInferred", false), Map.of("includeRetracted", true),
				Map.of("kinds", List.of()));
		int pages = 0;
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			// every entity unfiltered; a third of them under each filter, in turn
			for (int f = 0; f < filters.size(); f++) {
				if (f > 0 && i % 3 != f % 3 && !judged.contains(id)) {
					continue;
				}
				String after = null;
				do {
					long before = this.counter.queries();
					Map<String, Object> fromMemory = relationPage(id, filters.get(f), after, false);
					long queries = this.counter.queries() - before;
					if (!judged.contains(id)) {
						assertThat(queries).as("queries for %s %s %s", id, filters.get(f), after).isZero();
					}
					else if (f == 0) {
						assertThat(queries).as("the database answers %s", id).isPositive();
					}
					Object fromDatabase = NamesFromMemoryCheck
						.withoutDescriptions(relationPage(id, filters.get(f), after, true));
					assertThat(fromMemory).as("%s %s after %s", id, filters.get(f), after).isEqualTo(fromDatabase);
					pages++;
					after = nextCursor(fromMemory);
				}
				while (after != null && pages < 20_000);
			}
		}
		return pages;
	}

	/** A page of four of the entity's relations, the {@code from} end asking a description when from the database. */
	private Map<String, Object> relationPage(String id, Map<String, Object> filter, String after,
			boolean fromDatabase) {
		GraphQlTester.Request<?> request = this.graphQlTester.document(RELATION_PAGE
			.formatted(fromDatabase ? "description" : "")).variable("id", id).variable("after", after);
		for (Map.Entry<String, Object> v : filter.entrySet()) {
			request = request.variable(v.getKey(), v.getValue());
		}
		return request.execute().errors().verify().path("entity.relations").entity(StewardMaps.TYPE).get();
	}

	private String firstRelationOf(String id) {
		return this.driver.executableQuery("MATCH (:Entity {id: $id})-[r]-() RETURN r.id AS id ORDER BY id LIMIT 1")
			.withParameters(Map.of("id", id)).execute().records().get(0).get("id").asString();
	}

	private static void upsertClaim(GraphQlTester steward, Map<String, Object> input) {
		steward.documentName("steward-upsertClaim").variable("input", input).execute()
			.path("upsertClaim.userErrors").entityList(Object.class).hasSize(0);
	}

	@Test
	void anIdMemoryDoesNotKnowIsAskedOfTheDatabase() {
		this.projections.snapshot();

		assertThat(this.memory.find("company:nobody")).isEmpty();
		assertThat(this.graphQlTester.document(FROM_MEMORY).variable("id", "company:nobody").execute()
			.path("entity").valueIsNull());
	}

	private void assertSameFromMemoryAndDatabase(List<String> ids) {
		settle();
		for (String id : ids) {
			assertThat(this.memory.find(id)).as(id).isPresent();
			Map<String, Object> fromMemory = NamesFromMemoryCheck.withoutQueries(this.counter, id,
					() -> answer(FROM_MEMORY, id));
			Map<String, Object> fromDatabase = new LinkedHashMap<>(answer(FROM_DATABASE, id));
			fromDatabase.remove("description");
			assertThat(fromMemory).as(id).isEqualTo(fromDatabase);
		}
	}

	/**
	 * Lets the background work a write starts in this shared context (the saved questions' round after a new version,
	 * which reads the store) finish, so the queries counted next are the request's own.
	 */
	private void settle() {
		try {
			NamesFromMemoryCheck.awaitQuiet(this.counter);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Map<String, Object> answer(String document, String id) {
		return this.graphQlTester.document(document)
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path("entity")
			.entity(StewardMaps.TYPE)
			.get();
	}

	private List<String> entityIds() {
		return NamesFromMemoryCheck.entityIds(this.driver);
	}

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
					after = nextCursor(fromMemory);
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
		return request.execute().errors().verify().path("entities").entity(StewardMaps.TYPE).get();
	}

	/** The cursor after a page, {@code null} when it is the last. */
	private static String nextCursor(Map<String, Object> page) {
		@SuppressWarnings("unchecked")
		Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
		return Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
	}

	private static void upsert(GraphQlTester steward, Map<String, Object> input) {
		steward.document(UPSERT).variable("input", input).execute().path("upsertEntity.userErrors")
			.entityList(Object.class).hasSize(0);
	}

	/** The type of a JSON object as a map. */
	private static final class StewardMaps {

		@SuppressWarnings("unchecked")
		static final Class<Map<String, Object>> TYPE = (Class<Map<String, Object>>) (Class<?>) Map.class;

	}

}
