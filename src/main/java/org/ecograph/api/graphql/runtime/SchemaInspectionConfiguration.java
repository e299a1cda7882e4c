package org.ecograph.api.graphql.runtime;

import org.ecograph.analysis.Exposure;
import org.ecograph.analysis.InfluencePath;
import org.ecograph.analysis.RankedEntity;
import org.ecograph.model.Entity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Tells Spring for GraphQL's start-up schema inspection that the six entity types are all backed by {@link Entity}
 * records, and the analysis' answers by their records, so it checks their fields (instead of skipping the types or
 * reporting them unmapped) and warns of any field nothing resolves: a clean start logs no warning.
 */
@Configuration(proxyBeanMethods = false)
class SchemaInspectionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SchemaInspectionConfiguration.class);

	@Bean
	GraphQlSourceBuilderCustomizer entityTypesInspection() {
		return builder -> builder.inspectSchemaMappings(initializer -> {
			SchemaWiring.KIND_FIELDS.keySet().forEach(type -> initializer.classMapping(type, Entity.class));
			// returned inside an Answer (the answer's graph version and budget), which hides them from the inspection
			initializer.classMapping("InfluencePath", InfluencePath.class);
			initializer.classMapping("Exposure", Exposure.class);
			initializer.classMapping("RankedEntity", RankedEntity.class);
		}, report -> {
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
