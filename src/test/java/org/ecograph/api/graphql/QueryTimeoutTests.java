package org.ecograph.api.graphql;

import java.time.Duration;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@SeededGraphTest
class QueryTimeoutTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	DriverQueryCounter driver;

	@Test
	void catalogTransactionsCarryTheConfiguredTimeout() {
		this.graphQlTester.documentName("catalog-entity")
			.variable("id", "company:dell")
			.execute()
			.path("entity.id")
			.entity(String.class)
			.isEqualTo("company:dell");
		assertThat(this.driver.lastTransactionTimeout()).isEqualTo(Duration.ofSeconds(10));
	}

}
