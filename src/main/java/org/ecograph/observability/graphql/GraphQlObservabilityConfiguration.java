package org.ecograph.observability.graphql;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionHolder;
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
	SlowOperationLog slowOperationLog(ObservabilityProperties properties, ProjectionHolder projections) {
		return new SlowOperationLog(properties.slowOperation(), () -> {
			ClaimProjection seen = projections.currentOrNull();
			return seen == null ? -1 : seen.version();
		});
	}

}
