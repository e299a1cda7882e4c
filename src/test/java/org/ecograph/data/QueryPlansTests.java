package org.ecograph.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ecograph.RunsBesideOtherTests;
import org.ecograph.backup.BackupWriter;
import org.ecograph.ingest.ScriptLoader;
import org.ecograph.security.ApiTokenStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement the application sends is served by an index: the driver's observer records each statement (text
 * and parameters) while {@link OperationCorpus} runs (start-up included: the bundled scripts' load and the analysis
 * projection's build), and each distinct text is {@code EXPLAIN}ed with the parameters it was sent with, under the
 * production schema. No plan may scan all nodes, all nodes of a label, or all relationships (of a type), except the
 * whole-graph reads on {@link #ALLOWED}, each with its reason, told apart by a fragment of its text, and the
 * statements only the {@link #WHOLE_GRAPH_OPERATIONS} send (a backup, the whole-graph validation, the name keys'
 * refresh). Not checked: {@code SHOW} and schema commands, and the statements of Cypher scripts (the steward's
 * Cypher, not the application's). {@code target/query-plans.txt} lists every statement with its plan's operators. The query timeout
 * is long: the corpus must run whole on a busy machine, and plans do not depend on time. This context loads the
 * bundled scripts itself ({@code ecograph.test.seed-template=false}) instead of copying the tests' seeded store
 * template, so that the load's statements are recorded.
 */
@RunsBesideOtherTests
@SpringBootTest(properties = { "ecograph.neo4j.home=target/neo4j-tests/plans-${random.uuid}",
		"ecograph.neo4j.bolt-port=0", "ecograph.neo4j.query-timeout=2m",
		// the start-up's statements are part of the corpus: the bundled scripts' load, not a copy of a seeded store
		"ecograph.test.seed-template=false" })
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
@Import(DriverQueryCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlansTests {

	/** The operators that read a whole label, type or store (the same as the catalog's plan test). */
	static final Set<String> SCANS = Set.of("AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan",
			"IntersectionNodeByLabelsScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
			"DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan", "DirectedUnionRelationshipTypesScan",
			"UndirectedUnionRelationshipTypesScan");

	/**
	 * The statements that read the whole graph, or the whole of one label, by design: each told apart by a fragment of
	 * its text (whitespace collapsed), with why a scan is what it must do.
	 */
	static final List<Allowed> ALLOWED = List.of(
			new Allowed("projection build, entities", "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels",
					"the analysis projection holds every entity: built once per start (unless a snapshot is read)"),
			new Allowed("projection build, claims", "MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types RETURN",
					"the analysis projection holds every claim: built once per start (unless a snapshot is read)"),
			new Allowed("validation of every measure, references", "MATCH (m:Measure) WITH collect(m) AS measures",
					"a change that deletes an entity (a merge, a revert of a creation) checks every measure's subject,"
							+ " relativeTo and places: those lists and fields have no index to seek by (ADR 0011)"),
			new Allowed("applied scripts", "MATCH (s:AppliedScript) RETURN s.version AS version",
					"the loader compares every applied script's checksum with the scripts it is given"),
			new Allowed("token listing", "MATCH (t:ApiToken) RETURN t.id AS id,",
					"lists every token (the token command's list)"),
			new Allowed("consistency, claims", "WHERE (type(r) IN $checkedKinds OR r.amountKind = $size)",
					"the consistency checks run over every claim of the checked kinds and every sized amount"),
			new Allowed("consistency, measures", "m.inferred = false) RETURN m ORDER BY m.id",
					"the consistency checks run over every measure"),
			new Allowed("metrics", "MATCH (m:Measure) RETURN m.metric AS metric, count(*) AS count",
					"measureMetrics lists every metric with its count and units"),
			new Allowed("migration to assertions (V0029)", "NOT EXISTS { MATCH (x:Assertion {claim: r.id}) } CREATE (:Assertion",
					"the versioned script that gives every claim of a store its origin assertion: it visits every claim "
							+ "once, when the script is applied (once per store)"),
			new Allowed("start-up check of name keys", "RETURN EXISTS { MATCH (n:Entity) WHERE n.nameKey IS NULL }",
					"every start asks whether an entity lacks its name key (a store written by another client): it "
							+ "stops at the first one, and reads every entity only when none lacks it"),
			new Allowed("start-up check of change subjects", "MATCH (c:Change) WHERE size(c.subjects) > 0",
					"every start asks whether a recorded change lacks its subject nodes (a store of an earlier "
							+ "version): it stops at the first one, and reads every change only when none lacks them"));

	/**
	 * The operations that read the whole graph by design, with why: a statement they send, and no other operation
	 * does, may scan.
	 */
	static final Map<String, String> WHOLE_GRAPH_OPERATIONS = Map.of(OperationCorpus.BACKUP,
			"a backup writes every node and every claim", OperationCorpus.WHOLE_GRAPH_VALIDATION,
			"a load on a server outside this JVM checks every rule over the whole graph",
			OperationCorpus.NAME_KEYS,
			"a start on a store written before name keys existed checks and sets the key of every entity",
			OperationCorpus.CHANGE_SUBJECTS,
			"a start on a store written before change subjects existed checks and writes those of every change");

	private static final Pattern NOT_CHECKED = Pattern.compile(
			"(?is)^\\s*(EXPLAIN|PROFILE|SHOW|(CREATE|DROP)\\s+(\\w+\\s+)*?(CONSTRAINT|INDEX)\\b).*");

	private static final Path REPORT = Path.of("target/query-plans.txt");

	@Autowired
	DriverQueryCounter observer;

	@Autowired
	Driver driver;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	BackupWriter backup;

	@Autowired
	ScriptLoader loader;

	@Autowired
	Transactions transactions;

	@Autowired
	Graph graph;

	@Autowired
	EntityNameKeys nameKeys;

	@Autowired
	ChangeLog changeLog;

	/** Every distinct statement checked, by text, with the plan found. */
	private final Map<String, Explained> explained = new LinkedHashMap<>();

	/** The whole-graph operation that alone sent a statement, by text. */
	private final Map<String, String> wholeGraph = new HashMap<>();

	/**
	 * A whole-graph read allowed to scan.
	 *
	 * @param name what it is
	 * @param fragment a part of its text that tells it from every other statement, whitespace collapsed
	 * @param reason why it must read the whole graph, label or type
	 */
	record Allowed(String name, String fragment, String reason) {

		boolean matches(String statement) {
			return compact(statement).contains(this.fragment);
		}

	}

	/**
	 * One statement and its plan.
	 *
	 * @param statement as the driver received it (the first time)
	 * @param operators the plan's operators, depth first
	 */
	record Explained(DriverQueryCounter.Statement statement, List<String> operators) {

		List<String> scans() {
			return this.operators.stream().filter(op -> SCANS.contains(op.replaceAll("@.*", ""))).toList();
		}

	}

	@BeforeAll
	void runTheCorpusAndExplainEveryStatement(@TempDir Path folder) throws Exception {
		List<OperationCorpus.Window> windows = new OperationCorpus(this.mvc, this.json, this.tokens, this.backup,
				this.loader, this.observer, this.transactions, this.graph, this.nameKeys, this.changeLog).run(folder);
		List<DriverQueryCounter.Statement> observed = this.observer.observed();
		List<String> scripts = OperationCorpus.scriptTexts();
		Set<String> elsewhere = new HashSet<>();
		Map<String, DriverQueryCounter.Statement> checked = new LinkedHashMap<>();
		for (int i = 0; i < observed.size(); i++) {
			String text = observed.get(i).text().strip();
			int index = i;
			windows.stream().filter(w -> w.holds(index)).findFirst().ifPresentOrElse(
					w -> this.wholeGraph.putIfAbsent(text, w.operation()), () -> elsewhere.add(text));
			if (checked.containsKey(text) || NOT_CHECKED.matcher(text).matches()
					|| scripts.stream().anyMatch(script -> script.contains(text))) {
				continue;
			}
			checked.put(text, observed.get(i));
		}
		this.wholeGraph.keySet().removeAll(elsewhere);
		// planning is CPU: two sessions plan side by side (the machine's two cores), the report keeps the corpus' order
		ExecutorService planners = Executors.newFixedThreadPool(2);
		try {
			Map<String, Future<Explained>> plans = new LinkedHashMap<>();
			checked.forEach((text, statement) -> plans.put(text, planners.submit(() -> explain(statement))));
			for (Map.Entry<String, Future<Explained>> plan : plans.entrySet()) {
				this.explained.put(plan.getKey(), plan.getValue().get());
			}
		}
		finally {
			planners.shutdownNow();
		}
		writeReport();
	}

	@TestFactory
	Stream<DynamicTest> everyStatementIsServedByAnIndexOrIsAnAllowedWholeGraphRead() {
		assertThat(this.explained).as("statements observed").hasSizeGreaterThan(20);
		return this.explained.entrySet().stream().map(entry -> DynamicTest.dynamicTest(name(entry.getKey()), () -> {
			Explained plan = entry.getValue();
			if (allowance(entry.getKey()) != null) {
				return;
			}
			assertThat(plan.scans()).as("%s%n%s%nparameters: %s", String.join(" <- ", plan.operators()),
					entry.getKey(), plan.statement().parameters()).isEmpty();
		}));
	}

	/**
	 * A statement that seeks every relation kind's id index (the claims by id of {@link ClaimLookup}) has a large plan
	 * that the counts do not change: it is planned once ({@link Graph#plannedOnce}), else a stream of writes has Neo4j
	 * plan it again every few seconds, inside a steward's write.
	 */
	@Test
	void everyStatementSeekingEveryKindsIdsIsPlannedOnce() {
		java.util.regex.Pattern seek = java.util.regex.Pattern.compile("\\[r:[A-Z_]+ \\{id: id\\}\\]");
		List<String> everyKind = this.explained.keySet()
			.stream()
			.filter(text -> seek.matcher(text).results().count() == org.ecograph.model.RelationKind.types().size())
			.toList();
		assertThat(everyKind).as("statements seeking every kind's id index").hasSizeGreaterThanOrEqualTo(3);
		assertThat(everyKind).allSatisfy(text -> assertThat(text).startsWith("CYPHER replan=skip"));
	}

	@Test
	void everyAllowedWholeGraphReadIsStillSent() {
		assertThat(ALLOWED).as("allowed whole-graph reads no statement matches any more: remove them")
			.allMatch(allowed -> this.explained.keySet().stream().anyMatch(allowed::matches));
		assertThat(this.wholeGraph.values()).as("whole-graph operations that sent statements of their own")
			.containsAll(WHOLE_GRAPH_OPERATIONS.keySet());
	}

	/** Why a statement may scan, {@code null} when it may not. */
	private String allowance(String text) {
		String operation = this.wholeGraph.get(text);
		if (operation != null) {
			return operation + ": " + WHOLE_GRAPH_OPERATIONS.get(operation);
		}
		return ALLOWED.stream().filter(a -> a.matches(text)).map(a -> a.name() + ": " + a.reason()).findFirst()
			.orElse(null);
	}

	/** The plan of a statement with the parameters it was sent with (EXPLAIN does not need the values). */
	private Explained explain(DriverQueryCounter.Statement statement) {
		SessionConfig config = statement.database() == null ? SessionConfig.defaultConfig()
				: SessionConfig.forDatabase(statement.database());
		try (Session session = this.driver.session(config)) {
			Plan plan = session.run("EXPLAIN " + statement.text(), statement.parameters()).consume().plan();
			List<String> operators = new ArrayList<>();
			collect(plan, operators);
			return new Explained(statement, operators);
		}
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach(child -> collect(child, operators));
	}

	private void writeReport() throws IOException {
		StringBuilder report = new StringBuilder();
		this.explained.forEach((text, plan) -> {
			String allowance = allowance(text);
			report.append(plan.scans().isEmpty() ? "ok " : allowance == null ? "SCANS " : "ALLOWED (" + allowance + ") ")
				.append(String.join(" <- ", plan.operators()))
				.append('\n')
				.append(text)
				.append("\n\n");
		});
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report, StandardCharsets.UTF_8);
	}

	private static String name(String text) {
		String compact = compact(text);
		return compact.length() > 140 ? compact.substring(0, 140) + "..." : compact;
	}

	static String compact(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
