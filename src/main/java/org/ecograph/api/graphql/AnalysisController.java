package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.ecograph.analysis.AnalysisService;
import org.ecograph.analysis.Exposure;
import org.ecograph.analysis.ExposureDirection;
import org.ecograph.analysis.FundingSummary;
import org.ecograph.analysis.InfluencePath;
import org.ecograph.analysis.PathRanking;
import org.ecograph.analysis.RankedEntity;
import org.ecograph.analysis.RankingWeight;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.Limits;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.InvalidArgumentException;
import org.ecograph.model.RelationKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The analysis operations of {@code graphql/analysis.graphqls}: checks every bound against {@link ApiLimits} and
 * hands the question to {@link AnalysisService}.
 */
@Controller
class AnalysisController {

	private final AnalysisService analysis;

	private final ApiLimits limits;

	AnalysisController(AnalysisService analysis, ApiLimits limits) {
		this.analysis = analysis;
		this.limits = limits;
	}

	@QueryMapping
	DataFetcherResult<List<InfluencePath>> influencePaths(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument List<RelationKind> kinds, @Argument Integer k, @Argument PathRanking rankBy,
			@Argument Boolean followDirection, @Argument List<ClaimStatus> status, @Argument Double minConfidence,
			@Argument LocalDate asOf, @Argument Boolean includeInferred, DataFetchingFieldSelectionSet selection) {
		int hops = orDefault(maxHops, 4);
		int count = orDefault(k, 5);
		Limits.check("maxHops", hops, 1, this.limits.maxHops());
		Limits.check("k", count, 1, this.limits.maxK());
		return AnalysisAnswers.result(this.analysis.influencePaths(from, to, hops, count, rankBy == null ? PathRanking.STRENGTH : rankBy,
				Boolean.TRUE.equals(followDirection),
				Arguments.withInferred(filter(kinds, status, minConfidence, asOf), includeInferred),
				AnalysisSelection.forPaths(selection)));
	}

	@QueryMapping
	DataFetcherResult<List<Exposure>> exposure(@Argument String entity, @Argument ExposureDirection direction, @Argument Integer maxHops,
			@Argument List<RelationKind> kinds, @Argument Integer first, @Argument Integer maxPaths,
			@Argument List<ClaimStatus> status, @Argument Double minConfidence, @Argument LocalDate asOf,
			@Argument Boolean includeInferred, DataFetchingFieldSelectionSet selection) {
		int hops = orDefault(maxHops, 3);
		int count = orDefault(first, 20);
		int paths = orDefault(maxPaths, 5);
		Limits.check("maxHops", hops, 1, this.limits.maxHops());
		Limits.check("first", count, 1, this.limits.maxFirst());
		Limits.check("maxPaths", paths, 0, this.limits.maxK());
		return AnalysisAnswers.result(this.analysis.exposure(entity, direction == null ? ExposureDirection.UPSTREAM : direction, hops, count,
				paths,
				Arguments.withInferred(filter(kinds, status, minConfidence, asOf), includeInferred),
				AnalysisSelection.forExposure(selection)));
	}

	@QueryMapping
	DataFetcherResult<List<RankedEntity>> ranking(@Argument List<EntityKind> kinds, @Argument List<RelationKind> relationKinds,
			@Argument RankingWeight weightBy, @Argument Integer first, @Argument List<ClaimStatus> status,
			@Argument Double minConfidence, @Argument LocalDate asOf, @Argument Boolean includeInferred,
			DataFetchingFieldSelectionSet selection) {
		int count = orDefault(first, 20);
		Limits.check("first", count, 1, this.limits.maxFirst());
		return AnalysisAnswers.result(this.analysis.ranking(kinds == null ? null : Set.copyOf(kinds),
				weightBy == null ? RankingWeight.AMOUNT : weightBy, count,
				Arguments.withInferred(filter(relationKinds, status, minConfidence, asOf), includeInferred),
				AnalysisSelection.forRanking(selection)));
	}

	@QueryMapping
	FundingSummary fundingSummary(@Argument String target, @Argument List<ClaimStatus> status,
			@Argument Double minConfidence, @Argument LocalDate asOf, @Argument Boolean includeInferred) {
		return this.analysis.fundingSummary(target,
				Arguments.withInferred(filter(null, status, minConfidence, asOf), includeInferred));
	}

	/** An explicit {@code null} means the schema's default. */
	private static int orDefault(Integer value, int schemaDefault) {
		return value == null ? schemaDefault : value;
	}

	private static ClaimFilter filter(List<RelationKind> kinds, List<ClaimStatus> status, Double minConfidence,
			LocalDate asOf) {
		if (minConfidence != null && (minConfidence < 0 || minConfidence > 1 || minConfidence.isNaN())) {
			throw new InvalidArgumentException(
					"minConfidence " + minConfidence + " is out of range: allowed 0..1");
		}
		return ClaimFilter.of(kinds, status, minConfidence, asOf);
	}

}
