package org.ecograph.analysis.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecograph.model.TestClaims.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

class PageRankTests {

	private static final double D = PageRank.DAMPING;

	@Test
	void givesTheFunderTheRecipientsVote() {
		Map<String, Double> scores = PageRank.scores(List.of(),
				List.of(claim("ab", RelationKind.FUNDS, "a", "b")), RankingWeight.UNIFORM);
		// b votes for a; a has no vote to give, so it spreads evenly: r_a = 0.925 / 1.425
		assertThat(scores.get("a")).isCloseTo(0.925 / 1.425, within(1e-9));
		assertThat(scores.get("b")).isCloseTo(0.5 / 1.425, within(1e-9));
	}

	@Test
	void givesAnIsolatedEntityTheLeastScore() {
		List<Claim> cycle = List.of(claim("ab", RelationKind.FUNDS, "a", "b"),
				claim("bc", RelationKind.FUNDS, "b", "c"), claim("ca", RelationKind.FUNDS, "c", "a"));
		Map<String, Double> scores = PageRank.scores(List.of("iso"), cycle, RankingWeight.UNIFORM);
		// the isolated node only gets the jump and its own spread: s = (1 - d) / N + d s / N
		double isolated = (1 - D) / (4 - D);
		assertThat(scores.get("iso")).isCloseTo(isolated, within(1e-9));
		assertThat(scores.get("a")).isCloseTo((1 - isolated) / 3, within(1e-9));
		assertThat(scores.get("iso")).isEqualTo(Collections.min(scores.values()));
	}

	@Test
	void scoresSumToOne() {
		Random random = new Random(7);
		List<Claim> claims = new ArrayList<>();
		RelationKind[] kinds = RelationKind.values();
		for (int i = 0; i < 60; i++) {
			claims.add(claim("c" + i, kinds[random.nextInt(kinds.length)], "n" + random.nextInt(25),
					"n" + random.nextInt(25), random.nextBoolean() ? 1e6 * random.nextInt(1000) : null,
					random.nextBoolean() ? random.nextDouble() : null, null, random.nextDouble()));
		}
		for (RankingWeight weight : RankingWeight.values()) {
			Map<String, Double> scores = PageRank.scores(List.of("lonely"), claims, weight);
			assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
			assertThat(scores.get("lonely")).isCloseTo(Collections.min(scores.values()), within(1e-12));
		}
	}

