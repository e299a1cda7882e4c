package org.ecograph.data;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The one transaction setup: Spring Boot's {@code Neo4jTransactionManager} (the database of
 * {@code spring.data.neo4j.database}, one bookmark chain) with {@link QueryTimeout} as the default timeout of every
 * transaction; reads annotated {@link GraphRead} run again when a concurrent write ended them.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class DataConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DataConfiguration.class);

	static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

	/** The property {@code ecograph.neo4j.query-timeout} replaced. */
	static final String DEPRECATED_QUERY_TIMEOUT = "ecograph.api.query-timeout";

	@Bean
	QueryTimeout queryTimeout(DataProperties properties, Environment environment) {
		if (properties.queryTimeout() != null) {
			return new QueryTimeout(properties.queryTimeout());
		}
		Duration deprecated = Binder.get(environment).bind(DEPRECATED_QUERY_TIMEOUT, Duration.class).orElse(null);
		if (deprecated != null) {
			log.info("{} is deprecated: set ecograph.neo4j.query-timeout instead (now {})", DEPRECATED_QUERY_TIMEOUT,
					deprecated);
			return new QueryTimeout(deprecated);
		}
		return new QueryTimeout(DEFAULT_QUERY_TIMEOUT);
	}

	/** Every transaction without a timeout of its own gets the query timeout. */
	@Bean
	TransactionManagerCustomizer<AbstractPlatformTransactionManager> defaultTransactionTimeout(QueryTimeout timeout) {
		return manager -> manager.setDefaultTimeout(timeout.seconds());
	}

}
