package org.ecograph.analysis.exposure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntConsumer;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ClaimWeights;
import org.ecograph.analysis.projection.NodeMarks;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectedRoute;
import org.ecograph.analysis.projection.ProjectionFilter;

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
public final class ExposureEngine {

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
	public record Query(int entity, ExposureDirection direction, int maxHops, int first, int maxPaths, long maxExpansions) {
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
	 * @param hops the fewest steps to the counterpart
	 * @param routes the strongest paths by share, at most {@code maxPaths}
	 * @param routesComplete whether the route listing ran to its end (the totals are exact either way)
	 */
	public record Exposed(int node, Double directShare, Double indirectShare, Double totalShare, boolean shareKnown,
			Double amountUsd, long pathCount, int hops, List<ProjectedRoute> routes, boolean routesComplete) {
	}

	/**
	 * The answer.
	 *
	 * @param exposures the first counterparts, ranked
	 * @param complete whether the totals are exact (false only when a long-chain enumeration hit its budget)
	 */
	public record Result(List<Exposed> exposures, boolean complete) {
	}

	/**
	 * Which counterparts of an answer get their routes listed, by node and total share ({@code null}: none known):
	 * a caller that reads the routes of a few counterparts only (a saved question reads those above its threshold)
	 * skips the listing, most of an answer's cost, for the others, whose routes come back empty.
	 */
	@FunctionalInterface
	public interface RoutesFor {

		/** Every counterpart's routes, as the API answers. */
		RoutesFor ALL = (node, totalShare) -> true;

		boolean test(int node, Double totalShare);

	}

	private final ClaimProjection g;

	private final RoutesFor routesFor;

	/** The step weight of each claim under the filter ({@link ClaimProjection#weights}). */
	private final ClaimWeights weights;

	private final Query q;

	/** Ranks by known total share, then direct amount, then fewest steps, then id; unknowns last. */
	private final Comparator<Exposed> ranking;

	private final ProjectionFilter filter;

