package org.ecograph.api.graphql;

import java.util.List;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.ecograph.analysis.Chokepoint;
import org.ecograph.analysis.CriticalClaim;
import org.ecograph.analysis.Exposure;
import org.ecograph.analysis.ExposureQuestion;
import org.ecograph.analysis.InfluencePath;
import org.ecograph.analysis.PathQuestion;
import org.ecograph.analysis.RankedEntity;
import org.ecograph.analysis.Scenario;
import org.ecograph.analysis.ScenarioExposure;
import org.ecograph.analysis.ScenarioPaths;
import org.ecograph.analysis.ScenarioService;
import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.scenario.ScenarioInput;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.BadRequestException;
import org.ecograph.api.ClaimFilterArguments;
import org.ecograph.api.Limits;
import org.dataloader.DataLoader;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.RelationKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The what-if operations of {@code graphql/analysis.graphqls}: {@code scenario} and the questions under it, the
 * critical claims of paths and exposures, and chokepoints. The question a path or an exposure answered travels to
 * its {@code criticalClaims} as the local context ({@link AnalysisAnswers#result(org.ecograph.analysis.Answer, Object)}).
 */
@Controller
class ScenarioController {

	private final ScenarioService scenarios;

	private final ApiLimits limits;

	ScenarioController(ScenarioService scenarios, ApiLimits limits) {
		this.scenarios = scenarios;
		this.limits = limits;
	}

	/**
	 * The scenario, checked; its hypothetical entities are primed in the request's entity loader, so a hypothetical
	 * relation's {@code from} and {@code to} find them (the database has none).
	 */
	@QueryMapping
	Scenario scenario(@Argument ScenarioInput input, DataLoader<String, Entity> entities) {
		Limits.check("removeEntities (number of ids)", input.removeEntities().size(), 0, this.limits.maxFirst());
		Limits.check("addEntities (number of entities)", input.addEntities().size(), 0, this.limits.maxFirst());
		Limits.check("removeClaims (number of ids)", input.removeClaims().size(), 0, this.limits.maxFirst());
		Limits.check("capClaims (number of caps)", input.capClaims().size(), 0, this.limits.maxFirst());
		Limits.check("addClaims (number of relations)", input.addClaims().size(), 0, this.limits.maxFirst());
		input.removeEntities().forEach(id -> Limits.checkEntityId("removeEntities", id));
		Scenario scenario = this.scenarios.prepare(input);
		scenario.hypotheticalEntities().forEach(e -> entities.prime(e.id(), e));
		return scenario;
	}

	@SchemaMapping(typeName = "Scenario")
	DataFetcherResult<List<ScenarioExposure>> exposure(Scenario scenario, @Arguments ExposureArguments exposure,
			@Arguments ClaimFilterArguments filter, DataFetchingFieldSelectionSet selection) {
		ExposureArguments e = exposure.within(this.limits);
		return AnalysisAnswers.result(
				this.scenarios.exposure(scenario, e.entity(), e.direction(), e.maxHops(), e.first(), e.maxPaths(),
						filter.of(e.kinds()), AnalysisSelection.forScenarioExposure(selection)),
				new ExposureQuestion(e.entity(), e.direction(), e.maxHops(), filter.of(e.kinds()), scenario, false));
	}

	/** The side on the graph as it is: its critical claims are those of the graph as it is. */
	@SchemaMapping(typeName = "ScenarioExposure", field = "before")
	DataFetcherResult<Exposure> before(ScenarioExposure exposure, @LocalContextValue ExposureQuestion exposureQuestion) {
		return DataFetcherResult.<Exposure>newResult()
			.data(exposure.before())
			.localContext(AnalysisAnswers.questionContext(exposureQuestion.asBaseline()))
			.build();
	}

	@SchemaMapping(typeName = "Scenario")
	DataFetcherResult<ScenarioPaths> influencePaths(Scenario scenario, @Arguments PathArguments paths,
			@Arguments ClaimFilterArguments filter, DataFetchingFieldSelectionSet selection) {
		PathArguments p = paths.within(this.limits);
		return AnalysisAnswers.result(
				this.scenarios.influencePaths(scenario, p.from(), p.to(), p.maxHops(), p.k(), p.rankBy(),
						p.followDirection(), filter.of(p.kinds()), AnalysisSelection.forScenarioPaths(selection)),
				new PathQuestion(p.from(), p.to(), p.maxHops(), p.k(), p.rankBy(), p.followDirection(),
						filter.of(p.kinds()), scenario, false));
	}

	/** The paths of the graph as it is that the scenario's answer lacks: their critical claims are the graph's. */
	@SchemaMapping(typeName = "ScenarioPaths", field = "gone")
	DataFetcherResult<List<InfluencePath>> gone(ScenarioPaths paths, @LocalContextValue PathQuestion pathQuestion) {
		return DataFetcherResult.<List<InfluencePath>>newResult()
			.data(paths.gone())
			.localContext(AnalysisAnswers.questionContext(pathQuestion.asBaseline()))
			.build();
	}

	@SchemaMapping(typeName = "ScenarioPaths", field = "new")
	List<InfluencePath> added(ScenarioPaths paths) {
		return paths.added();
	}

	@SchemaMapping(typeName = "Scenario")
	DataFetcherResult<List<RankedEntity>> ranking(Scenario scenario, @Arguments RankingArguments ranking,
			@Arguments ClaimFilterArguments filter, DataFetchingFieldSelectionSet selection) {
		RankingArguments r = ranking.within(this.limits);
		return AnalysisAnswers.onDay(this.scenarios.ranking(scenario, r.kindSet(), r.weightBy(), r.first(),
				filter.of(r.relationKinds()), AnalysisSelection.forRanking(selection)), filter.knownOn());
	}

	@SchemaMapping(typeName = "InfluencePath")
	DataFetcherResult<List<Claim>> criticalClaims(InfluencePath path,
			@LocalContextValue(required = false) PathQuestion pathQuestion) {
		if (pathQuestion == null) {
			throw new BadRequestException("criticalClaims is answered for the paths of influencePaths (and of "
					+ "scenario { influencePaths }); for the routes of an exposure ask Exposure.criticalClaims");
		}
		return AnalysisAnswers.result(this.scenarios.criticalClaims(pathQuestion, path));
	}

	@SchemaMapping(typeName = "Exposure", field = "criticalClaims")
	DataFetcherResult<List<CriticalClaim>> exposureCriticalClaims(Exposure exposure, @Argument Integer first,
			@LocalContextValue ExposureQuestion exposureQuestion) {
		int n = first == null ? 5 : first;
		Limits.check("first", n, 1, this.limits.maxK());
		return AnalysisAnswers.result(this.scenarios.criticalClaims(exposureQuestion, exposure, n));
	}

	@QueryMapping
	DataFetcherResult<List<Chokepoint>> chokepoints(@Argument String entity, @Argument ExposureDirection direction,
			@Argument List<RelationKind> kinds, @Argument Integer maxHops, @Argument Integer first,
			DataFetchingFieldSelectionSet selection) {
		int hops = maxHops == null ? 3 : maxHops;
		int n = first == null ? 20 : first;
		Limits.check("maxHops", hops, 1, this.limits.maxHops());
		Limits.check("first", n, 1, this.limits.maxFirst());
		return AnalysisAnswers.result(this.scenarios.chokepoints(entity, direction, kinds, hops, n,
				AnalysisSelection.forRanking(selection)));
	}

}
