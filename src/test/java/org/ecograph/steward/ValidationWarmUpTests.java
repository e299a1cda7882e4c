package org.ecograph.steward;

import java.util.List;
import java.util.Set;
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
		// what a steward's validation sends for a change to an entity, a claim and a source of the seed
		this.driver.clear();
		this.transactions.rolledBack(null,
				() -> GraphValidator.violations(this.graph, new GraphValidator.Scope(List.of("company:nvidia"),
						List.of("claim:softbank-funds-stargate"), List.of("source:c9490bf9877dc2fc"))));
		Set<String> validation = texts();

		this.driver.clear();
		int sent = this.warmUp.warm();
		Set<String> warmed = texts();

		// the look-up of what was touched (one statement), and every rule's check over it in one statement
		assertThat(validation).as("the validation's statements").hasSize(2)
			.anySatisfy(text -> assertThat(text).contains("AS rule, element, detail").contains("UNION ALL"));
		assertThat(warmed).containsAll(validation).hasSize(sent);
		assertThat(this.transactions.read(this.versions::read)).isEqualTo(version);
	}

	private Set<String> texts() {
		// this thread's only: the projection's build or the watches' poll may run meanwhile
		return this.driver.observedOnThisThread()
			.stream()
			.map(DriverQueryCounter.Statement::text)
			.filter(text -> !text.contains("GraphVersion"))
			.collect(Collectors.toSet());
	}

}
