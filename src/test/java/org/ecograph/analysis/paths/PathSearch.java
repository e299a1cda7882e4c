package org.ecograph.analysis.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.analysis.projection.StepWeights;
import org.ecograph.model.Claim;

/**
 * The k best simple paths between two entities: a depth-first enumeration of simple paths bounded by the hop
 * limit, pruned by branch and bound (a partial path whose strength, which can only fall, or whose least possible
 * length, from a breadth-first distance to the target, already ranks below the k-th best path found is abandoned),
 * and stopped after a fixed number of expansions so a hub cannot make it run away.
 */
public final class PathSearch {

	/**
	 * The paths found.
	 *
	 * @param routes the best paths, best first
	 * @param truncated whether the expansion cap stopped the search early (the paths are then the best found)
	 */
	public record Result(List<Route> routes, boolean truncated) {
	}

	/**
	 * The question.
	 *
	 * @param from the start entity
	 * @param to the end entity
	 * @param maxHops the most steps a path may have
	 * @param k how many paths to return
	 * @param ranking how to order them
	 * @param followDirection whether steps must follow their claim's direction
	 * @param maxExpansions the most steps the search may try
	 */
	public record Query(String from, String to, int maxHops, int k, PathRanking ranking, boolean followDirection,
			long maxExpansions) {
	}

	private final ClaimGraph graph;

	private final StepWeights weights;

	private final Query query;

	private final Comparator<Route> order;

	private final Map<String, Integer> distanceToTarget;

	private final Map<String, List<Claim>> strongestFirst = new HashMap<>();

	private final List<Route> best = new ArrayList<>();

	private long expansions;

	private boolean truncated;

	private PathSearch(ClaimGraph graph, StepWeights weights, Query query) {
		this.graph = graph;
		this.weights = weights;
		this.query = query;
		this.order = order(query.ranking());
		this.distanceToTarget = distancesTo(graph, query.to(), query.followDirection(), query.maxHops());
	}

	/** The {@code query.k()} best simple paths from {@code query.from()} to {@code query.to()}. */
	public static Result kBest(ClaimGraph graph, StepWeights weights, Query query) {
		PathSearch search = new PathSearch(graph, weights, query);
		if (!query.from().equals(query.to()) && search.distanceToTarget.containsKey(query.from())) {
			Set<String> onPath = new LinkedHashSet<>();
			onPath.add(query.from());
			search.extend(query.from(), onPath, new ArrayList<>(), 1.0);
		}
		return new Result(List.copyOf(search.best), search.truncated);
	}

	/** The order of paths for a ranking: its primary and secondary keys, then node and claim ids. */
	public static Comparator<Route> order(PathRanking ranking) {
		Comparator<Route> byStrength = Comparator.comparingDouble(Route::strength).reversed();
		Comparator<Route> byHops = Comparator.comparingInt(Route::hops);
		Comparator<Route> primary = ranking == PathRanking.HOPS ? byHops.thenComparing(byStrength)
				: byStrength.thenComparing(byHops);
		return primary.thenComparing(Route::key);
	}

	private void extend(String node, Set<String> onPath, List<Claim> steps, double strength) {
		for (Claim claim : strongestFirst(node)) {
			if (this.truncated) {
				return;
			}
			String next = claim.otherEnd(node);
			if (onPath.contains(next) || !walkable(claim, node)) {
				continue;
			}
			Integer remaining = this.distanceToTarget.get(next);
			int hops = steps.size() + 1;
			if (remaining == null || hops + remaining > this.query.maxHops()) {
				continue;
			}
			if (++this.expansions > this.query.maxExpansions()) {
				this.truncated = true;
				return;
			}
			double nextStrength = strength * this.weights.weight(claim);
			if (cannotEnterBest(hops + remaining, nextStrength)) {
				continue;
			}
			steps.add(claim);
			onPath.add(next);
			if (next.equals(this.query.to())) {
				offer(new Route(new ArrayList<>(onPath), steps, nextStrength));
			}
			else {
				extend(next, onPath, steps, nextStrength);
			}
			onPath.remove(next);
			steps.remove(steps.size() - 1);
		}
	}

	private boolean walkable(Claim claim, String node) {
		return !this.query.followDirection() || claim.fromId().equals(node);
	}

	/** Whether no completion of a partial path can beat the k-th best path: strength only falls, hops only grow. */
	private boolean cannotEnterBest(int leastHops, double mostStrength) {
		if (this.best.size() < this.query.k()) {
			return false;
		}
		Route worst = this.best.get(this.best.size() - 1);
		if (this.query.ranking() == PathRanking.HOPS) {
			return leastHops > worst.hops() || (leastHops == worst.hops() && mostStrength < worst.strength());
		}
		return mostStrength < worst.strength() || (mostStrength == worst.strength() && leastHops > worst.hops());
	}

	private void offer(Route route) {
		this.best.add(route);
		this.best.sort(this.order);
		if (this.best.size() > this.query.k()) {
			this.best.remove(this.best.size() - 1);
		}
	}

	private List<Claim> strongestFirst(String node) {
		return this.strongestFirst.computeIfAbsent(node, n -> this.graph.incident(n)
			.stream()
			.sorted(Comparator.comparingDouble((Claim c) -> this.weights.weight(c)).reversed().thenComparing(Claim::id))
			.toList());
	}

	/** Breadth-first distances to {@code target}, walking claims backwards when direction matters. */
	static Map<String, Integer> distancesTo(ClaimGraph graph, String target, boolean followDirection, int limit) {
		Map<String, Integer> distance = new HashMap<>();
		if (!graph.contains(target)) {
			return distance;
		}
		distance.put(target, 0);
		Deque<String> queue = new ArrayDeque<>(List.of(target));
		while (!queue.isEmpty()) {
			String node = queue.removeFirst();
			int d = distance.get(node);
			if (d == limit) {
				continue;
			}
			for (Claim claim : graph.incident(node)) {
				if (followDirection && !claim.toId().equals(node)) {
					continue;
				}
				String previous = claim.otherEnd(node);
				if (distance.putIfAbsent(previous, d + 1) == null) {
					queue.addLast(previous);
				}
			}
		}
		return distance;
	}

}
