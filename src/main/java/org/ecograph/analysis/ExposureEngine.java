package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Exposure on a {@link ClaimProjection}: integrated shares over every simple path of at most {@code maxHops} steps,
 * exactly. The share of a path is the product of the dependent side's share at each step; a counterpart's exposure
 * is the sum over its paths; a path with an unknown share adds nothing and marks the counterpart's share as not
 * fully known.
 * <p>
 * Up to three steps the sums are computed without enumerating paths: walk sums layer by layer (a sparse
 * vector-matrix product per step), then the walks that revisit a node are subtracted by inclusion-exclusion (for
 * three steps: those returning to the start and those visiting the counterpart twice, plus those doing both). The
 * same algebra over counts (all paths, paths with every share known) tells whether every path's share is known.
 * Cost: the claims of the nodes within two steps, whatever the number of paths through hubs. Longer chains are
 * enumerated with a budget, and say so when it is reached. The routes listed per counterpart are the strongest by
 * share, found by meeting in the middle; their number is capped by {@code maxPaths}, and the answer gives the exact
 * number of paths.
 */
final class ExposureEngine {

	/** The longest chain the algebraic method handles. */
	static final int ALGEBRAIC_HOPS = 3;

	/**
	 * The question, on node indexes.
	 *
	 * @param entity the entity
	 * @param direction which way
	 * @param maxHops the longest chain
	 * @param first how many counterparts to return
	 * @param maxPaths how many routes to list per counterpart
	 * @param maxExpansions budget of the enumeration of chains of 4 steps or more, and of each route listing
	 */
	record Query(int entity, ExposureDirection direction, int maxHops, int first, int maxPaths, long maxExpansions) {
	}

	/**
	 * One counterpart.
	 *
	 * @param node the counterpart
	 * @param directShare known part of one-step paths, {@code null} when none is known
	 * @param indirectShare known part of longer paths, {@code null} when none is known
	 * @param totalShare both, {@code null} when no path's share is known
	 * @param shareKnown whether every path's share is known
	 * @param amountUsd the sum of the flow amounts of the direct claims, {@code null} when none has one
	 * @param pathCount how many simple paths lead to the counterpart
	 * @param routes the strongest paths by share, at most {@code maxPaths}
	 * @param routesComplete whether the route listing ran to its end (the totals are exact either way)
	 */
	record Exposed(int node, Double directShare, Double indirectShare, Double totalShare, boolean shareKnown,
			Double amountUsd, long pathCount, List<ProjectedRoute> routes, boolean routesComplete) {
	}

	/**
	 * The answer.
	 *
	 * @param exposures the first counterparts, ranked
	 * @param counterparts how many counterparts there are in all
	 * @param complete whether the totals are exact (false only when a long-chain enumeration hit its budget)
	 */
	record Result(List<Exposed> exposures, int counterparts, boolean complete) {
	}

	private final ClaimProjection g;

	private final ProjectionFilter filter;

	private final StepWeights weights;

	private final Query q;

	/** Ranks by known total share, then direct amount, then id; unknowns last. */
	private final Comparator<Exposed> ranking;

