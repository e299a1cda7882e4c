package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.List;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.ecograph.analysis.AnalysisService;
import org.ecograph.analysis.Exposure;
import org.ecograph.analysis.ExposureChange;
import org.ecograph.analysis.ExposureChanges;
import org.ecograph.analysis.ExposureChangesService;
import org.ecograph.analysis.ExposureQuestion;
import org.ecograph.analysis.PathQuestion;
import org.ecograph.analysis.funding.FundingSummary;
import org.ecograph.analysis.InfluencePath;
import org.ecograph.analysis.RankedEntity;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.ClaimFilterArguments;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The analysis operations of {@code graphql/analysis.graphqls}: the argument records check every bound against
 * {@link ApiLimits}, {@link AnalysisService} answers, and {@link AnalysisAnswers} puts the answer's graph version and
 * warnings into the response.
 */
@Controller
class AnalysisController {

	private final AnalysisService analysis;

	private final ExposureChangesService changes;

	private final ApiLimits limits;

	AnalysisController(AnalysisService analysis, ExposureChangesService changes, ApiLimits limits) {
		this.analysis = analysis;
		this.changes = changes;
		this.limits = limits;
	}

	@QueryMapping
	DataFetcherResult<List<InfluencePath>> influencePaths(@Arguments PathArguments paths,
			@Arguments ClaimFilterArguments filter, DataFetchingFieldSelectionSet selection) {
		PathArguments p = paths.within(this.limits);
		return AnalysisAnswers.result(this.analysis.influencePaths(p.from(), p.to(), p.maxHops(), p.k(), p.rankBy(),
				p.followDirection(), filter.of(p.kinds()), AnalysisSelection.forPaths(selection)),
				new PathQuestion(p.from(), p.to(), p.maxHops(), p.k(), p.rankBy(), p.followDirection(),
						filter.of(p.kinds()), null, false));
	}

	@QueryMapping
	DataFetcherResult<List<Exposure>> exposure(@Arguments ExposureArguments exposure,
			@Arguments ClaimFilterArguments filter, DataFetchingFieldSelectionSet selection) {
		ExposureArguments e = exposure.within(this.limits);
		return AnalysisAnswers.result(this.analysis.exposure(e.entity(), e.direction(), e.maxHops(), e.first(),
				e.maxPaths(), filter.of(e.kinds()), AnalysisSelection.forExposure(selection)),
				new ExposureQuestion(e.entity(), e.direction(), e.maxHops(), filter.of(e.kinds()), null, false));
	}

	/** The diff of an exposure between two days; {@code knownOn} is not an argument (the two days are). */
	@QueryMapping
	DataFetcherResult<ExposureChanges> exposureChanges(@Arguments ExposureArguments exposure,
			@Arguments ClaimFilterArguments filter, @Argument LocalDate from, @Argument LocalDate to) {
		ExposureArguments e = exposure.within(this.limits);
		return AnalysisAnswers.result(this.changes.exposureChanges(e.entity(), e.direction(), e.maxHops(), e.first(),
				e.maxPaths(), filter.of(e.kinds()), from, to));
	}

	/** A counterpart's exposure on the earlier day, its relations (and critical claims) answering for that day. */
	@SchemaMapping(typeName = "ExposureChange", field = "before")
	DataFetcherResult<Exposure> before(ExposureChange change) {
		return DataFetcherResult.<Exposure>newResult()
			.data(change.before())
			.localContext(AnalysisAnswers.questionContext(change.beforeQuestion()))
			.build();
	}

	/** A counterpart's exposure on the later day, its relations (and critical claims) answering for that day. */
	@SchemaMapping(typeName = "ExposureChange", field = "after")
	DataFetcherResult<Exposure> after(ExposureChange change) {
		return DataFetcherResult.<Exposure>newResult()
			.data(change.after())
			.localContext(AnalysisAnswers.questionContext(change.afterQuestion()))
			.build();
	}

	@QueryMapping
	DataFetcherResult<List<RankedEntity>> ranking(@Arguments RankingArguments ranking,
			@Arguments ClaimFilterArguments filter, DataFetchingFieldSelectionSet selection) {
		RankingArguments r = ranking.within(this.limits);
		return AnalysisAnswers.onDay(this.analysis.ranking(r.kindSet(), r.weightBy(), r.first(),
				filter.of(r.relationKinds()), AnalysisSelection.forRanking(selection)), filter.knownOn());
	}

	/** The summary; as known on a day, with the day handed to its relations ({@link KnownOnContext}). */
	@QueryMapping
	DataFetcherResult<FundingSummary> fundingSummary(@Argument String target,
			@Arguments ClaimFilterArguments filter, DataFetchingEnvironment env) {
		return KnownOnContext.result(this.analysis.fundingSummary(target, filter.of(null)), filter.knownOn(), env);
	}

}
