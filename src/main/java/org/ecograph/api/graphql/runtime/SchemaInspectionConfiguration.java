package org.ecograph.api.graphql.runtime;

import org.ecograph.model.Entity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Tells Spring for GraphQL's start-up schema inspection that the six entity types are all backed by {@link Entity}
 * records, so it checks their fields (instead of skipping the types) and warns of any field nothing resolves.
 */
@Configuration(proxyBeanMethods = false)
class SchemaInspectionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SchemaInspectionConfiguration.class);

	@Bean
	GraphQlSourceBuilderCustomizer entityTypesInspection() {
		return builder -> builder.inspectSchemaMappings(
				initializer -> SchemaWiring.KIND_FIELDS.keySet()
					.forEach(type -> initializer.classMapping(type, Entity.class)),
				report -> {
					if (isClean(report)) {
						log.debug("{}", report);
					}
					else {
						log.warn("{}", report);
					}
				});
	}

	private static boolean isClean(SchemaReport report) {
		return report.unmappedFields().isEmpty() && report.unmappedRegistrations().isEmpty()
				&& report.unmappedArguments().isEmpty() && report.fieldNullnessErrors().isEmpty()
				&& report.argumentNullnessErrors().isEmpty() && report.skippedTypes().isEmpty();
	}

}
