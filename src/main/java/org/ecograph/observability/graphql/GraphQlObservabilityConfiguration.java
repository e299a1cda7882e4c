package org.ecograph.observability.graphql;

import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.ecograph.observability.ObservabilityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

/**
 * The operation name on {@code graphql.request} metrics (Spring Boot hands this convention to Spring for GraphQL's
 * observation instrumentation) and the slow-operation log (an instrumentation Spring Boot adds to graphql-java's).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlObservabilityConfiguration {

	@Bean
	ExecutionRequestObservationConvention operationObservationConvention(ObservabilityProperties properties) {
		return new OperationObservationConvention(new OperationNames(properties.maxOperationNames()));
	}

	@Bean
	SlowOperationLog slowOperationLog(ObservabilityProperties properties, Transactions transactions,
			GraphVersions versions) {
		return new SlowOperationLog(properties.slowOperation(), () -> transactions.read(versions::read));
	}

}
