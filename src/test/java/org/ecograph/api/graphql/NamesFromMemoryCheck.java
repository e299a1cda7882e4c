package org.ecograph.api.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.data.DriverQueryCounter;
import org.neo4j.driver.Driver;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asks random analysis questions (paths, exposure, ranking, chokepoints, scenarios) twice: once selecting of every
 * entity only what the projection holds (answered from the snapshot, sending nothing to Neo4j), once adding a field
 * only the database holds ({@code description}, which makes every entity of the answer come from Neo4j); the two
 * answers, without that field, must be equal field for field. The same again with each step's explanation and quote
 * (claims read from Neo4j, entities' names from the snapshot against entities from Neo4j).
 */
final class NamesFromMemoryCheck {

	/** Every entity field the projection holds. */
	private static final String ENTITY = "__typename id kind name aliases";

	/** The same and one it does not hold. */
	private static final String ENTITY_FROM_DATABASE = ENTITY + " description";

	private final GraphQlTester graphQl;

	private final DriverQueryCounter counter;

	private final Random random;

	/** How many questions were answered with at least one entity, for the caller to check the check checked. */
	private int withEntities;

	NamesFromMemoryCheck(GraphQlTester graphQl, DriverQueryCounter counter, long seed) {
		this.graphQl = graphQl;
		this.counter = counter;
		this.random = new Random(seed);
	}

	/**
	 * Asks {@code count} random questions about the entities of {@code g} and checks each; first waits for the
	 * background work a new snapshot starts (saving it to its file reads the version and counts) to be over, so that
	 * the queries counted are the questions' own.
	 */
	void check(ClaimProjection g, int count) throws InterruptedException {
		awaitQuiet();
		List<String> ids = new ArrayList<>();
		for (int v = 0; v < g.entityCount(); v++) {
			if (g.present(v)) {
				ids.add(g.entityId(v));
			}
		}
		for (int i = 0; i < count; i++) {
			String question = question(ids);
			Object fromMemory = answerCountingQueries(question.replace("%E", ENTITY).replace("%P", path(ENTITY, false)));
			Object fromDatabase = answer(question.replace("%E", ENTITY_FROM_DATABASE)
				.replace("%P", path(ENTITY_FROM_DATABASE, false)));
			assertThat(fromMemory).as(question).isEqualTo(withoutDescriptions(fromDatabase));
			if (fromMemory.toString().contains("name=")) {
				this.withEntities++;
			}
			if (question.contains("%P")) {
				Object explained = answer(question.replace("%E", ENTITY).replace("%P", path(ENTITY, true)));
				Object explainedFromDatabase = answer(question.replace("%E", ENTITY_FROM_DATABASE)
					.replace("%P", path(ENTITY_FROM_DATABASE, true)));
				assertThat(explained).as("explained: " + question).isEqualTo(withoutDescriptions(explainedFromDatabase));
			}
		}
	}

	private void awaitQuiet() throws InterruptedException {
		awaitQuiet(this.counter);
	}

	/** Waits until nothing is sent to Neo4j for a second (at most a minute). */
	static void awaitQuiet(DriverQueryCounter counter) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		long last = counter.queries();
		long quietSince = System.nanoTime();
		while (System.nanoTime() - quietSince < 1_000_000_000L && System.nanoTime() < deadline) {
			Thread.sleep(100);
			long now = counter.queries();
			if (now != last) {
				last = now;
				quietSince = System.nanoTime();
			}
		}
	}

	int questionsWithEntities() {
		return this.withEntities;
	}

	private static String path(String entity, boolean explained) {
		return "hops strength nodes { " + entity + " } steps { forward "
				+ (explained ? "explanation relation { id kind quote amountUsd }" : "relation { id kind }") + " }";
	}

	/** One random question, {@code %E} standing for an entity's selection and {@code %P} for a path's. */
	private String question(List<String> ids) {
		String a = pick(ids);
		String b = other(ids, a);
		String c = other(ids, a, b);
		String d = other(ids, a, b, c);
		String direction = this.random.nextBoolean() ? "UPSTREAM" : "DOWNSTREAM";
		int hops = 1 + this.random.nextInt(3);
		return switch (this.random.nextInt(7)) {
			case 0 -> "{ influencePaths(from: \"%s\", to: \"%s\", maxHops: %d, k: %d, rankBy: %s, followDirection: %b) { %%P } }"
				.formatted(a, near(a, b), 2 + this.random.nextInt(3), 1 + this.random.nextInt(6),
						this.random.nextBoolean() ? "STRENGTH" : "HOPS", this.random.nextInt(4) == 0);
			case 1 -> ("{ exposure(entity: \"%s\", direction: %s, maxHops: %d, first: %d, maxPaths: %d) "
					+ "{ counterpart { %%E } totalShare directShare pathCount pathsComplete paths { %%P } } }")
				.formatted(a, direction, hops, 1 + this.random.nextInt(30), 1 + this.random.nextInt(4));
			case 2 -> "{ ranking(first: %d, weightBy: %s%s) { score entity { %%E } } }".formatted(
					1 + this.random.nextInt(40), List.of("AMOUNT", "SHARE", "UNIFORM").get(this.random.nextInt(3)),
					this.random.nextBoolean() ? "" : ", kinds: [COMPANY, PROGRAM]");
			case 3 -> "{ chokepoints(entity: \"%s\", direction: %s, maxHops: %d, first: %d) { dominated dependentShare entity { %%E } } }"
				.formatted(a, direction, 1 + hops, 1 + this.random.nextInt(20));
			case 4 -> ("{ scenario(input: { removeEntities: [\"%s\"], addClaims: [{ kind: FUNDS, from: \"%s\", to: \"%s\", "
					+ "shareOfTarget: 0.4 }] }) { exposure(entity: \"%s\", direction: %s, maxHops: %d, first: 15, maxPaths: 2) "
					+ "{ counterpart { %%E } delta before { totalShare counterpart { %%E } paths { %%P } } after { totalShare paths { %%P } } } } }")
				.formatted(c, d, a, a, direction, hops);
			case 5 -> ("{ scenario(input: { removeEntities: [\"%s\"], addClaims: [{ kind: SUPPLIES, from: \"%s\", to: \"%s\" }] }) "
					+ "{ influencePaths(from: \"%s\", to: \"%s\", maxHops: 3, k: 4) { paths { %%P } gone { %%P } new { %%P } } "
					+ "ranking(first: 10) { score entity { %%E } } } }")
				.formatted(c, d, a, a, near(a, b, c));
			default -> "{ influencePaths(from: \"%s\", to: \"%s\", maxHops: 4, k: 3) { %%P } }".formatted(a, b);
		};
	}

	/**
	 * An entity a few relations from {@code id} (found by asking its exposure) but {@code not}, else
	 * {@code fallback}.
	 */
	private String near(String id, String fallback, String... not) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> found = (List<Map<String, Object>>) answer(
				"{ exposure(entity: \"%s\", direction: %s, maxHops: 3, first: 30, kinds: [FUNDS, SUPPLIES, PARTNERS_WITH, OWNS, DEVELOPS, LOCATED_IN]) { counterpart { id } } }"
					.formatted(id, this.random.nextBoolean() ? "UPSTREAM" : "DOWNSTREAM"));
		if (found.isEmpty()) {
			return fallback;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> counterpart = (Map<String, Object>) found.get(this.random.nextInt(found.size()))
			.get("counterpart");
		String near = (String) counterpart.get("id");
		return List.of(not).contains(near) ? fallback : near;
	}

	private String pick(List<String> ids) {
		return ids.get(this.random.nextInt(ids.size()));
	}

	private String other(List<String> ids, String... not) {
		String id = pick(ids);
		while (List.of(not).contains(id)) {
			id = pick(ids);
		}
		return id;
	}

	private Object answerCountingQueries(String document) {
		int seen = this.counter.observed().size();
		long before = this.counter.queries();
		Object answer = answer(document);
		assertThat(this.counter.queries() - before)
			.as(() -> "queries sent for " + document + ": "
					+ this.counter.observed().subList(seen, this.counter.observed().size()))
			.isZero();
		return answer;
	}

	private Object answer(String document) {
		String field = document.substring(2, document.indexOf('('));
		return this.graphQl.document(document).execute().errors().verify().path(field).entity(Object.class).get();
	}

	/** {@code value} without its {@code description} fields, recursively. */
	static Object withoutDescriptions(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> kept = new LinkedHashMap<>();
			map.forEach((k, v) -> {
				if (!"description".equals(k)) {
					kept.put(k, withoutDescriptions(v));
				}
			});
			return kept;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(NamesFromMemoryCheck::withoutDescriptions).toList();
		}
		return value;
	}

	/** The ids of every entity node in the store, in order. */
	static List<String> entityIds(Driver driver) {
		return driver.executableQuery("MATCH (n:Entity) RETURN n.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("id").asString())
			.toList();
	}

	/** What {@code ask} answers, asserting that it sent nothing to Neo4j (the statements it sent in the message). */
	static <T> T withoutQueries(DriverQueryCounter counter, String what, Supplier<T> ask) {
		long before = counter.queries();
		int observed = counter.observed().size();
		T answer = ask.get();
		assertThat(counter.queries() - before)
			.as(() -> "queries for " + what + ": " + counter.observed()
				.subList(observed, counter.observed().size())
				.stream()
				.map(DriverQueryCounter.Statement::text)
				.toList())
			.isZero();
		return answer;
	}

}
