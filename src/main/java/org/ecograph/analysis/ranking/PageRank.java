package org.ecograph.analysis.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.StepWeights;
import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;

/**
 * Weighted PageRank over the claim graph. Each claim is a vote from the party that depends on the other (the
 * recipient of funds votes for its funder, the customer for its supplier, the program for its administrator); kinds
 * without a dependent side ({@link #MUTUAL}) vote both ways. A node with no outgoing vote spreads its rank evenly over
 * all nodes, so the scores always sum to 1 and a node nobody votes for gets the least score. See
 * {@code docs/analysis.md}.
 */
public final class PageRank {

	/** The damping factor: the probability of following a vote rather than jumping anywhere. */
	public static final double DAMPING = 0.85;

	/** Kinds whose two parties vote for each other. */
	public static final Set<RelationKind> MUTUAL = kindsWhoseDependentSideIs(RelationKind.DependentSide.BOTH);

	/** Kinds where the source depends on the target, so the source votes for the target. */
	public static final Set<RelationKind> SOURCE_DEPENDS = kindsWhoseDependentSideIs(RelationKind.DependentSide.SOURCE);

	/** The share a vote weighs under {@link RankingWeight#SHARE} when the voter's share is unknown. */
	public static final double UNKNOWN_SHARE = 0.1;

	private static final double TOLERANCE = 1e-12;

	private static final int MAX_ITERATIONS = 1000;

	/** Power iterations between two extrapolations ({@link #extrapolate}), and before the first. */
	static final int EXTRAPOLATION_GAP = 10;

	/** The number of nodes from which {@link #order} sorts two halves at once. */
	static final int ORDER_IN_HALVES = 1 << 16;

	/** Nodes per chunk of an iteration: fixed, so that the order of the sums does not depend on the processors. */
	private static final int CHUNK = 1 << 14;

	/** Scores are rounded to 1e-14 so that equal ranks compare equal despite floating-point noise. */
	private static final double ROUNDING = 1e14;

	private static Set<RelationKind> kindsWhoseDependentSideIs(RelationKind.DependentSide side) {
		return Set.copyOf(Arrays.stream(RelationKind.values()).filter(k -> k.dependentSide() == side).toList());
	}

	private PageRank() {
	}

	private static boolean[] byOrdinal(Set<RelationKind> kinds) {
		boolean[] in = new boolean[RelationKind.values().length];
		kinds.forEach(k -> in[k.ordinal()] = true);
		return in;
	}

	/** One vote: {@code from} depends on {@code to}, with a weight. */
	record Vote(String from, String to, double weight) {
	}