	@Test
	void letsPartnersVoteForEachOther() {
		Map<String, Double> scores = PageRank.scores(List.of(),
				List.of(claim("ab", RelationKind.PARTNERS_WITH, "a", "b")), RankingWeight.UNIFORM);
		assertThat(scores.get("a")).isCloseTo(0.5, within(1e-9));
		assertThat(scores.get("b")).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void weighsVotesByAmount() {
		List<Claim> claims = List.of(claim("ac", RelationKind.SUPPLIES, "a", "c", 1e9, null, null, 1.0),
				claim("bc", RelationKind.SUPPLIES, "b", "c", null, null, null, 1.0));
		Map<String, Double> byAmount = PageRank.scores(List.of(), claims, RankingWeight.AMOUNT);
		Map<String, Double> uniform = PageRank.scores(List.of(), claims, RankingWeight.UNIFORM);
		assertThat(byAmount.get("a")).isGreaterThan(byAmount.get("b"));
		assertThat(uniform.get("a")).isCloseTo(uniform.get("b"), within(1e-12));
	}

	@Test
	void letsTheDataConsumerVoteForTheDataset() {
		Map<String, Double> scores = PageRank.scores(List.of(),
				List.of(claim("ad", RelationKind.ACCESSES_DATA, "consumer", "dataset")), RankingWeight.UNIFORM);
		assertThat(scores.get("dataset")).isGreaterThan(scores.get("consumer"));
	}

	@Test
	void aGraphOfManyChunksGetsThePageRankOfTheDefinitionWhateverTheNumberOfThreads() throws Exception {
		List<Claim> claims = randomClaims(11, 60_000, 34_000, 0, 0);
		Map<String, Double> one = onThreads(1, () -> PageRank.scores(List.of("lonely"), claims, RankingWeight.AMOUNT));
		Map<String, Double> three = onThreads(3, () -> PageRank.scores(List.of("lonely"), claims, RankingWeight.AMOUNT));
		Map<String, Double> reference = definition(List.of("lonely"), claims, RankingWeight.AMOUNT);

		assertThat(one).hasSizeGreaterThan(2 * (1 << 14)).isEqualTo(three);
		one.forEach((id, score) -> assertThat(score).as(id).isCloseTo(reference.get(id), within(1e-10)));
	}

	/**
	 * The projection's PageRank over a graph of several iteration chunks, with self-loops and filtered-out claims among
	 * its claims: the scores are bit for bit those of the claims as a list, on one thread or three, for every
	 * weighting.
	 */
	@Test
	void theProjectionsVotesOfManyChunksScoreAsTheClaimsListWhateverTheNumberOfThreads() throws Exception {
		List<Claim> claims = randomClaims(13, 150_000, 20_000, 50, 7);
		ClaimProjection g = TestProjections.of(List.of("lonely"), claims);
		ClaimFilter confident = new ClaimFilter(null, null, 0.3, null);
		List<String> everyEnd = new ArrayList<>(List.of("lonely"));
		claims.forEach(c -> everyEnd.addAll(List.of(c.fromId(), c.toId())));
		List<Claim> kept = claims.stream().filter(c -> c.confidence() == null || c.confidence() >= 0.3).toList();
		for (RankingWeight weight : RankingWeight.values()) {
			Map<String, Double> list = PageRank.scores(everyEnd, kept, weight);
			for (int threads : new int[] { 1, 3 }) {
				double[] scores = onThreads(threads, () -> PageRank.scores(g, ProjectionFilter.of(confident), weight));
				assertThat(scores).as("%s on %d threads", weight, threads).hasSize(list.size());
				for (int node = 0; node < scores.length; node++) {
					assertThat(scores[node]).as("%s %s on %d threads", weight, g.entityId(node), threads)
						.isEqualTo(list.get(g.entityId(node)));
				}
			}
		}
	}

	/**
	 * Closed pairs of partners (each voting only for the other, voted for from outside) give the plain iteration an
	 * error shrinking by only the damping factor per step, alternating in sign: the extrapolation removes it, so the
	 * scores are those of the definition in far fewer iterations.
	 */
	@Test
	void closedPairsConvergeToTheDefinitionInFarFewerIterationsWithTheExtrapolation() {
		List<Claim> claims = new ArrayList<>(randomClaims(17, 20_000, 5_000, 0, 0));
		Random random = new Random(19);
		for (int pair = 0; pair < 2_000; pair++) {
			claims.add(claim("pair" + pair, RelationKind.PARTNERS_WITH, "p" + pair + "a", "p" + pair + "b", null, null,
					null, 0.5 + random.nextDouble() / 2));
			for (int voter = random.nextInt(4); voter > 0; voter--) {
				String voted = "p" + pair + (voter % 2 == 0 ? "a" : "b");
				claims.add(claim("in" + pair + "-" + voter, RelationKind.FUNDS, voted, "n" + random.nextInt(5_000),
						null, null, null, random.nextDouble()));
			}
		}
		PageRank.Iteration plain = iterate(claims, false);
		PageRank.Iteration extrapolated = iterate(claims, true);

		assertThat(extrapolated.steps()).isLessThan(plain.steps() * 7 / 10);
		assertMatchesTheDefinition(claims, extrapolated);
		assertMatchesTheDefinition(claims, plain);
	}

	/**
	 * Closed cycles of three (each funds the next, voted for from outside) give the iteration errors turning by a
	 * third of a circle per step, which the extrapolation of a half circle would amplify: after one extrapolation that
	 * did worse than plain iterations, none follows, and the scores are still those of the definition.
	 */
	@Test
	void closedCyclesOfThreeStillConvergeToTheDefinitionAndCostAtMostTwoRoundsMore() {
		List<Claim> claims = new ArrayList<>();
		Random random = new Random(23);
		for (int cycle = 0; cycle < 3_000; cycle++) {
			for (int k = 0; k < 3; k++) {
				claims.add(claim("cycle" + cycle + "-" + k, RelationKind.FUNDS, "c" + cycle + "-" + k,
						"c" + cycle + "-" + (k + 1) % 3, null, null, null, 0.2 + random.nextDouble() * 0.8));
			}
			for (int voter = random.nextInt(5); voter > 0; voter--) {
				claims.add(claim("in" + cycle + "-" + voter, RelationKind.FUNDS, "c" + cycle + "-" + random.nextInt(3),
						"o" + random.nextInt(2_000), null, null, null, random.nextDouble()));
			}
		}
		PageRank.Iteration plain = iterate(claims, false);
		PageRank.Iteration extrapolated = iterate(claims, true);

		assertThat(extrapolated.steps()).isLessThanOrEqualTo(plain.steps() + 2 * PageRank.EXTRAPOLATION_GAP);
		assertMatchesTheDefinition(claims, extrapolated);
		assertMatchesTheDefinition(claims, plain);
	}

	private static PageRank.Iteration iterate(List<Claim> claims, boolean extrapolating) {
		List<String> nodes = nodes(claims);
		List<PageRank.Vote> votes = claims.stream().flatMap(c -> PageRank.votes(c, RankingWeight.UNIFORM).stream())
			.toList();
		int[] voters = votes.stream().mapToInt(v -> Collections.binarySearch(nodes, v.from())).toArray();
		int[] candidates = votes.stream().mapToInt(v -> Collections.binarySearch(nodes, v.to())).toArray();
		double[] weights = votes.stream().mapToDouble(PageRank.Vote::weight).toArray();
		return PageRank.iterate(nodes.size(), voters, candidates, weights, extrapolating);
	}

	private static void assertMatchesTheDefinition(List<Claim> claims, PageRank.Iteration iteration) {
		List<String> nodes = nodes(claims);
		Map<String, Double> reference = definition(List.of(), claims, RankingWeight.UNIFORM);
		assertThat(iteration.scores()).hasSize(nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			assertThat(iteration.scores()[i]).as(nodes.get(i)).isCloseTo(reference.get(nodes.get(i)), within(1e-10));
		}
	}

	private static List<String> nodes(List<Claim> claims) {
		java.util.SortedSet<String> ids = new java.util.TreeSet<>();
		claims.forEach(c -> {
			ids.add(c.fromId());
			ids.add(c.toId());
		});
		return List.copyOf(ids);
	}

	/**
	 * The order of a ranking: descending score, equal scores (many, zeros among them) by node index, for every length
	 * from 0 to 70 and around the length from which two halves are sorted at once (runs of every width of the merge,
	 * odd tails included): the order of sorting the boxed indexes with a comparator.
	 */
	@Test
	void nodesAreOrderedByDescendingScoreThenByIndex() {
		java.util.Random random = new java.util.Random(29);
		List<Integer> lengths = new ArrayList<>(java.util.stream.IntStream.rangeClosed(0, 70).boxed().toList());
		// two halves from 65,536 on; at 65,537 the halves take 15 and 16 passes (their results in either array)
		lengths.addAll(List.of(PageRank.ORDER_IN_HALVES - 1, PageRank.ORDER_IN_HALVES + 1, 100_000));
		for (int n : lengths) {
			double[] scores = new double[n];
			for (int i = 0; i < n; i++) {
				scores[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(1 + n / 3) / 1e6;
			}
			Integer[] boxed = java.util.stream.IntStream.range(0, n).boxed().toArray(Integer[]::new);
			java.util.Arrays.sort(boxed, java.util.Comparator.comparingDouble((Integer i) -> -scores[i])
				.thenComparingInt(i -> i));
			assertThat(PageRank.order(scores)).as("%d scores", n)
				.containsExactly(java.util.Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
		}
	}

	/**
	 * {@code count} claims of random kinds between the nodes {@code n0..n<nodes-1>}, about half with an amount and half
	 * with a share of the target; every {@code selfLoopEvery}-th a self-loop and every {@code lowConfidenceEvery}-th of
	 * confidence 0.2 (0: none), the others of a random confidence.
	 */
	private static List<Claim> randomClaims(long seed, int count, int nodes, int selfLoopEvery, int lowConfidenceEvery) {
		Random random = new Random(seed);
		RelationKind[] kinds = RelationKind.values();
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String from = "n" + random.nextInt(nodes);
			String to = selfLoopEvery > 0 && i % selfLoopEvery == 0 ? from : "n" + random.nextInt(nodes);
			claims.add(claim("c" + i, kinds[random.nextInt(kinds.length)], from, to,
					random.nextBoolean() ? 1e6 * random.nextInt(1000) : null,
					random.nextBoolean() ? random.nextDouble() : null, null,
					lowConfidenceEvery > 0 && i % lowConfidenceEvery == 0 ? 0.2 : random.nextDouble()));
		}
		return claims;
	}

	private static <T> T onThreads(int threads, java.util.concurrent.Callable<T> work)
			throws Exception {
		java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
		try {
			return pool.submit(work).get();
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * PageRank as defined, written for reading, not speed: every node's score is the jump, the spread of the nodes
	 * without votes and its voters' scores by their share of their votes, iterated 300 times (0.85^300 < 1e-21: as
	 * far as doubles go).
	 */
	private static Map<String, Double> definition(List<String> isolated, List<Claim> claims, RankingWeight weight) {
		java.util.SortedSet<String> ids = new java.util.TreeSet<>(isolated);
		List<PageRank.Vote> votes = new ArrayList<>();
		for (Claim c : claims) {
			ids.add(c.fromId());
			ids.add(c.toId());
			votes.addAll(PageRank.votes(c, weight));
		}
		List<String> nodes = List.copyOf(ids);
		int n = nodes.size();
		double[] out = new double[n];
		int[] voter = new int[votes.size()];
		int[] candidate = new int[votes.size()];
		for (int v = 0; v < votes.size(); v++) {
			voter[v] = Collections.binarySearch(nodes, votes.get(v).from());
			candidate[v] = Collections.binarySearch(nodes, votes.get(v).to());
			out[voter[v]] += votes.get(v).weight();
		}
		double[] rank = new double[n];
		java.util.Arrays.fill(rank, 1.0 / n);
		for (int iteration = 0; iteration < 300; iteration++) {
			double spread = 0;
			for (int i = 0; i < n; i++) {
				spread += out[i] == 0 ? rank[i] : 0;
			}
			double[] next = new double[n];
			java.util.Arrays.fill(next, (1 - D) / n + D * spread / n);
			for (int v = 0; v < votes.size(); v++) {
				next[candidate[v]] += D * rank[voter[v]] * votes.get(v).weight() / out[voter[v]];
			}
			rank = next;
		}
		Map<String, Double> scores = new java.util.HashMap<>();
		for (int i = 0; i < n; i++) {
			scores.put(nodes.get(i), rank[i]);
		}
		return scores;
	}

}