	private ExposureEngine(ClaimProjection g, ProjectionFilter filter, Query q, RoutesFor routesFor) {
		this.g = g;
		this.filter = filter;
		this.routesFor = routesFor;
		this.weights = g.weights(filter);
		this.q = q;
		this.ranking = Comparator.comparing(Exposed::totalShare, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
			.thenComparing(Exposed::amountUsd, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
			.thenComparingInt(Exposed::hops)
			.thenComparing(e -> g.entityId(e.node()));
	}

	public static Result compute(ClaimProjection g, ProjectionFilter filter, Query q) {
		return compute(g, filter, q, RoutesFor.ALL);
	}

	/** The same, listing routes only for the counterparts {@code routesFor} accepts (the others' come back empty). */
	public static Result compute(ClaimProjection g, ProjectionFilter filter, Query q, RoutesFor routesFor) {
		return new ExposureEngine(g, filter, q, routesFor).run();
	}

	/**
	 * Every counterpart's total share, unranked and without routes: the seam of the questions that recompute one
	 * exposure many times (a scenario's critical claims, chokepoints). The same tallies as {@link #compute}, so each
	 * total equals the {@link Exposed#totalShare} {@code compute} gives the counterpart. {@code first} and
	 * {@code maxPaths} of the query are not used.
	 *
	 * @param nodes the counterparts reached by a chain of known shares
	 * @param totals their total shares, in the order of {@code nodes}
	 * @param complete whether the totals are exact (false when a long-chain enumeration hit its budget)
	 */
	public record Totals(int[] nodes, double[] totals, boolean complete) {

		/** The counterpart's total share, {@code NaN} when none is known. */
		public double of(int node) {
			for (int i = 0; i < this.nodes.length; i++) {
				if (this.nodes[i] == node) {
					return this.totals[i];
				}
			}
			return Double.NaN;
		}

	}

	/** Every counterpart's total share ({@link Totals}). */
	public static Totals totals(ClaimProjection g, ProjectionFilter filter, Query q) {
		ExposureEngine engine = new ExposureEngine(g, filter, q, RoutesFor.ALL);
		NodeMarks slots = NodeMarks.borrow(g);
		try {
			Tallies tallies = q.maxHops() > ALGEBRAIC_HOPS ? new ChainEnumeration(engine).tallies(slots)
					: new WalkAlgebra(engine).tallies(slots);
			int[] nodes = new int[tallies.size];
			double[] totals = new double[tallies.size];
			for (int i = 0; i < tallies.size; i++) {
				Double total = tallies.exposed(i, Double.NaN, 0).totalShare();
				nodes[i] = tallies.node[i];
				totals[i] = total == null ? Double.NaN : total;
			}
			return new Totals(nodes, totals, tallies.complete);
		}
		finally {
			slots.release(g);
		}
	}

	/** The dependent side's share of stepping from {@code from} over {@code c}, {@code NaN} when unknown. */
	double stepShare(int c, int from) {
		return stepShare(this.g, this.q.direction(), c, from);
	}

	/**
	 * The dependent side's share of stepping from {@code from} over {@code c} in an exposure of {@code direction},
	 * {@code NaN} when unknown: the steps of known share are those the exposure's totals walk.
	 */
	public static double stepShare(ClaimProjection g, ExposureDirection direction, int c, int from) {
		boolean forward = g.src(c) == from;
		boolean sourceSide = (direction == ExposureDirection.UPSTREAM) == forward;
		return sourceSide ? g.shareOfSource(c) : g.shareOfTarget(c);
	}

	private Result run() {
		if (this.q.maxHops() > ALGEBRAIC_HOPS) {
			return enumerated();
		}
		NodeMarks slots = NodeMarks.borrow(this.g);
		try {
			return answer(new WalkAlgebra(this).tallies(slots), slots);
		}
		finally {
			slots.release(this.g);
		}
	}

	/**
	 * The answer of a question of at most three steps from the tallies of its known shares (slotted in {@code slots}):
	 * ranked, counted, routes listed on this engine's graph alone.
	 */
	private Result answer(Tallies known, NodeMarks slots) {
		return answer(known, slots, new ExposureNeighbourhood(this));
	}

	/** The same, on the neighbourhood given (released here). */
	private Result answer(Tallies known, NodeMarks slots, ExposureNeighbourhood near) {
		try {
			List<Exposed> ranked = top(known, near);
			if (ranked.size() < this.q.first()) {
				fill(ranked, known, near);
			}
			List<Exposed> answer = new ArrayList<>();
			for (Exposed e : ranked) {
				int i = slots.get(e.node());
				long knownPaths = i == NodeMarks.ABSENT ? 0 : Math.round(known.knownPaths[i]);
				long paths = near.pathCount(e.node());
				ExposureNeighbourhood.Listing listing = this.routesFor.test(e.node(), e.totalShare())
						? near.routes(e.node()) : new ExposureNeighbourhood.Listing(List.of(), true);
				answer.add(new Exposed(e.node(), e.directShare(), e.indirectShare(), e.totalShare(), paths == knownPaths,
						e.amountUsd(), paths, e.hops(), listing.routes(), listing.complete()));
			}
			return new Result(List.copyOf(answer), true);
		}
		finally {
			near.release();
		}
	}

	/**
	 * The answers of {@code q} on {@code g} and on {@code overlay}, an overlay of {@code g} (a scenario's): each equal,
	 * field for field, to {@link #compute} on that graph. Up to three steps the known shares of both are summed in
	 * one walk ({@link JointWalk}); what follows (ranking, path counts, routes with their budgets) runs on each graph
	 * alone, as {@code compute} does. Longer chains (the budgeted enumeration, whose cut depends on its own order)
	 * and an overlay of another graph are computed apart. The two sides' separate work runs at once when a core is
	 * spare ({@link Beside}).
	 *
	 * @return the answer on {@code g}, then the one on {@code overlay}
	 */
	public static Result[] computeJoint(ClaimProjection g, OverlaidProjection overlay, ProjectionFilter filter,
			Query q) {
		if (q.maxHops() > ALGEBRAIC_HOPS || overlay.base() != g) {
			return Beside.both(() -> compute(g, filter, q), () -> compute(overlay, filter, q)).toArray(Result[]::new);
		}
		ExposureEngine before = new ExposureEngine(g, filter, q, RoutesFor.ALL);
		ExposureEngine after = new ExposureEngine(overlay, filter, q, RoutesFor.ALL);
		NodeMarks slotsBefore = NodeMarks.borrow(g);
		NodeMarks slotsAfter = NodeMarks.borrow(overlay);
		try {
			JointWalk walk = new JointWalk(before, after, overlay);
			Tallies[] known = walk.tallies(slotsBefore, slotsAfter);
			ExposureNeighbourhood[] near = ExposureNeighbourhood.joint(before, after, walk.sides());
			// the two answers share nothing (each its graph, marks and neighbourhood): the one on g is offered to a
			// spare core while this thread computes the overlay's; both are joined before the marks are released
			return Beside.both(() -> before.answer(known[0], slotsBefore, near[0]),
					() -> after.answer(known[1], slotsAfter, near[1])).toArray(Result[]::new);
		}
		finally {
			slotsBefore.release(g);
			slotsAfter.release(overlay);
		}
	}

	/** The first counterparts with a known share, ranked. */
	private List<Exposed> top(Tallies known, ExposureNeighbourhood near) {
		PriorityQueue<Exposed> top = new PriorityQueue<>(this.ranking.reversed());
		for (int i = 0; i < known.size; i++) {
			Exposed e = known.exposed(i, near.amount(known.node[i]), near.hops(known.node[i]));
			if (e.totalShare() == null) {
				continue;
			}
			top.add(e);
			if (top.size() > this.q.first()) {
				top.poll();
			}
		}
		List<Exposed> ranked = new ArrayList<>(top);
		ranked.sort(this.ranking);
		return ranked;
	}

	/**
	 * Fewer counterparts with a known share than asked for: the rest, without one, in ranking order: direct ones by
	 * amount, then nearer first, then by id (node indexes follow ids); a farther ring is read only when needed.
	 */
	private void fill(List<Exposed> ranked, Tallies known, ExposureNeighbourhood near) {
		java.util.function.IntPredicate unknown = v -> v != this.q.entity() && !hasKnownShare(known, v);
		List<Exposed> direct = new ArrayList<>();
		near.forEachDirect(v -> {
			if (unknown.test(v)) {
				direct.add(unknownShare(v, near.amount(v), 1));
			}
		});
		direct.sort(this.ranking);
		ranked.addAll(direct.subList(0, Math.min(direct.size(), this.q.first() - ranked.size())));
		for (int ring = 2; ring <= this.q.maxHops() && ranked.size() < this.q.first(); ring++) {
			int[] nodes = new int[16];
			int[] size = { 0 };
			int[][] holder = { nodes };
			IntConsumer collect = v -> {
				if (unknown.test(v)) {
					if (size[0] == holder[0].length) {
						holder[0] = java.util.Arrays.copyOf(holder[0], size[0] * 2);
					}
					holder[0][size[0]++] = v;
				}
			};
			if (ring == 2) {
				near.forEachAtTwo(collect);
			}
			else {
				near.forEachAtThree(collect);
			}
			int[] sorted = java.util.Arrays.copyOf(holder[0], size[0]);
			this.g.sortInIdOrder(sorted);
			for (int i = 0; i < sorted.length && ranked.size() < this.q.first(); i++) {
				ranked.add(unknownShare(sorted[i], Double.NaN, ring));
			}
		}
	}

	private static boolean hasKnownShare(Tallies known, int v) {
		int i = known.slotOf(v);
		return i != NodeMarks.ABSENT && (Math.round(known.knownDirect[i]) > 0 || Math.round(known.knownIndirect[i]) > 0);
	}

	private static Exposed unknownShare(int v, double amount, int hops) {
		return new Exposed(v, null, null, null, false, Double.isNaN(amount) ? null : amount, 0, hops, List.of(), true);
	}

	/** Chains of four steps or more: every path enumerated, with a budget. */
	private Result enumerated() {
		NodeMarks slots = NodeMarks.borrow(this.g);
		try {
			Tallies tallies = new ChainEnumeration(this).tallies(slots);
			PriorityQueue<Exposed> top = new PriorityQueue<>(this.ranking.reversed());
			for (int i = 0; i < tallies.size; i++) {
				top.add(tallies.exposed(i, tallies.amount[i], tallies.hops[i]));
				if (top.size() > this.q.first()) {
					top.poll();
				}
			}
			List<Exposed> ranked = new ArrayList<>(top);
			ranked.sort(this.ranking);
			List<Exposed> withRoutes = new ArrayList<>();
			for (Exposed e : ranked) {
				RouteLister.Listing listing = this.q.maxPaths() == 0 || !this.routesFor.test(e.node(), e.totalShare())
						? new RouteLister.Listing(List.of(), true)
						: new RouteLister(this).list(e.node());
				withRoutes.add(new Exposed(e.node(), e.directShare(), e.indirectShare(), e.totalShare(), e.shareKnown(),
						e.amountUsd(), e.pathCount(), e.hops(), listing.routes(), listing.complete()));
			}
			return new Result(List.copyOf(withRoutes), tallies.complete);
		}
		finally {
			slots.release(this.g);
		}
	}

	/** Calls {@code step} for every walkable claim at {@code v} (with {@code knownOnly}, those of known share from v). */
	void forEachStep(int v, boolean knownOnly, Step step) {
		for (int pass = 0; pass < 2; pass++) {
			ClaimProjection.Incidence at = pass == 0 ? this.g.outgoing() : this.g.incoming();
			for (int j = at.start(v), last = at.end(v); j < last; j++) {
				int c = at.claim(j);
				if (walkable(c) && !(knownOnly && Double.isNaN(stepShare(c, v)))) {
					step.accept(c, at.far(c));
				}
			}
		}
	}

	/** One step of a walk. */
	@FunctionalInterface
	interface Step {

		void accept(int claim, int otherEnd);

	}

	ClaimProjection graph() {
		return this.g;
	}

	/** The step weight of a walkable claim ({@link org.ecograph.analysis.projection.StepWeights}). */
	double weight(int c) {
		return this.weights.weight(c);
	}

	Query query() {
		return this.q;
	}

	/** The filter of the claims walked. */
	ProjectionFilter filter() {
		return this.filter;
	}

	/** Whether {@code c} may be walked: it passes the filter and is not a self-loop. */
	boolean walkable(int c) {
		return this.weights.walkable(c);
	}

	/** The order of listed routes: known share first and larger first, then the strength order of paths. */
	Comparator<ProjectedRoute> routeOrder() {
		Comparator<ProjectedRoute> byShare = Comparator.comparingDouble(r -> Double.isNaN(r.share()) ? 1 : -r.share());
		return byShare.thenComparing(ProjectedRoute.strongestFirst(this.g));
	}

	/** Per-counterpart sums, filled by one of the two methods. */
	static final class Tallies {

		int size;

		int[] node = new int[64];

		/**
		 * Per counterpart: direct and indirect known sums, counts of all (the enumeration only) and of known paths,
		 * direct amount (the enumeration only).
		 */
		double[] direct = new double[64];

		double[] indirect = new double[64];

		double[] knownDirect = new double[64];

		double[] knownIndirect = new double[64];

		double[] paths = new double[64];

		double[] knownPaths = new double[64];

		double[] amount = new double[64];

		/** The fewest steps to each counterpart (set by the enumeration). */
		int[] hops = new int[64];

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
				this.hops = java.util.Arrays.copyOf(this.hops, n);
			}
			i = this.size++;
			this.node[i] = v;
			this.amount[i] = Double.NaN;
			this.hops[i] = Integer.MAX_VALUE;
			this.slots.put(v, i);
			return i;
		}

		/** The counterpart's slot, {@link NodeMarks#ABSENT} when it has none. */
		int slotOf(int v) {
			return this.slots.get(v);
		}

		long pathCount(int i) {
			return Math.round(this.paths[i]);
		}

		/** The counterpart of slot i, with its direct amount ({@code NaN}: none) and its fewest steps. */
		Exposed exposed(int i, double amountUsd, int fewestHops) {
			Double d = Math.round(this.knownDirect[i]) > 0 ? round(this.direct[i]) : null;
			Double in = Math.round(this.knownIndirect[i]) > 0 ? round(this.indirect[i]) : null;
			Double total = d == null && in == null ? null : round((d == null ? 0 : d) + (in == null ? 0 : in));
			boolean known = Math.round(this.paths[i]) == Math.round(this.knownPaths[i]);
			return new Exposed(this.node[i], d, in, total, known, Double.isNaN(amountUsd) ? null : amountUsd,
					pathCount(i), fewestHops, List.of(), true);
		}

		/** Sums differ from path-by-path sums by rounding noise only; 13 decimals keep equal totals equal. */
		private static double round(double v) {
			return Math.round(v * 1e13) / 1e13;
		}

	}

}
