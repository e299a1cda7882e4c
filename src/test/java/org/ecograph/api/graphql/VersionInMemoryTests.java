package org.ecograph.api.graphql;

import java.util.List;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analysis question reads no graph version from the database: the version this instance knows is in memory
 * ({@link GraphVersions#known()}), so a question answered from the projection sends nothing to Neo4j.
 */
@SeededGraphTest
class VersionInMemoryTests {

	private static final String IDS_ONLY = """
			{ ranking(first: 5) { score entity { id kind } }
			  influencePaths(from: "company:softbank", to: "company:vertiv", maxHops: 4, k: 3) { hops nodes { id } } }""";

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	DriverQueryCounter driver;

	@Autowired
	GraphVersions versions;

	@Autowired
	Transactions transactions;

	@Test
	void anIdsOnlyAnalysisQuestionSendsNoQueryToNeo4j() {
		ask();
		long before = this.driver.queries();

		List<?> ranking = ask();

		assertThat(this.driver.queries() - before).isZero();
		assertThat(ranking).hasSize(5);
	}

	@Test
	void theKnownVersionIsTheDatabasesVersion() {
		ask();

		long inDatabase = this.transactions.read(this.versions::read);

		assertThat(this.versions.known()).isEqualTo(inDatabase).isPositive();
	}

	private List<?> ask() {
		return this.graphQlTester.document(IDS_ONLY)
			.execute()
			.errors()
			.verify()
			.path("ranking")
			.entity(List.class)
			.get();
	}


}
