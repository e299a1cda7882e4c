package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.analysis.AnalysisRepository.Expansion;
import org.ecograph.analysis.AnalysisRepository.Neighbourhood;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.InvalidArgumentException;
import org.ecograph.model.RelationKind;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The analyst's operations: loads what each needs in one read transaction, runs the pure algorithm and returns
 * records holding the model's entities and claims. Arguments are expected already range-checked by the caller;
 * unknown ids raise {@link EntityNotFoundException}.
 */
@Service
public class AnalysisService {

	private static final Logger log = LoggerFactory.getLogger(AnalysisService.class);

	private final AnalysisRepository repository;

	private final AnalysisProperties properties;

	AnalysisService(AnalysisRepository repository, AnalysisProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	/**
	 * The {@code k} best simple paths of at most {@code maxHops} steps between two entities, over the claims that
	 * pass {@code filter} (its kinds included).
	 * @param followDirection whether steps must follow their claim's direction
	 */
	public List<InfluencePath> influencePaths(String from, String to, int maxHops, int k, PathRanking rankBy,
			boolean followDirection, ClaimFilter filter) {
		if (from.equals(to)) {
			throw new InvalidArgumentException("from and to are the same entity " + from + ": they must differ");
		}
		return this.repository.read(tx -> {
			requireEntities(tx, List.of(from, to));
			int budget = this.properties.maxNeighbourhoodClaims();
			Neighbourhood near = this.repository.expand(tx, List.of(from), (maxHops + 1) / 2,
					followDirection ? Expansion.OUT : Expansion.BOTH, filter, budget);
			Neighbourhood far = this.repository.expand(tx, List.of(to), maxHops / 2,
					followDirection ? Expansion.IN : Expansion.BOTH, filter, budget - near.claims().size());
			List<Claim> claims = new ArrayList<>(near.claims().values());
			claims.addAll(far.claims().values());
			StepWeights weights = new StepWeights(this.repository.largestAmount(tx, filter));
			PathSearch.Result found = PathSearch.kBest(ClaimGraph.of(claims), weights, new PathSearch.Query(from, to,
					maxHops, k, rankBy, followDirection, this.properties.maxExpansions()));
			warnIfCut("influencePaths " + from + " -> " + to, near.truncated() || far.truncated(),
					found.truncated());
			return paths(tx, found.routes());
		});
	}

	/**
	 * Who {@code entity} depends on (UPSTREAM) or who depends on it (DOWNSTREAM), through chains of at most
	 * {@code maxHops} claims of the filter's kinds ({@link ExposureCalculator#DEFAULT_KINDS} when it names none).
	 * @param first how many counterparts to return
	 * @param maxPaths how many routes to list per counterpart
	 */
	public List<Exposure> exposure(String entity, ExposureDirection direction, int maxHops, int first, int maxPaths,
			ClaimFilter filter) {
		ClaimFilter dependency = filter.kinds() == null ? filter.withKinds(ExposureCalculator.DEFAULT_KINDS) : filter;
		return this.repository.read(tx -> {
			requireEntities(tx, List.of(entity));
			Neighbourhood near = this.repository.expand(tx, List.of(entity), maxHops, Expansion.BOTH, dependency,
					this.properties.maxNeighbourhoodClaims());
			StepWeights weights = new StepWeights(this.repository.largestAmount(tx, dependency));
			ExposureCalculator.Result result = ExposureCalculator.compute(ClaimGraph.of(near.claims().values()),
					weights, new ExposureCalculator.Query(entity, direction, maxHops, maxPaths,
							this.properties.maxExpansions()));
			warnIfCut("exposure " + direction + " of " + entity, near.truncated(), result.truncated());
			List<ExposureCalculator.Exposed> top = result.exposures().stream().limit(first).toList();
			Set<String> ids = new LinkedHashSet<>();
			top.forEach(e -> {
				ids.add(e.counterpartId());
				e.routes().forEach(r -> ids.addAll(r.nodeIds()));
			});
			Map<String, Entity> entities = this.repository.entities(tx, ids);
			return top.stream()
				.map(e -> new Exposure(entities.get(e.counterpartId()), e.directShare(), e.indirectShare(),
						e.totalShare(), e.shareKnown(), e.amountUsd(),
						e.routes().stream().map(r -> path(r, entities)).toList()))
				.toList();
		});
	}

	/**
	 * The {@code first} entities of the given kinds (all when {@code null}) by weighted PageRank over every entity
	 * and every claim passing {@code filter}.
	 */
	public List<RankedEntity> ranking(Set<EntityKind> kinds, RankingWeight weightBy, int first, ClaimFilter filter) {
		return this.repository.read(tx -> {
			Map<String, EntityKind> entityKinds = this.repository.entityKinds(tx);
			Map<String, Double> scores = PageRank.scores(entityKinds.keySet(), this.repository.claims(tx, filter),
					weightBy);
			List<Map.Entry<String, Double>> top = scores.entrySet()
				.stream()
				.filter(e -> kinds == null || kinds.isEmpty() || kinds.contains(entityKinds.get(e.getKey())))
				.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(first)
				.toList();
			Map<String, Entity> entities = this.repository.entities(tx, top.stream().map(Map.Entry::getKey).toList());
			return top.stream().map(e -> new RankedEntity(entities.get(e.getKey()), e.getValue())).toList();
		});
	}

	/** Who funds {@code target}, how much, with what share, and whether the shares add up. */
	public FundingSummary fundingSummary(String target, ClaimFilter filter) {
		ClaimFilter funding = filter.withKinds(Set.of(RelationKind.FUNDS));
		return this.repository.read(tx -> {
			Entity entity = requireEntities(tx, List.of(target)).get(target);
			List<Claim> claims = this.repository.incomingFunding(tx, target, funding);
			Map<String, Entity> funders = this.repository.entities(tx, claims.stream().map(Claim::fromId).toList());
			return FundingAggregator.summarize(entity, claims, funders::get);
		});
	}

	private Map<String, Entity> requireEntities(TransactionContext tx, List<String> ids) {
		Map<String, Entity> found = this.repository.entities(tx, ids);
		for (String id : ids) {
			if (!found.containsKey(id)) {
				throw new EntityNotFoundException(id);
			}
		}
		return found;
	}

	private List<InfluencePath> paths(TransactionContext tx, List<Route> routes) {
		Set<String> ids = new LinkedHashSet<>();
		routes.forEach(r -> ids.addAll(r.nodeIds()));
		Map<String, Entity> entities = this.repository.entities(tx, ids);
		return routes.stream().map(r -> path(r, entities)).toList();
	}

	private static InfluencePath path(Route route, Map<String, Entity> entities) {
		List<PathStep> steps = new ArrayList<>();
		for (int i = 0; i < route.hops(); i++) {
			Claim claim = route.claims().get(i);
			String explanation = Figures.explain(claim, name(entities, claim.fromId()), name(entities, claim.toId()));
			steps.add(new PathStep(claim, route.forward(i), explanation));
		}
		return new InfluencePath(route.hops(), route.strength(),
				route.nodeIds().stream().map(entities::get).toList(), steps);
	}

	private static String name(Map<String, Entity> entities, String id) {
		Entity entity = entities.get(id);
		return entity == null || entity.name() == null ? id : entity.name();
	}

	private static void warnIfCut(String question, boolean neighbourhoodCut, boolean searchCut) {
		if (neighbourhoodCut || searchCut) {
			log.warn("{}: {} cap reached; the answer covers only what was explored", question,
					neighbourhoodCut ? "ecograph.analysis.max-neighbourhood-claims" : "ecograph.analysis.max-expansions");
		}
	}

}
