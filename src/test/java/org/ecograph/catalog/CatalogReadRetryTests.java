package org.ecograph.catalog;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog read that a concurrent write ends (Neo4j's transient "outdated data" error, as the driver reports it) is
 * run again in a new transaction: the caller, and a GraphQL client, get the answer, not an error.
 */
@SeededGraphTest
class CatalogReadRetryTests {

	@Autowired
	DriverQueryCounter driver;

	@Autowired
	EntityCatalog entities;

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aCatalogReadEndedByAConcurrentWriteIsRunAgain() {
		// this thread's queries only: a background refresh meanwhile neither takes the failure nor counts
		long before = this.driver.queriesOnThisThread();
		this.driver.failNextQueryOnThisThreadWith(outdated());

		assertThat(this.entities.findById("company:openai")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("OpenAI"));
		assertThat(this.driver.queriesOnThisThread() - before).as("the failed query and the one run again").isEqualTo(2);
	}

	@Test
	void aRequestWhoseReadMetAConcurrentWriteAnswersWithoutAnError() {
		this.driver.failNextQueryWith(outdated());

		this.graphQl.document("{ relation(id: \"claim:softbank-funds-stargate\") { id from { id } } }")
			.execute()
			.errors()
			.verify()
			.path("relation.from.id")
			.entity(String.class)
			.isEqualTo("company:softbank");
	}

	private static TransientException outdated() {
		return new TransientException("Neo.TransientError.Transaction.Outdated",
				"The transaction read outdated data and cannot be recovered due to concurrent data modification."
						+ " Retry the transaction.");
	}

}
