package org.ecograph.neo4j;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actuator/health} reports the Neo4j the application talks to. */
@SeededGraphTest
class Neo4jHealthTests {

	@Autowired
	HealthEndpoint health;

	@Test
	void reportsTheEmbeddedNeo4jAsUpWithItsEditionAndDatabase() {
		var neo4j = (IndicatedHealthDescriptor) this.health.healthForPath("neo4j");

		assertThat(neo4j.getStatus()).isEqualTo(Status.UP);
		assertThat(neo4j.getDetails()).containsEntry("edition", "community").containsEntry("database", "neo4j");
		assertThat((String) neo4j.getDetails().get("server")).startsWith("5.26");
	}

}
