package org.ecograph.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.backup.BackupWriter;
import org.ecograph.ingest.GraphValidator;
import org.ecograph.ingest.ScriptFinder;
import org.ecograph.ingest.ScriptLoader;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the application is asked to do in a day, for {@link QueryPlansTests}: every GraphQL query document of
 * {@code src/test/resources/graphql-test/} (each with sensible variables, paged on where it pages), the steward's
 * mutations, tokens created, checked, listed and revoked, an export, a script loaded for real and dry, and the
 * whole-graph operations: a backup, the validation of the whole graph (a load on a server outside this JVM) and the
 * refresh of every name key (a start on a store written before keys). Each operation must succeed (the documents
 * written to be refused excepted), so its statements are the ones a real request sends.
 */
final class OperationCorpus {

	/**
	 * The statements a whole-graph operation sent: those from {@code from} (inclusive) to {@code to} (exclusive) of
	 * the observer's list.
	 */
	record Window(String operation, int from, int to) {

		boolean holds(int index) {
			return index >= this.from && index < this.to;
		}

	}

	/** Whole-graph operations, by name. */
	static final String BACKUP = "backup";

	static final String WHOLE_GRAPH_VALIDATION = "whole-graph validation";

	static final String NAME_KEYS = "name keys of every entity";

	static final String CHANGE_SUBJECTS = "subject nodes of every recorded change";

	static final Path DOCUMENTS = Path.of("src/test/resources/graphql-test");

	/** The documents written to be refused (by the depth, complexity or introspection guards). */
	private static final Set<String> REFUSED = Set.of("api-too-complex", "api-too-deep", "introspection-abuse-cycle",
			"introspection-abuse-deep", "introspection-with-deep-data", "analysis-criticalClaims-of-exposure-routes");

	/** Where a document's page ends, to ask for the next page. */
	private static final Map<String, String> END_CURSORS = Map.of("catalog-entities", "entities.pageInfo.endCursor",
			"catalog-entities-from-database", "entities.pageInfo.endCursor", "catalog-relations",
			"relations.pageInfo.endCursor", "catalog-entity-relations",
			"entity.relations.pageInfo.endCursor", "catalog-sources", "sources.pageInfo.endCursor");

