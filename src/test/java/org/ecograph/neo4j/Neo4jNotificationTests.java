package org.ecograph.neo4j;

import java.util.List;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationClassification;
import org.neo4j.driver.summary.GqlNotification;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's driver asks Neo4j for warnings that are ours to fix and for nothing else: a property key the store
 * never held is not reported (a steward's validation reads every optional field, and formatting those warnings cost a
 * mutation most of its thread's CPU), a deprecated function still is.
 */
@SeededGraphTest
class Neo4jNotificationTests {

	@Autowired
	Driver driver;

	@Test
	void aPropertyKeyTheStoreNeverHeldDrawsNoNotification() {
		assertThat(notifications("MATCH (n:Entity) WHERE n.aKeyNoStoreHolds = 1 RETURN count(n) AS n")).isEmpty();
	}

	@Test
	void aDeprecationIsStillReportedAsAWarning() {
		assertThat(notifications("MATCH (n:Entity) RETURN id(n) AS id LIMIT 1"))
			.anySatisfy(n -> assertThat(n.classification()).contains(NotificationClassification.DEPRECATION))
			.noneSatisfy(n -> assertThat(n.classification()).contains(NotificationClassification.UNRECOGNIZED));
	}

	private List<GqlNotification> notifications(String cypher) {
		return this.driver.executableQuery(cypher)
			.execute()
			.summary()
			.gqlStatusObjects()
			.stream()
			.filter(GqlNotification.class::isInstance)
			.map(GqlNotification.class::cast)
			.toList();
	}

}
