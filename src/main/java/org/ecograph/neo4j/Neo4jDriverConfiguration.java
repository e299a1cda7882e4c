package org.ecograph.neo4j;

import org.neo4j.driver.NotificationSeverity;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver's settings beyond Spring Boot's properties, for the embedded server and an external one alike.
 * <p>
 * Neo4j attaches INFORMATION notifications to statements (a "cartesian product" for {@code MATCH (a {id: $a}), (b
 * {id: $b})}, which two unique-index seeks make harmless), and Spring Data Neo4j logs each one with the statement: a
 * first start logged 147 of them, about 600 lines, for the bundled scripts alone. Only WARNING notifications
 * (deprecations, unknown labels or property keys: ours to fix) are asked for, so the server neither computes nor sends
 * the rest. A query's plan is what {@code QueryPlansTests} holds, not a log line.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jDriverConfiguration {

	@Bean
	ConfigBuilderCustomizer warningNotificationsOnly() {
		return builder -> builder.withMinimumNotificationSeverity(NotificationSeverity.WARNING);
	}

}
