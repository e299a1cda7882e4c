package org.ecograph.analysis.exposure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ecograph.analysis.paths.ClaimGraph;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.paths.PathSearch;
import org.ecograph.analysis.paths.Route;
import org.ecograph.analysis.projection.StepWeights;
import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;

/**
 * Exposure by the integrated-ownership method over simple paths: the exposure of a dependent to a counterpart is
 * the sum, over every simple path between them of at most {@code maxHops} steps, of the product of the dependent
 * side's share at each step. A path with an unknown share adds nothing to the known sum and marks the counterpart's
 * share as not fully known. Simple paths never go round a cycle, so cycles need no convergence guard. See
 * {@code docs/analysis.md}.
 */
public final class ExposureCalculator {

	/** The relation kinds that count as dependency when the caller names none. */
	public static final Set<RelationKind> DEFAULT_KINDS = Set.copyOf(EnumSet.of(RelationKind.FUNDS,
			RelationKind.SUPPLIES, RelationKind.ACCESSES_DATA, RelationKind.PUBLISHES, RelationKind.PARTNERS_WITH,
			RelationKind.ADMINISTERS, RelationKind.LEADS, RelationKind.OWNS, RelationKind.LOCATED_IN));

	/**
	 * The question.
	 *
	 * @param entity the entity whose exposure is measured (UPSTREAM) or that others are exposed to (DOWNSTREAM)
	 * @param direction which way
	 * @param maxHops the most steps of a chain
	 * @param maxPaths how many routes to keep per counterpart
	 * @param maxExpansions the most steps the enumeration may take
	 */
	public record Query(String entity, ExposureDirection direction, int maxHops, int maxPaths, long maxExpansions) {
	}

	/**
	 * One counterpart, before its entity is loaded.
	 *
	 * @param counterpartId the other entity
	 * @param directShare the sum of the known shares of one-step paths, {@code null} when none is known
	 * @param indirectShare the sum of the known products of longer paths, {@code null} when none is known
	 * @param totalShare direct plus indirect known parts, {@code null} when no path's share is known
	 * @param shareKnown whether every path's share is known (only then is {@code totalShare} the whole exposure)
	 * @param amountUsd the sum of the amounts of the direct claims, {@code null} when none has one
	 * @param routes the strongest routes from the entity to the counterpart, at most {@code maxPaths}
	 */
	public record Exposed(String counterpartId, Double directShare, Double indirectShare, Double totalShare,
			boolean shareKnown, Double amountUsd, List<Route> routes) {
	}

	/**
	 * The result.
	 *
	 * @param exposures every counterpart reached, ranked
	 * @param truncated whether the expansion cap stopped the enumeration early
	 */
	public record Result(List<Exposed> exposures, boolean truncated) {
	}

	/** Ranks by known total share, then direct amount, then id; unknowns last. */
	public static final Comparator<Exposed> RANKING = Comparator
		.comparing(Exposed::totalShare, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Exposed::amountUsd, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Exposed::counterpartId);

	private final ClaimGraph graph;

	private final StepWeights weights;

	private final Query query;

	private final Map<String, Tally> tallies = new TreeMap<>();

	private long expansions;

	private boolean truncated;

	private ExposureCalculator(ClaimGraph graph, StepWeights weights, Query query) {
		this.graph = graph;
		this.weights = weights;
		this.query = query;
	}

	/** Every counterpart within {@code query.maxHops()} of the entity, ranked by {@link #RANKING}. */
	public static Result compute(ClaimGraph graph, StepWeights weights, Query query) {
		ExposureCalculator calculator = new ExposureCalculator(graph, weights, query);
		Set<String> onPath = new LinkedHashSet<>();
		onPath.add(query.entity());
		calculator.walk(query.entity(), onPath, new ArrayList<>(), 1.0, 1.0);
		List<Exposed> exposures = calculator.tallies.entrySet()
			.stream()
			.map(e -> e.getValue().toExposed(e.getKey(), query.maxPaths()))
			.sorted(RANKING)
			.toList();
		return new Result(exposures, calculator.truncated);
	}

	/**
	 * The share of a step from {@code node} over {@code claim}: the dependent side's share. Upstream the dependent
	 * is the entity being left; downstream it is the entity being reached.
	 */
	static Double stepShare(Claim claim, String node, ExposureDirection direction) {
		String dependent = direction == ExposureDirection.UPSTREAM ? node : claim.otherEnd(node);
		return dependent.equals(claim.fromId()) ? claim.shareOfSource() : claim.shareOfTarget();
	}

	/** {@code share} is the product so far, or {@code NaN} once a share on the way is unknown. */
	private void walk(String node, Set<String> onPath, List<Claim> steps, double share, double strength) {
		if (steps.size() == this.query.maxHops()) {
			return;
		}
		for (Claim claim : this.graph.incident(node)) {
			String next = claim.otherEnd(node);
			if (this.truncated || onPath.contains(next)) {
				continue;
			}
			if (++this.expansions > this.query.maxExpansions()) {
				this.truncated = true;
				return;
			}
			Double stepShare = stepShare(claim, node, this.query.direction());
			double nextShare = stepShare == null ? Double.NaN : share * stepShare;
			double nextStrength = strength * this.weights.weight(claim);
			steps.add(claim);
			onPath.add(next);
			Route route = new Route(new ArrayList<>(onPath), steps, nextStrength);
			this.tallies.computeIfAbsent(next, k -> new Tally()).add(route, nextShare);
			walk(next, onPath, steps, nextShare, nextStrength);
			onPath.remove(next);
			steps.remove(steps.size() - 1);
		}
	}

	/** What is known so far about one counterpart. */
	private static final class Tally {

		private Double direct;

		private Double indirect;

		private boolean allKnown = true;

		private Double amountUsd;

		private final List<RouteShare> routes = new ArrayList<>();

		void add(Route route, double share) {
			this.routes.add(new RouteShare(route, Double.isNaN(share) ? null : share));
			if (route.hops() == 1 && route.claims().get(0).amountUsd() != null) {
				this.amountUsd = plus(this.amountUsd, route.claims().get(0).amountUsd());
			}
			if (Double.isNaN(share)) {
				this.allKnown = false;
			}
			else if (route.hops() == 1) {
				this.direct = plus(this.direct, share);
			}
			else {
				this.indirect = plus(this.indirect, share);
			}
		}

		Exposed toExposed(String counterpartId, int maxPaths) {
			Double total = this.direct == null ? this.indirect : plus(this.indirect, this.direct);
			List<Route> strongest = this.routes.stream()
				.sorted(Comparator.comparing(RouteShare::share, Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing(RouteShare::route, PathSearch.order(PathRanking.STRENGTH)))
				.limit(maxPaths)
				.map(RouteShare::route)
				.toList();
			return new Exposed(counterpartId, this.direct, this.indirect, total, this.allKnown, this.amountUsd,
					strongest);
		}

		private static Double plus(Double sum, double value) {
			return sum == null ? value : sum + value;
		}

	}

	private record RouteShare(Route route, Double share) {
	}

}
