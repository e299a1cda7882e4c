package org.ecograph.neo4j;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j unless {@code ecograph.neo4j.embedded=false}, and points Spring Boot's driver at its
 * Bolt address. Because the driver is built from {@link Neo4jConnectionDetails}, it depends on the server bean and
 * is closed before the server shuts down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "ecograph.neo4j", name = "embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	/** The server started beside Spring's start ({@link EmbeddedNeo4jEarlyStart}), or started here. */
	@Bean(destroyMethod = "close")
	EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedNeo4jProperties properties,
			ObjectProvider<EmbeddedNeo4jEarlyStart> early) {
		EmbeddedNeo4jEarlyStart start = early.getIfAvailable();
		EmbeddedNeo4jServer server = start == null ? null : start.take(properties);
		return server != null ? server : EmbeddedNeo4jServer.start(properties);
	}

	/** The embedded server's databases, for statements run in process. The server shuts them down: not this bean. */
	@Bean(destroyMethod = "")
	DatabaseManagementService embeddedDatabases(EmbeddedNeo4jServer server) {
		return server.managementService();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return server.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return server.authToken();
			}

		};
	}

}