	/** A variable and its type: required when the type ends in {@code !}. */
	private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)\\s*:\\s*([\\w\\[\\]!]+)");

	/** The variables each query document is sent with, once per map; a document not named is sent without. */
	private static final Map<String, List<Map<String, Object>>> VARIABLES = new TreeMap<>(Map.ofEntries(
			Map.entry("analysis-exposure", List.of(Map.of("entity", "company:softbank", "maxHops", 3),
					Map.of("entity", "program:stargate", "direction", "DOWNSTREAM", "kinds", List.of("FUNDS")))),
			Map.entry("analysis-fundingSummary", List.of(Map.of("target", "program:stargate"))),
			Map.entry("analysis-exposureChanges", List.of(Map.of("entity", "program:stargate", "from", "2020-01-01",
					"to", "9999-12-31"), Map.of("entity", "company:softbank", "from", "2026-11-30", "to", "2026-12-01",
							"first", 2))),
			Map.entry("analysis-known-on-exposure", List.of(Map.of("entity", "company:softbank", "knownOn", "2026-12-01"),
					Map.of("entity", "program:stargate", "direction", "DOWNSTREAM", "knownOn", "9999-12-31"))),
			Map.entry("analysis-known-on-influencePaths",
					List.of(Map.of("from", "company:nvidia", "to", "program:stargate", "knownOn", "2026-12-01"))),
			Map.entry("analysis-known-on-ranking", List.of(Map.of("knownOn", "2026-12-01"))),
			Map.entry("analysis-known-on-fundingSummary", List.of(Map.of("target", "program:stargate", "knownOn",
					"2026-12-01", "status", List.of("COMMITTED")))),
			Map.entry("analysis-known-on-scenario", List.of(Map.of("input", Map.of("removeEntities",
					List.of("company:softbank")), "entity", "program:stargate", "from", "company:nvidia", "to",
					"program:stargate", "knownOn", "2026-12-01"))),
			Map.entry("analysis-influencePaths",
					List.of(Map.of("from", "company:nvidia", "to", "program:stargate", "maxHops", 3, "k", 3))),
			Map.entry("analysis-ranking", List.of(Map.of("first", 10), Map.of("kinds", List.of("COMPANY")))),
			Map.entry("analysis-scenario", List.of(Map.of("input", Map.of("removeEntities", List.of("company:softbank"),
					"addClaims", List.of(Map.of("kind", "SUPPLIES", "from", "company:oracle", "to", "company:nvidia"))),
					"entity", "company:nvidia", "from", "company:nvidia", "to", "company:oracle", "first", 10))),
			Map.entry("analysis-scenario-hypothetical-entity", List.of(Map.of("input", Map.of("addEntities",
					List.of(Map.of("id", "company:new-chip-maker", "name", "New Chip Maker")), "addClaims",
					List.of(Map.of("kind", "SUPPLIES", "from", "company:new-chip-maker", "to", "program:stargate"))),
					"entity", "program:stargate", "from", "company:new-chip-maker", "to", "program:stargate"))),
			Map.entry("analysis-criticalClaims", List.of(Map.of("from", "company:nvidia", "to", "company:softbank",
					"k", 3, "entity", "company:nvidia", "first", 5))),
			Map.entry("analysis-criticalClaims-of-exposure-routes", List.of(Map.of("entity", "company:nvidia"))),
			Map.entry("analysis-chokepoints", List.of(Map.of("entity", "company:nvidia", "direction", "UPSTREAM"))),
			Map.entry("api-nested-measures", List.of(Map.of("first", 10))),
			Map.entry("api-nested-relations", List.of(Map.of("first", 10))),
			Map.entry("catalog-entities", List.of(Map.of("first", 5), Map.of("kinds", List.of("COMPANY"), "first", 5),
					Map.of("nameContains", "open", "first", 1))),
			Map.entry("catalog-entities-from-database", List.of(Map.of("first", 5),
					Map.of("kinds", List.of("COMPANY"), "first", 5), Map.of("nameContains", "open", "first", 1))),
			Map.entry("catalog-entity", List.of(Map.of("id", "company:openai"))),
			Map.entry("catalog-relation", List.of(Map.of("id", "claim:softbank-funds-stargate"),
					Map.of("id", "claim:microsoft-partners-with-blackrock"), Map.of("id", "claim:nobody-funds-nothing"))),
			Map.entry("catalog-relation-assertions", List.of(Map.of("id", "claim:softbank-funds-stargate"))),
			Map.entry("catalog-entity-relations-assertions", List.of(Map.of("id", "program:stargate"))),
			Map.entry("consistency-conflicts", List.of(Map.of(), Map.of("entity", "program:stargate"))),
			Map.entry("catalog-source", List.of(Map.of("id", "source:c9490bf9877dc2fc"), Map.of("id", "source:nothing"))),
			Map.entry("catalog-sources", List.of(Map.of("first", 1))),
			Map.entry("catalog-entity-relations", List.of(Map.of("id", "company:openai", "first", 2),
					Map.of("id", "program:stargate", "direction", "IN", "kinds", List.of("FUNDS"), "status",
							List.of("REPORTED", "PLANNED"), "minConfidence", 0.5, "asOf", "2025-06-01"),
					Map.of("id", "program:ai-infrastructure-partnership", "direction", "IN", "knownOn", "2026-12-01"))),
			Map.entry("catalog-entity-relations-inferred",
					List.of(Map.of("id", "program:stargate", "includeInferred", false))),
			Map.entry("catalog-relations", List.of(Map.of("first", 3), Map.of("kinds", List.of("FUNDS", "OWNS")),
					Map.of("from", "company:openai", "first", 2), Map.of("to", "program:stargate", "status",
							List.of("REPORTED")), Map.of("kinds", List.of("MEMBER_OF"), "knownOn", "2026-12-01"),
					Map.of("knownOn", "2026-11-30", "first", 5))),
			Map.entry("catalog-relations-known-on", List.of(Map.of("to", "program:stargate", "knownOn", "2026-12-01"),
					Map.of("to", "program:stargate", "status", List.of("COMMITTED"), "minConfidence", 0.5, "knownOn",
							"2026-12-01", "first", 2))),
			Map.entry("catalog-entity-relations-known-on", List.of(Map.of("id", "company:softbank", "knownOn",
					"2026-12-01"), Map.of("id", "company:softbank", "status", List.of("COMMITTED"), "knownOn",
							"2026-12-01"))),
			Map.entry("catalog-knowledgeChanges", List.of(Map.of("from", "2020-01-01", "to", "9999-12-31"),
					Map.of("from", "2026-11-30", "to", "2026-12-01", "first", 2),
					Map.of("from", "2020-01-01", "to", "9999-12-31", "entity", "program:stargate"))),
			Map.entry("catalog-search", List.of(Map.of("text", "stargate"),
					Map.of("text", "open ai", "kinds", List.of("COMPANY"), "first", 5))),
			Map.entry("catalog-subgraph", List.of(Map.of("ids", List.of("company:dell"), "hops", 2))),
			Map.entry("measures-consistency", List.of(Map.of(), Map.of("entity", "program:stargate"))),
			Map.entry("measures-entity", List.of(Map.of("id", "program:stargate"),
					Map.of("id", "company:openai", "metric", "market-share", "includeInferred", false))),
			Map.entry("measures-relations", List.of(Map.of("to", "program:stargate"))),
			Map.entry("measures-summary", List.of(Map.of("metric", "planned-capacity"),
					Map.of("metric", "data-center-count", "groupBy", "PROGRAM"),
					Map.of("metric", "contract-term", "groupBy", "PROGRAM", "status", List.of("REPORTED")),
					Map.of("metric", "no-such-metric"))),
			Map.entry("steward-changes", List.of(Map.of("first", 5), Map.of("since", "2020-01-01", "first", 2),
					Map.of("after", "change:1", "first", 2))),
			Map.entry("steward-entity-relations", List.of(Map.of("id", "program:stargate", "includeRetracted", true))),
			Map.entry("steward-history", List.of(Map.of("id", "program:stargate", "first", 5)))));

	private static final String SOURCE = "source:c9490bf9877dc2fc";

	private final MockMvc mvc;

	private final JsonMapper json;

	private final ApiTokenStore tokens;

	private final BackupWriter backup;

	private final ScriptLoader loader;

	private final DriverQueryCounter observer;

	private final Transactions transactions;

	private final Graph graph;

	private final EntityNameKeys nameKeys;

	private final ChangeLog changeLog;

	private final List<Window> windows = new ArrayList<>();

	private final String unique = Long.toString(System.nanoTime(), 36);

	OperationCorpus(MockMvc mvc, JsonMapper json, ApiTokenStore tokens, BackupWriter backup, ScriptLoader loader,
			DriverQueryCounter observer, Transactions transactions, Graph graph, EntityNameKeys nameKeys,
			ChangeLog changeLog) {
		this.mvc = mvc;
		this.json = json;
		this.tokens = tokens;
		this.backup = backup;
		this.loader = loader;
		this.observer = observer;
		this.transactions = transactions;
		this.graph = graph;
		this.nameKeys = nameKeys;
		this.changeLog = changeLog;
	}

	/**
	 * Runs every operation; {@code folder} is an empty folder for the backup and the scripts.
	 * @return where in the observer's list the whole-graph operations' statements stand
	 */
	List<Window> run(Path folder) throws Exception {
		String analyst = this.tokens.create(Role.ANALYST, "plans-analyst-" + this.unique).secret();
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "plans-steward-" + this.unique).secret());
		GraphQlTester watcher = MockMvcGraphQlTransport.tester(this.mvc, this.json, analyst);
		stewardMutations(steward, watcher);
		awaitWatchEvent(watcher);
		queryDocuments(watcher);
		this.mvc.perform(get("/export/graphml?ids=company:dell&hops=1").header("Authorization", "Bearer " + analyst))
			.andExpect(status().isOk());
		this.tokens.list();
		this.tokens.any();
		this.tokens.revoke("plans-analyst-" + this.unique);
		loadScripts(folder.resolve("scripts"));
		wholeGraph(BACKUP, () -> this.backup.write(folder.resolve("backup")));
		wholeGraph(WHOLE_GRAPH_VALIDATION, () -> this.transactions.read(() -> GraphValidator.violations(this.graph)));
		wholeGraph(NAME_KEYS, () -> this.transactions.write(() -> {
			this.nameKeys.anyMissing();
			return this.nameKeys.refreshAll();
		}));
		wholeGraph(NAME_KEYS, () -> this.nameKeys.refreshAllInBatches(50, Duration.ofMinutes(1), progress -> {
		}, () -> false));
		wholeGraph(CHANGE_SUBJECTS, () -> this.transactions.read(this.changeLog::anySubjectUnwritten));
		wholeGraph(CHANGE_SUBJECTS, () -> this.changeLog.writeSubjectsInBatches(50, Duration.ofMinutes(1), progress -> {
		}, () -> false));
		return List.copyOf(this.windows);
	}

	private void wholeGraph(String operation, Callable<?> work) throws Exception {
		int from = this.observer.observed().size();
		work.call();
		this.windows.add(new Window(operation, from, this.observer.observed().size()));
	}

	/** The query documents (not the mutations), each with its variables, and its next page where it has one. */
	private void queryDocuments(GraphQlTester analyst) throws IOException {
		for (String name : queryDocumentNames()) {
			List<Map<String, Object>> variableSets = VARIABLES.getOrDefault(name, List.of(Map.of()));
			for (Map<String, Object> variables : variableSets) {
				String document = Files.readString(DOCUMENTS.resolve(name + ".graphql"), StandardCharsets.UTF_8);
				VARIABLE.matcher(document)
					.results()
					.filter(variable -> variable.group(2).endsWith("!"))
					.forEach(required -> assertThat(variables)
						.as("%s needs a value of $%s in OperationCorpus.VARIABLES", name, required.group(1))
						.containsKey(required.group(1)));
				GraphQlTester.Response response = send(analyst, name, variables);
				String endCursor = END_CURSORS.get(name);
				if (endCursor != null) {
					String next = response.path(endCursor).entity(String.class).get();
					if (next != null) {
						Map<String, Object> following = new TreeMap<>(variables);
						following.put("after", next);
						send(analyst, name, following);
					}
				}
			}
		}
	}

	private static GraphQlTester.Response send(GraphQlTester tester, String name, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester.documentName(name);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		GraphQlTester.Response response = request.execute();
		if (!REFUSED.contains(name)) {
			response.errors().verify();
		}
		return response;
	}

	/** The names of the documents that are queries, sorted. */
	static List<String> queryDocumentNames() throws IOException {
		try (Stream<Path> files = Files.list(DOCUMENTS)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".graphql"))
				.filter(OperationCorpus::isQuery)
				.map(f -> f.getFileName().toString().replace(".graphql", ""))
				.sorted()
				.toList();
		}
	}

	private static boolean isQuery(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.findFirst()
				.map(line -> line.startsWith("query") || line.startsWith("{"))
				.orElse(false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every mutation, on entities, claims and a source of its own, each succeeding; between them, a watch of each kind
	 * saved (their evaluation after the claims runs every statement of a round) and one deleted.
	 */
	private void stewardMutations(GraphQlTester steward, GraphQlTester watcher) {
		String a = "company:plans-a-" + this.unique;
		String b = "company:plans-b-" + this.unique;
		String p = "program:plans-p-" + this.unique;
		String source = "source:plans-" + this.unique;
		mutate(steward, "steward-upsertEntity", Map.of("id", a, "name", "Plans A"));
		mutate(steward, "steward-upsertEntity", Map.of("id", a, "aliases", List.of("计划甲"), "comment", "alias"));
		mutate(steward, "steward-upsertEntity", Map.of("id", b, "name", "Plans B"));
		mutate(steward, "steward-upsertEntity", Map.of("id", p, "name", "Plans P", "budgetUsd", 1e7));
		mutate(steward, "steward-addSource", Map.of("id", source, "title", "Plans report", "language", "en"));
		saveWatch(watcher, Map.of("kind", "NEW_PATH", "from", a, "to", p));
		saveWatch(watcher, Map.of("kind", "ENTITY_TOUCHED", "entity", a));
		saveWatch(watcher, Map.of("kind", "EXPOSURE_ABOVE", "entity", p, "threshold", 0.05));
		String ranked = saveWatch(watcher, Map.of("kind", "RANK_TOP", "entity", a, "top", 10));
		watcher.documentName("watch-deleteWatch").variable("id", ranked).execute().errors().verify();
		String claim = "claim:plans-a-funds-p-" + this.unique;
		mutate(steward, "steward-upsertClaim", Map.of("id", claim, "kind", "FUNDS", "from", a, "to", p, "status",
				"REPORTED", "sources", List.of(source), "amountUsd", 1e6));
		mutate(steward, "steward-upsertClaim", Map.of("id", claim, "kind", "FUNDS", "shareOfTarget", 0.1));
		mutate(steward, "steward-upsertClaim", Map.of("id", "claim:plans-b-funds-p-" + this.unique, "kind", "FUNDS",
				"from", b, "to", p, "status", "PLANNED", "sources", List.of(SOURCE)));
		String second = "source:plans-second-" + this.unique;
		mutate(steward, "steward-addSource", Map.of("id", second, "title", "Plans second report"));
		String asserted = mutate(steward, "steward-assertClaim", Map.of("claim", claim, "source", second, "quote",
				"A funds P with 2 million", "amountUsd", 2e6))
			.path("assertClaim.assertion.id")
			.entity(String.class)
			.get();
		mutate(steward, "steward-assertClaim", Map.of("claim", "claim:plans-p-funds-a-" + this.unique, "kind",
				"FUNDS", "from", p, "to", a, "source", second, "quote", "P funds A"));
		mutate(steward, "steward-rankAssertion", Map.of("id", asserted, "rank", "PREFERRED", "reason", "plans"));
		mutate(steward, "steward-retractClaim", Map.of("id", claim, "reason", "the plan test withdraws it"));
		String merge = mutate(steward, "steward-mergeEntities", Map.of("duplicate", b, "canonical", a))
			.path("mergeEntities.change.id")
			.entity(String.class)
			.get();
		mutate(steward, "steward-revertChange", Map.of("id", merge));
	}

	private static String saveWatch(GraphQlTester watcher, Map<String, Object> input) {
		GraphQlTester.Response response = watcher.documentName("watch-saveWatch").variable("input", input).execute();
		response.errors().verify();
		response.path("saveWatch.userErrors").entityList(Object.class).hasSize(0);
		return response.path("saveWatch.watch.id").entity(String.class).get();
	}

	/** Waits (up to two minutes) for the watches' evaluation after the mutations to record an event. */
	private static void awaitWatchEvent(GraphQlTester watcher) throws InterruptedException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline) {
			if (!watcher.documentName("watch-watchEvents")
				.execute()
				.path("watchEvents.nodes")
				.entityList(Object.class)
				.get()
				.isEmpty()) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no watch event was recorded within two minutes of the steward's mutations");
	}

	private static GraphQlTester.Response mutate(GraphQlTester steward, String document, Map<String, Object> input) {
		GraphQlTester.Response response = steward.documentName(document).variable("input", input).execute();
		response.errors().verify();
		String field = document.substring("steward-".length());
		response.path(field + ".userErrors").entityList(Object.class).hasSize(0);
		return response;
	}

	/** A small script loaded, then another one tried in a dry run. */
	private void loadScripts(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path loaded = Files.writeString(folder.resolve("V9001__plans_loaded.cypher"), script("loaded"));
		this.loader.load(ScriptFinder.inPaths(List.of(loaded)), false);
		Path tried = Files.writeString(folder.resolve("V9002__plans_tried.cypher"), script("tried"));
		this.loader.load(ScriptFinder.inPaths(List.of(tried)), true);
	}

	/** A script of one entity and one claim: the statements a steward writes, by id. */
	static String script(String name) {
		return """
				MERGE (n:Entity {id: 'company:plans-%1$s'}) SET n:Company, n.name = 'Plans %1$s';
				MATCH (a:Entity {id: 'company:plans-%1$s'}), (b:Entity {id: 'program:stargate'})
				MERGE (a)-[r:SUPPORTS {id: 'claim:plans-%1$s-supports-stargate'}]->(b)
				SET r += {status: 'REPORTED', confidence: 0.5, sources: ['%2$s'], quote: 'Plans %1$s supports it.'};
				""".formatted(name, SOURCE);
	}

	/** Every script statement's text the corpus or the bundled scripts hold: the steward's Cypher, not the app's. */
	static List<String> scriptTexts() throws IOException {
		List<String> texts = new ArrayList<>(List.of(script("loaded"), script("tried")));
		try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).toList()) {
				texts.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return texts;
	}

}
