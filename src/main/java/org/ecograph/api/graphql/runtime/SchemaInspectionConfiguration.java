package org.ecograph.api.graphql.runtime;

import java.util.Arrays;
import java.util.Map;

import graphql.schema.FieldCoordinates;
import org.ecograph.analysis.Chokepoint;
import org.ecograph.analysis.CriticalClaim;
import org.ecograph.analysis.Exposure;
import org.ecograph.analysis.ExposureChanges;
import org.ecograph.analysis.InfluencePath;
import org.ecograph.analysis.RankedEntity;
import org.ecograph.analysis.ScenarioExposure;
import org.ecograph.analysis.ScenarioPaths;
import org.ecograph.analysis.funding.FundingSummary;
import org.ecograph.catalog.Page;
import org.ecograph.model.Entity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Tells Spring for GraphQL's start-up schema inspection that the six entity types are all backed by {@link Entity}
 * records, so it checks their fields (instead of skipping the types) and warns of any field nothing resolves; the
 * fields of the analysis' answers, which it cannot see, are checked against their records: a clean start logs no
 * warning.
 */
@Configuration(proxyBeanMethods = false)
class SchemaInspectionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SchemaInspectionConfiguration.class);

	/**
	 * The analysis' answers reach GraphQL inside an {@code Answer} (the graph version and budget it was computed
	 * with), which the inspection cannot see through: it reports their fields unmapped. So do the listings of
	 * relations, which reach it inside a {@code DataFetcherResult} (carrying a {@code knownOn} day to the relations'
	 * ends as local context), and funding summaries (a {@code knownOn} day for their relations). A field is resolved
	 * all the same when its record has a component of its name; only the others are a problem.
	 */
	private static final Map<String, Class<? extends Record>> ANSWERED = Map.of("InfluencePath", InfluencePath.class,
			"Exposure", Exposure.class, "RankedEntity", RankedEntity.class, "CriticalClaim", CriticalClaim.class,
			"ScenarioExposure", ScenarioExposure.class, "ScenarioPaths", ScenarioPaths.class, "Chokepoint",
			Chokepoint.class, "RelationConnection", Page.class, "FundingSummary", FundingSummary.class, "ExposureChanges",
			ExposureChanges.class);

	/** Off where the schema serves nothing, as in a command's context (no web server, no controllers). */
	@Bean
	@ConditionalOnProperty(name = "spring.graphql.schema.inspection.enabled", matchIfMissing = true)
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

	private static boolean resolvedByItsRecord(FieldCoordinates field) {
		Class<? extends Record> record = ANSWERED.get(field.getTypeName());
		return record != null && Arrays.stream(record.getRecordComponents())
			.anyMatch(component -> component.getName().equals(field.getFieldName()));
	}

	private static boolean isClean(SchemaReport report) {
		return report.unmappedFields().stream().allMatch(SchemaInspectionConfiguration::resolvedByItsRecord)
				&& report.unmappedRegistrations().isEmpty()
				&& report.unmappedArguments().isEmpty() && report.fieldNullnessErrors().isEmpty()
				&& report.argumentNullnessErrors().isEmpty() && report.skippedTypes().isEmpty();
	}

}
