package org.ecograph.api.graphql;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.ecograph.api.Limits;
import org.ecograph.api.graphql.DataLoaders.MeasuresKey;
import org.ecograph.api.graphql.DataLoaders.MeasuresQuery;
import org.ecograph.api.graphql.DataLoaders.SubjectMeasures;
import org.ecograph.consistency.ConsistencyReport;
import org.ecograph.consistency.ConsistencyService;
import org.ecograph.measure.MeasureCatalog;
import org.ecograph.measure.MeasureGrouping;
import org.ecograph.measure.MeasureSummary;
import org.ecograph.measure.MetricInfo;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.Measure;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The measure and consistency operations of {@code graphql/measures.graphqls}, and the {@code measures} field of
 * entities and relations, batch-loaded through the {@link DataLoaders} so that a list of any length costs one query.
 */
@Controller
class MeasureController {

	private final MeasureCatalog measures;

	private final ConsistencyService consistency;

	MeasureController(MeasureCatalog measures, ConsistencyService consistency) {
		this.measures = measures;
		this.consistency = consistency;
	}

	@QueryMapping
	MeasureSummary measureSummary(@Arguments MeasureArguments measure, @Argument MeasureGrouping groupBy,
			@Argument List<ClaimStatus> status) {
		return this.measures.summary(measure.metric(), groupBy == null ? MeasureGrouping.STATE : groupBy,
				status == null ? null : Set.copyOf(status), measure.includeInferred());
	}

	@QueryMapping
	List<MetricInfo> measureMetrics() {
		return this.measures.metrics();
	}

	@QueryMapping
	ConsistencyReport consistency(@Argument String entity, @Argument Boolean includeInferred) {
		Limits.checkEntityId("entity", entity);
		return this.consistency.check(entity, !Boolean.FALSE.equals(includeInferred));
	}

	@SchemaMapping(typeName = "Entity", field = "measures")
	CompletableFuture<List<Measure>> entityMeasures(Entity entity, @Arguments MeasureArguments measure,
			DataLoader<MeasuresKey, SubjectMeasures> figures) {
		return load(entity.id(), measure, figures);
	}

	@SchemaMapping(typeName = "Relation", field = "measures")
	CompletableFuture<List<Measure>> relationMeasures(Claim claim, @Arguments MeasureArguments measure,
			DataLoader<MeasuresKey, SubjectMeasures> figures) {
		return load(claim.id(), measure, figures);
	}

	private static CompletableFuture<List<Measure>> load(String subjectId, MeasureArguments measure,
			DataLoader<MeasuresKey, SubjectMeasures> figures) {
		return figures.load(new MeasuresKey(subjectId, new MeasuresQuery(measure.metric(), measure.includeInferred())))
			.thenApply(SubjectMeasures::list);
	}

}