	private ExposureEngine(ClaimProjection g, ProjectionFilter filter, StepWeights weights, Query q) {
		this.g = g;
		this.filter = filter;
		this.weights = weights;
		this.q = q;
		this.ranking = Comparator.comparing(Exposed::totalShare, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
			.thenComparing(Exposed::amountUsd, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
			.thenComparing(e -> g.entityId(e.node()));
	}

	static Result compute(ClaimProjection g, ProjectionFilter filter, StepWeights weights, Query q) {
		return new ExposureEngine(g, filter, weights, q).run();
	}

	/** The dependent side's share of stepping from {@code from} over {@code c}, {@code NaN} when unknown. */
	double stepShare(int c, int from) {
		boolean forward = this.g.src[c] == from;
		boolean sourceSide = (this.q.direction() == ExposureDirection.UPSTREAM) == forward;
		return sourceSide ? this.g.shareOfSource[c] : this.g.shareOfTarget[c];
	}

	private Result run() {
		Tallies tallies = this.q.maxHops() <= ALGEBRAIC_HOPS ? new WalkAlgebra(this).tallies()
				: new ChainEnumeration(this).tallies();
		PriorityQueue<Exposed> top = new PriorityQueue<>(ranking.reversed());
		int counterparts = 0;
		for (int i = 0; i < tallies.size; i++) {
			if (tallies.pathCount(i) == 0) {
				continue;
			}
			counterparts++;
			Exposed e = tallies.exposed(i);
			top.add(e);
			if (top.size() > this.q.first()) {
				top.poll();
			}
		}
		List<Exposed> ranked = new ArrayList<>(top);
		ranked.sort(ranking);
		List<Exposed> withRoutes = new ArrayList<>();
		for (Exposed e : ranked) {
			withRoutes.add(withRoutes(e, tallies));
		}
		return new Result(List.copyOf(withRoutes), counterparts, tallies.complete);
	}

	private Exposed withRoutes(Exposed e, Tallies tallies) {
		if (this.q.maxPaths() == 0) {
			return e;
		}
		RouteLister.Listing listing = new RouteLister(this).list(e.node());
		return new Exposed(e.node(), e.directShare(), e.indirectShare(), e.totalShare(), e.shareKnown(), e.amountUsd(),
				e.pathCount(), listing.routes(), listing.complete());
	}


	ClaimProjection graph() {
		return this.g;
	}

	StepWeights weights() {
		return this.weights;
	}

	Query query() {
		return this.q;
	}

	/** Whether {@code c} may be walked: it passes the filter and is not a self-loop. */
	boolean walkable(int c) {
		return this.g.src[c] != this.g.dst[c] && this.g.passes(c, this.filter);
	}

	/** The order of listed routes: known share first and larger first, then the strength order of paths. */
	Comparator<ProjectedRoute> routeOrder() {
		Comparator<ProjectedRoute> byShare = Comparator.comparingDouble(r -> Double.isNaN(r.share()) ? 1 : -r.share());
		return byShare.thenComparing(ProjectedRoute.order(PathRanking.STRENGTH, this.g));
	}

	/** Per-counterpart sums, filled by one of the two methods. */
	static final class Tallies {

		int size;

		int[] node = new int[64];

		/** Per counterpart: direct and indirect known sums, counts of all and of known paths, direct amount. */
		double[] direct = new double[64];

		double[] indirect = new double[64];

		double[] knownDirect = new double[64];

		double[] knownIndirect = new double[64];

		double[] paths = new double[64];

		double[] knownPaths = new double[64];

		double[] amount = new double[64];

		boolean complete = true;

		private final NodeMarks slots;

		Tallies(NodeMarks slots) {
			this.slots = slots;
		}

		int slot(int v) {
			int i = this.slots.get(v);
			if (i != NodeMarks.ABSENT) {
				return i;
			}
			if (this.size == this.node.length) {
				int n = this.size * 2;
				this.node = java.util.Arrays.copyOf(this.node, n);
				this.direct = java.util.Arrays.copyOf(this.direct, n);
				this.indirect = java.util.Arrays.copyOf(this.indirect, n);
				this.knownDirect = java.util.Arrays.copyOf(this.knownDirect, n);
				this.knownIndirect = java.util.Arrays.copyOf(this.knownIndirect, n);
				this.paths = java.util.Arrays.copyOf(this.paths, n);
				this.knownPaths = java.util.Arrays.copyOf(this.knownPaths, n);
				this.amount = java.util.Arrays.copyOf(this.amount, n);
			}
			i = this.size++;
			this.node[i] = v;
			this.amount[i] = Double.NaN;
			this.slots.put(v, i);
			return i;
		}

		long pathCount(int i) {
			return Math.round(this.paths[i]);
		}

		Exposed exposed(int i) {
			Double d = Math.round(this.knownDirect[i]) > 0 ? round(this.direct[i]) : null;
			Double in = Math.round(this.knownIndirect[i]) > 0 ? round(this.indirect[i]) : null;
			Double total = d == null && in == null ? null : round((d == null ? 0 : d) + (in == null ? 0 : in));
			boolean known = Math.round(this.paths[i]) == Math.round(this.knownPaths[i]);
			return new Exposed(this.node[i], d, in, total, known, Double.isNaN(this.amount[i]) ? null : this.amount[i],
					pathCount(i), List.of(), true);
		}

		/** Sums differ from path-by-path sums by rounding noise only; 13 decimals keep equal totals equal. */
		private static double round(double v) {
			return Math.round(v * 1e13) / 1e13;
		}

	}

}
