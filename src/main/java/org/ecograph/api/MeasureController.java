package org.ecograph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.consistency.ConsistencyReport;
import org.ecograph.consistency.ConsistencyService;
import org.ecograph.measure.MeasureCatalog;
import org.ecograph.measure.MeasureGrouping;
import org.ecograph.measure.MeasureSummary;
import org.ecograph.measure.MetricInfo;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.Ids;
import org.ecograph.model.Measure;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The measure and consistency operations of {@code graphql/measures.graphqls}, and the {@code measures} field of
 * entities and relations, batch-loaded so that a list of any length costs one query.
 */
@Controller
class MeasureController {

	/** The longest metric name accepted. */
	static final int MAX_METRIC_LENGTH = 100;

	private final MeasureCatalog measures;

	private final ConsistencyService consistency;

	MeasureController(BatchLoaderRegistry registry, MeasureCatalog measures, RelationCatalog relations,
			ConsistencyService consistency) {
		this.measures = measures;
		this.consistency = consistency;
		registry.<MeasuresKey, List<Measure>>forName("subjectMeasures")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> measuresOf(measures, keys)));
		registry.forTypePair(String.class, Measure.class)
			.withName("measureById")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> measures.findByIds(ids)));
		registry.forTypePair(String.class, Claim.class)
			.withName("claimById")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> relations.findByIds(ids)));
	}

	@QueryMapping
	MeasureSummary measureSummary(@Argument String metric, @Argument MeasureGrouping groupBy,
			@Argument List<ClaimStatus> status, @Argument Boolean includeInferred) {
		checkMetric(metric);
		return this.measures.summary(metric, groupBy == null ? MeasureGrouping.STATE : groupBy, Arguments.set(status),
				Arguments.includeInferred(includeInferred));
	}

	@QueryMapping
	List<MetricInfo> measureMetrics() {
		return this.measures.metrics();
	}

	@QueryMapping
	ConsistencyReport consistency(@Argument String entity, @Argument Boolean includeInferred) {
		Limits.checkEntityId("entity", entity);
		return this.consistency.check(entity, Arguments.includeInferred(includeInferred));
	}

	@SchemaMapping(typeName = "Entity", field = "measures")
	CompletableFuture<List<Measure>> entityMeasures(Entity entity, @Argument String metric,
			@Argument Boolean includeInferred, DataLoader<MeasuresKey, List<Measure>> subjectMeasures) {
		return load(entity.id(), metric, includeInferred, subjectMeasures);
	}

	@SchemaMapping(typeName = "Relation", field = "measures")
	CompletableFuture<List<Measure>> relationMeasures(Claim claim, @Argument String metric,
			@Argument Boolean includeInferred, DataLoader<MeasuresKey, List<Measure>> subjectMeasures) {
		return load(claim.id(), metric, includeInferred, subjectMeasures);
	}

	private static CompletableFuture<List<Measure>> load(String subjectId, String metric, Boolean includeInferred,
			DataLoader<MeasuresKey, List<Measure>> loader) {
		if (metric != null) {
			checkMetric(metric);
		}
		return loader.load(new MeasuresKey(subjectId, metric, Arguments.includeInferred(includeInferred)));
	}

	/** A metric is a slug: lowercase letters and digits in groups joined by single hyphens. */
	static void checkMetric(String metric) {
		if (metric.length() > MAX_METRIC_LENGTH || !metric.matches(Ids.SLUG)) {
			throw new BadRequestException("metric '" + (metric.length() > MAX_METRIC_LENGTH
					? metric.substring(0, MAX_METRIC_LENGTH) + "..." : metric) + "' is not a metric name: expected "
					+ "lowercase letters, digits and single hyphens (at most " + MAX_METRIC_LENGTH
					+ " characters), e.g. planned-capacity; measureMetrics lists the metrics the graph holds");
		}
	}

	/** One query per distinct metric and inferred flag (usually one), whatever the number of subjects. */
	private static Map<MeasuresKey, List<Measure>> measuresOf(MeasureCatalog catalog, Set<MeasuresKey> keys) {
		Map<List<Object>, List<String>> byQuery = new LinkedHashMap<>();
		keys.forEach(k -> byQuery.computeIfAbsent(java.util.Arrays.asList(k.metric(), k.includeInferred()),
				q -> new ArrayList<>()).add(k.subjectId()));
		Map<MeasuresKey, List<Measure>> result = new HashMap<>();
		byQuery.forEach((query, ids) -> {
			String metric = (String) query.get(0);
			boolean includeInferred = (Boolean) query.get(1);
			catalog.forSubjects(ids, metric, includeInferred)
				.forEach((id, list) -> result.put(new MeasuresKey(id, metric, includeInferred), List.copyOf(list)));
		});
		return result;
	}

	/** A {@code measures} selection on one entity or relation. */
	record MeasuresKey(String subjectId, String metric, boolean includeInferred) {
	}

}
