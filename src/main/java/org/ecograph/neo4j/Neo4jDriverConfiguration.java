package org.ecograph.neo4j;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;
import org.neo4j.driver.NotificationSeverity;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver's settings beyond Spring Boot's properties, for the embedded server and an external one alike.
 * <p>
 * Neo4j attaches notifications to statements, and Spring Data Neo4j formats each one it receives with the whole
 * statement (split line by line with a regular expression) before it asks whether its logger is on. Two kinds are
 * never asked for, so the server neither computes nor sends them:
 * <ul>
 * <li>INFORMATION (a "cartesian product" for {@code MATCH (a {id: $a}), (b {id: $b})}, which two unique-index seeks
 * make harmless): a first start logged 147 of them, about 600 lines, for the bundled scripts alone;</li>
 * <li>UNRECOGNIZED warnings ("the property {@code partOf} does not exist"): the model's optional fields are read
 * wherever they may be set, and a store that never held one of them makes every such statement warn. A steward's
 * validation reads them all: on a generated store of 100k entities it drew dozens of these per mutation, and
 * formatting them cost 16-18 ms of CPU, three quarters of the request's own thread (docs/benchmarks.md, "The
 * notifications nobody read").</li>
 * </ul>
 * Deprecations and the other warnings are still asked for: they are ours to fix. A query's plan is what
 * {@code QueryPlansTests} holds, not a log line.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jDriverConfiguration {

	@Bean
	ConfigBuilderCustomizer warningNotificationsOnly() {
		return builder -> builder.withMinimumNotificationSeverity(NotificationSeverity.WARNING)
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