	/** The score of every node (every id of {@code nodes} and every end of a claim); they sum to 1. */
	public static Map<String, Double> scores(Collection<String> nodes, Collection<Claim> claims,
			RankingWeight weightBy) {
		Set<String> ids = new TreeSet<>(nodes);
		claims.forEach(c -> {
			ids.add(c.fromId());
			ids.add(c.toId());
		});
		List<String> sorted = List.copyOf(ids);
		if (sorted.isEmpty()) {
			return Map.of();
		}
		Map<String, Integer> index = new HashMap<>();
		sorted.forEach(id -> index.put(id, index.size()));
		int n = sorted.size();
		// Votes as parallel arrays of node indexes: the iterations below touch no map and no string.
		List<Vote> votes = claims.stream().flatMap(c -> votes(c, weightBy).stream()).toList();
		int[] voters = new int[votes.size()];
		int[] candidates = new int[votes.size()];
		double[] weights = new double[votes.size()];
		for (int v = 0; v < votes.size(); v++) {
			voters[v] = index.get(votes.get(v).from());
			candidates[v] = index.get(votes.get(v).to());
			weights[v] = votes.get(v).weight();
		}
		double[] rank = iterate(n, voters, candidates, weights);
		Map<String, Double> scores = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			scores.put(sorted.get(i), rank[i]);
		}
		return scores;
	}

	/**
	 * The power iteration over votes given as parallel arrays of node indexes; scores rounded, summing to 1. The votes
	 * are regrouped by candidate, each with its share of its voter's weight, so that an iteration reads the votes in
	 * order, sums each candidate's score in a register and touches one voter's score per vote. An iteration runs over
	 * fixed chunks of {@link #CHUNK} nodes, in parallel when there are several: each node's sum is computed in one
	 * order and the chunks' changes are added in chunk order, so the answer is the same whatever the number of
	 * processors. Every {@link #EXTRAPOLATION_GAP} iterations the scores are extrapolated ({@link #extrapolate}).
	 */
	private static double[] iterate(int n, int[] voters, int[] candidates, double[] weights) {
		return iterate(n, voters, candidates, weights, true).scores();
	}

	/** The scores and the number of power iterations they took; with {@code extrapolating} off, plain iterations. */
	record Iteration(double[] scores, int steps) {
	}

	static Iteration iterate(int n, int[] voters, int[] candidates, double[] weights, boolean extrapolating) {
		double[] outWeight = new double[n];
		for (int v = 0; v < voters.length; v++) {
			outWeight[voters[v]] += weights[v];
		}
		int[] start = new int[n + 1];
		for (int candidate : candidates) {
			start[candidate + 1]++;
		}
		for (int i = 0; i < n; i++) {
			start[i + 1] += start[i];
		}
		int[] next = Arrays.copyOf(start, n);
		int[] from = new int[voters.length];
		double[] part = new double[voters.length];
		for (int v = 0; v < voters.length; v++) {
			int at = next[candidates[v]]++;
			from[at] = voters[v];
			part[at] = DAMPING * weights[v] / outWeight[voters[v]];
		}
		int[] dangling = IntStream.range(0, n).filter(i -> outWeight[i] == 0).toArray();
		int chunks = (n + CHUNK - 1) / CHUNK;
		double[] changes = new double[chunks];
		// three vectors in turn: the scores, the previous ones, and the ones before them (the extrapolation's)
		double[] rank = new double[n];
		Arrays.fill(rank, 1.0 / n);
		double[] previous = new double[n];
		double[] older = new double[n];
		boolean extrapolate = extrapolating;
		int extrapolatedAt = -1;
		double changeWhenExtrapolated = Double.NaN;
		int steps = 0;
		while (steps < MAX_ITERATIONS) {
			double danglingRank = 0;
			for (int i : dangling) {
				danglingRank += rank[i];
			}
			double base = (1 - DAMPING) / n + DAMPING * danglingRank / n;
			double[] current = rank;
			double[] updated = older;
			if (chunks == 1) {
				changes[0] = step(0, n, base, current, updated, start, from, part);
			}
			else {
				IntStream.range(0, chunks).parallel().forEach(k -> changes[k] = step(k * CHUNK,
						Math.min(n, (k + 1) * CHUNK), base, current, updated, start, from, part));
			}
			double change = 0;
			for (double c : changes) {
				change += c;
			}
			older = previous;
			previous = current;
			rank = updated;
			steps++;
			if (change < TOLERANCE) {
				break;
			}
			int iteration = steps - 1;
			if (extrapolate && iteration >= EXTRAPOLATION_GAP && iteration - extrapolatedAt >= EXTRAPOLATION_GAP) {
				// the last extrapolation must have done better than the plain iterations would have: else none more
				if (extrapolatedAt >= 0
						&& change > changeWhenExtrapolated * Math.pow(DAMPING, iteration - extrapolatedAt)) {
					extrapolate = false;
				}
				else {
					extrapolate(rank, older);
					double[] extrapolated = older;
					older = rank;
					rank = extrapolated;
					extrapolatedAt = iteration;
					changeWhenExtrapolated = change;
				}
			}
		}
		for (int i = 0; i < n; i++) {
			rank[i] = Math.round(rank[i] * ROUNDING) / ROUNDING;
		}
		return new Iteration(rank, steps);
	}

	/**
	 * Writes over {@code twoBack} (the scores two iterations before {@code rank}) the scores with the error of the
	 * eigenvalues {@code DAMPING} and {@code -DAMPING} removed: A<sup>2</sup> power extrapolation (Haveliwala, Kamvar,
	 * Klein, Manning, Golub, "Computing PageRank using Power Extrapolation", Stanford, 2003). Every closed group of
	 * entities (a pair of partners voting only for each other, a group with no vote out of it) gives the iteration
	 * an error that shrinks by only {@code DAMPING} per step, or alternates in sign with it; these dominate after a
	 * few iterations, and the extrapolation {@code (x_k - d^2 x_{k-2}) / (1 - d^2)} removes both at once. Negative
	 * scores are cut to 0 and the whole scaled back to a sum of 1, so the iteration goes on from a distribution and
	 * the stopping rule keeps its meaning.
	 */
	private static void extrapolate(double[] rank, double[] twoBack) {
		double factor = DAMPING * DAMPING / (1 - DAMPING * DAMPING);
		double total = 0;
		for (int i = 0; i < rank.length; i++) {
			double x = rank[i] + factor * (rank[i] - twoBack[i]);
			twoBack[i] = x > 0 ? x : 0;
			total += twoBack[i];
		}
		for (int i = 0; i < rank.length; i++) {
			twoBack[i] /= total;
		}
	}

	/**
	 * The score of every node of a projection over its claims passing {@code filter}, by node index; the same votes
	 * and iteration as {@link #scores(Collection, Collection, RankingWeight)}; over the entities a scenario leaves
	 * {@link ClaimProjection#present} (a removed one scores 0).
	 */
	public static double[] scores(ClaimProjection g, ProjectionFilter filter, RankingWeight weightBy) {
		int n = g.entityCount();
		if (n == 0) {
			return new double[0];
		}
		boolean[] mutualKind = byOrdinal(MUTUAL);
		boolean[] sourceDepends = byOrdinal(SOURCE_DEPENDS);
		int capacity = 0;
		for (int c = 0; c < g.claimCount(); c++) {
			if (g.src(c) != g.dst(c) && g.passes(c, filter)) {
				capacity += mutualKind[g.kind(c).ordinal()] ? 2 : 1;
			}
		}
		int[] voters = new int[capacity];
		int[] candidates = new int[capacity];
		double[] weights = new double[capacity];
		int v = 0;
		for (int c = 0; c < g.claimCount(); c++) {
			if (g.src(c) == g.dst(c) || !g.passes(c, filter)) {
				continue;
			}
			int kind = g.kind(c).ordinal();
			boolean mutual = mutualKind[kind];
			if (mutual || sourceDepends[kind]) {
				v = vote(g, c, g.src(c), g.dst(c), g.shareOfSource(c), weightBy, voters, candidates, weights, v);
			}
			if (mutual || !sourceDepends[kind]) {
				v = vote(g, c, g.dst(c), g.src(c), g.shareOfTarget(c), weightBy, voters, candidates, weights, v);
			}
		}
		if (g.presentInIdOrder() == null) {
			return iterate(n, java.util.Arrays.copyOf(voters, v), java.util.Arrays.copyOf(candidates, v),
					java.util.Arrays.copyOf(weights, v));
		}
		return withoutAbsentNodes(g, v, voters, candidates, weights);
	}

	/**
	 * The node indexes of {@code scores} by descending score, equal scores in index order (a projection's node
	 * indexes follow its ids, so by id): a stable merge sort of the indexes, bottom up, on primitive arrays; from
	 * {@link #ORDER_IN_HALVES} nodes on, the two halves sorted at once, then merged (at 1M nodes about a fifth of the
	 * time of sorting boxed indexes with a comparator). The same order whatever the number of processors.
	 */
	public static int[] order(double[] scores) {
		int n = scores.length;
		int[] indexes = new int[n];
		int[] scratch = new int[n];
		for (int i = 0; i < n; i++) {
			indexes[i] = i;
		}
		if (n < ORDER_IN_HALVES) {
			return sorted(scores, indexes, scratch, 0, n);
		}
		int half = n >>> 1;
		int[][] halves = new int[2][];
		IntStream.range(0, 2).parallel().forEach(h -> halves[h] = h == 0 ? sorted(scores, indexes, scratch, 0, half)
				: sorted(scores, indexes, scratch, half, n));
		int[] order = new int[n];
		merge(scores, halves[0], 0, half, halves[1], half, n, order, 0);
		return order;
	}

	/** Sorts {@code [lo, hi)} of {@code a}, {@code b} its scratch; returns the one of them that holds the result. */
	private static int[] sorted(double[] scores, int[] a, int[] b, int lo, int hi) {
		int[] from = a;
		int[] to = b;
		for (int width = 1; width < hi - lo; width *= 2) {
			for (int left = lo; left < hi; left += 2 * width) {
				int mid = Math.min(left + width, hi);
				merge(scores, from, left, mid, from, mid, Math.min(left + 2 * width, hi), to, left);
			}
			int[] swap = from;
			from = to;
			to = swap;
		}
		return from;
	}

	/**
	 * Merges {@code x[i, iEnd)} and {@code y[j, jEnd)}, each by descending score, into {@code out} from {@code k}:
	 * {@code y}'s head goes first only when its score is higher, so equal scores keep {@code x}'s (lower) indexes
	 * first.
	 */
	private static void merge(double[] scores, int[] x, int i, int iEnd, int[] y, int j, int jEnd, int[] out, int k) {
		while (i < iEnd && j < jEnd) {
			out[k++] = scores[y[j]] > scores[x[i]] ? y[j++] : x[i++];
		}
		System.arraycopy(x, i, out, k, iEnd - i);
		System.arraycopy(y, j, out, k + iEnd - i, jEnd - j);
	}

	/**
	 * The scores when a scenario removed or added entities ({@link ClaimProjection#present}): the iteration runs over
	 * the present nodes only, renumbered in the order of their ids ({@link ClaimProjection#presentInIdOrder}), exactly
	 * as over a projection loaded so; an absent node scores 0.
	 */
	private static double[] withoutAbsentNodes(ClaimProjection g, int votes, int[] voters, int[] candidates,
			double[] weights) {
		int[] compact = new int[g.entityCount()];
		java.util.Arrays.fill(compact, -1);
		int[] order = g.presentInIdOrder();
		int present = order.length;
		for (int i = 0; i < present; i++) {
			compact[order[i]] = i;
		}
		int[] from = new int[votes];
		int[] to = new int[votes];
		for (int i = 0; i < votes; i++) {
			from[i] = compact[voters[i]];
			to[i] = compact[candidates[i]];
		}
		double[] rank = present == 0 ? new double[0]
				: iterate(present, from, to, java.util.Arrays.copyOf(weights, votes));
		double[] scores = new double[compact.length];
		for (int node = 0; node < compact.length; node++) {
			scores[node] = compact[node] < 0 ? 0 : rank[compact[node]];
		}
		return scores;
	}

	private static int vote(ClaimProjection g, int c, int from, int to, double voterShare, RankingWeight weightBy,
			int[] voters, int[] candidates, double[] weights, int v) {
		double amount = g.amountUsd(c);
		double base = switch (weightBy) {
			case AMOUNT -> 1 + (Double.isNaN(amount) || amount <= 0 ? 0 : Math.log10(1 + amount / 1e6));
			case SHARE -> Double.isNaN(voterShare) ? UNKNOWN_SHARE : Math.max(0, Math.min(1, voterShare));
			case UNIFORM -> 1;
		};
		double confidence = Double.isNaN(g.confidence(c)) ? StepWeights.DEFAULT_CONFIDENCE
				: Math.max(0, Math.min(1, g.confidence(c)));
		double weight = base * confidence;
		if (weight <= 0) {
			return v;
		}
		voters[v] = from;
		candidates[v] = to;
		weights[v] = weight;
		return v + 1;
	}

	/**
	 * One iteration over the nodes {@code [lo, hi)}: {@code next} from {@code rank}, the votes grouped by candidate
	 * ({@code start}); returns how much their scores changed (the sum of the absolute differences).
	 */
	private static double step(int lo, int hi, double base, double[] rank, double[] next, int[] start, int[] from,
			double[] part) {
		double change = 0;
		for (int i = lo; i < hi; i++) {
			double sum = base;
			for (int v = start[i]; v < start[i + 1]; v++) {
				sum += rank[from[v]] * part[v];
			}
			next[i] = sum;
			change += Math.abs(sum - rank[i]);
		}
		return change;
	}

	/** The votes a claim casts: one from its dependent side, or two for a mutual kind; none for a self-loop. */
	static List<Vote> votes(Claim claim, RankingWeight weightBy) {
		if (claim.fromId().equals(claim.toId())) {
			return List.of();
		}
		List<Vote> votes = new ArrayList<>(2);
		boolean mutual = MUTUAL.contains(claim.kind());
		if (mutual || SOURCE_DEPENDS.contains(claim.kind())) {
			votes.add(vote(claim, claim.fromId(), claim.toId(), claim.shareOfSource(), weightBy));
		}
		if (mutual || !SOURCE_DEPENDS.contains(claim.kind())) {
			votes.add(vote(claim, claim.toId(), claim.fromId(), claim.shareOfTarget(), weightBy));
		}
		return votes.stream().filter(v -> v.weight() > 0).toList();
	}

	private static Vote vote(Claim claim, String from, String to, Double voterShare, RankingWeight weightBy) {
		double base = switch (weightBy) {
			case AMOUNT -> 1 + (claim.amountUsd() == null || claim.amountUsd() <= 0 ? 0
					: Math.log10(1 + claim.amountUsd() / 1e6));
			case SHARE -> voterShare == null ? UNKNOWN_SHARE : Math.max(0, Math.min(1, voterShare));
			case UNIFORM -> 1;
		};
		return new Vote(from, to, base * StepWeights.confidence(claim));
	}

}
