package org.ecograph.steward;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.Graph;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.ecograph.ingest.GraphValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up sends every statement a steward mutation's validation sends (so Neo4j has planned each before the
 * first mutation), finds nothing and writes nothing.
 */
@SeededGraphTest
class ValidationWarmUpTests {

	@Autowired
	ValidationWarmUp warmUp;

	@Autowired
	DriverQueryCounter driver;

	@Autowired
	Graph graph;

	@Autowired
	Transactions transactions;

	@Autowired
	GraphVersions versions;

	@Test
	void plansEveryStatementOfAMutationsValidationAndWritesNothing() {
		long version = this.transactions.read(this.versions::read);
		long nodes = nodes();
		// what a steward's validation sends for a change to an entity, a claim and a source of the seed
		this.driver.clear();
		this.transactions.rolledBack(null,
				() -> GraphValidator.violations(this.graph, new GraphValidator.Scope(List.of("company:nvidia"),
						List.of("claim:softbank-funds-stargate"), List.of("source:c9490bf9877dc2fc"))));
		Set<String> validation = texts();

		this.driver.clear();
		int sent = this.warmUp.warm();
		List<DriverQueryCounter.Statement> warming = statements();
		Set<String> warmed = warming.stream()
			.map(DriverQueryCounter.Statement::text)
			.filter(text -> !text.equals(GraphValidator.A_CHANGE))
			.collect(Collectors.toSet());

		// the look-up of what was touched (one statement), and every rule's check over it in one statement
		assertThat(validation).as("the validation's statements").hasSize(2)
			.anySatisfy(text -> assertThat(text).contains("AS rule, element, detail").contains("UNION ALL"));
		assertThat(warmed).containsAll(validation).hasSize(sent);
		// each sent in a transaction holding a change, as a mutation's validation is: Neo4j plans those apart
		assertThat(warming).hasSize(2 * sent);
		for (int i = 0; i < warming.size(); i += 2) {
			assertThat(warming.get(i).text()).as("sent before %s", warming.get(i + 1).text())
				.isEqualTo(GraphValidator.A_CHANGE);
		}
		assertThat(this.transactions.read(this.versions::read)).isEqualTo(version);
		assertThat(nodes()).as("nodes, after the warm-up's changes").isEqualTo(nodes);
	}

	/**
	 * Neo4j plans a statement once per type and size bucket of each list parameter (none, one, up to ten, ...; a list
	 * of strings apart from an empty one): the rules' statement of a change of one entity, of one claim, or of one of
	 * each is sent with the lists of the warm-up's, so that the warm-up's plan serves it instead of a new plan of
	 * twenty subqueries inside the graph version's lock.
	 */
	@Test
	void aChangeOfOneEntityOrOneClaimSendsTheRulesListsOfTheWarmUpsPlan() {
		GraphValidator.WarmUpStatement rules = GraphValidator.warmUpStatements()
			.stream()
			.filter(statement -> statement.name().equals("SCOPED_RULES"))
			.findFirst()
			.orElseThrow();
		Map<String, String> warmed = listShapes(rules.parameters());
		assertThat(warmed).as("the warm-up's lists").containsKeys("nodeIds", "relationshipIds", "goneIds",
				"touchedClaimIds");

		String claim = "claim:softbank-funds-stargate";
		for (GraphValidator.Scope scope : List.of(
				new GraphValidator.Scope(List.of("company:nvidia"), List.of(), List.of()),
				new GraphValidator.Scope(List.of(), List.of(claim), List.of()),
				new GraphValidator.Scope(List.of("company:nvidia"), List.of(claim), List.of()))) {
			this.driver.clear();
			this.transactions.rolledBack(null, () -> GraphValidator.violations(this.graph, scope));
			List<Map<String, Object>> sent = this.driver.observedOnThisThread()
				.stream()
				.filter(statement -> statement.text().equals(rules.text()))
				.map(DriverQueryCounter.Statement::parameters)
				.toList();
			assertThat(sent).as("the rules' statement of %s", scope).hasSize(1);
			assertThat(listShapes(sent.get(0))).as("the lists of %s", scope).isEqualTo(warmed);
		}
	}

	/** Each list parameter's type and size bucket, as Neo4j's plan cache tells them apart. */
	private static Map<String, String> listShapes(Map<String, Object> parameters) {
		Map<String, String> shapes = new TreeMap<>();
		parameters.forEach((name, value) -> {
			if (value instanceof List<?> list) {
				boolean strings = !list.isEmpty() && list.stream().allMatch(String.class::isInstance);
				int size = list.size();
				int bucket = size <= 1 ? size : (int) Math.pow(10, Math.ceil(Math.log10(size)));
				shapes.put(name, (strings ? "strings" : "any") + " of " + bucket);
			}
		});
		return shapes;
	}

	private long nodes() {
		return this.transactions.read(() -> this.graph.query("MATCH (n) RETURN count(n) AS n")
			.single(row -> row.integer("n")));
	}

	private Set<String> texts() {
		return statements().stream().map(DriverQueryCounter.Statement::text).collect(Collectors.toSet());
	}

	private List<DriverQueryCounter.Statement> statements() {
		// this thread's only: the projection's build or the watches' poll may run meanwhile
		return this.driver.observedOnThisThread()
			.stream()
			.filter(statement -> !statement.text().contains("GraphVersion"))
			.toList();
	}

}
