package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The neighbourhood walk against a plain reference (boxed lists, claims sorted by their ids as strings) on random
 * multigraphs whose claim ids do not follow their indexes, and the sort of claims by id on its own.
 */
class NeighbourhoodWalkTests {

	@Test
	void reachesWhatAPlainBreadthFirstWalkReachesWithItsClaimsInIdOrder() {
		Random random = new Random(20261205);
		for (int round = 0; round < 2_000; round++) {
			List<Claim> claims = RandomClaims.of(random, 3 + random.nextInt(12), 60);
			ClaimProjection g = TestProjections.of(List.of(), withShuffledIds(claims, random));
			if (g.entityCount() == 0) {
				continue;
			}
			int[] starts = random.ints(1 + random.nextInt(3), 0, g.entityCount()).toArray();
			int hops = random.nextInt(4);
			int limit = 1 + random.nextInt(12);
			ProjectionFilter filter = ProjectionFilter.of(random.nextBoolean() ? ClaimFilter.NONE
					: ClaimFilter.NONE.withKinds(Set.of(RelationKind.FUNDS, RelationKind.OWNS)));
			NeighbourhoodWalk.Reach reach = NeighbourhoodWalk.around(g, starts, hops, filter, null, limit);
			Reference expected = reference(g, starts, hops, filter, limit);
			assertThat(reach.nodes()).as("round %d", round).containsExactly(expected.nodes());
			assertThat(ids(g, reach.claims())).as("round %d", round).containsExactlyElementsOf(expected.claimIds());
			assertThat(reach.truncated()).as("round %d", round).isEqualTo(expected.truncated());
		}
	}

	@Test
	void sortsClaimsByTheirIdsWhateverTheOrderOfTheirIndexes() {
		Random random = new Random(7);
		for (int round = 0; round < 500; round++) {
			ClaimProjection g = TestProjections.of(List.of(), withShuffledIds(RandomClaims.of(random, 6, 80), random));
			int[] claims = random.ints(random.nextInt(g.claimCount() + 1), 0, Math.max(1, g.claimCount()))
				.filter(c -> c < g.claimCount())
				.distinct()
				.toArray();
			List<String> expected = new ArrayList<>(ids(g, claims));
			expected.sort(Comparator.naturalOrder());
			NeighbourhoodWalk.sortByIds(g, claims);
			assertThat(ids(g, claims)).as("round %d", round).containsExactlyElementsOf(expected);
		}
	}

	/** The claims with new ids of varied length and shared prefixes, so that index order is not id order. */
	private static List<Claim> withShuffledIds(List<Claim> claims, Random random) {
		List<Claim> renamed = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			Claim c = claims.get(i);
			String id = "claim:" + "abc".charAt(random.nextInt(3)) + Integer.toString(random.nextInt(1_000_000), 36)
					+ "-" + i;
			renamed.add(new Claim(id, c.kind(), c.fromId(), c.toId(), c.amountUsd(), c.shareOfSource(),
					c.shareOfTarget(), c.instrument(), c.role(), c.status(), c.validFrom(), c.validTo(), c.asOf(),
					c.confidence(), c.quote(), c.note(), c.sourceIds(), Map.of(), c.amountKind(), c.inferred(),
					c.inference()));
		}
		return renamed;
	}

	private static List<String> ids(ClaimProjection g, int[] claims) {
		return Arrays.stream(claims).mapToObj(g::claimId).toList();
	}

	private record Reference(int[] nodes, List<String> claimIds, boolean truncated) {
	}

	/** Breadth first: each hop's new nodes in index order, cut at the limit; claims among the kept, by id. */
	private static Reference reference(ClaimProjection g, int[] starts, int hops, ProjectionFilter filter, int limit) {
		List<Integer> order = new ArrayList<>(new TreeSet<>(Arrays.stream(starts).boxed().toList()));
		Set<Integer> seen = new TreeSet<>(order);
		List<Integer> frontier = List.copyOf(order);
		for (int hop = 0; hop < hops && !frontier.isEmpty() && order.size() <= limit; hop++) {
			TreeSet<Integer> next = new TreeSet<>();
			for (int v : frontier) {
				for (int c = 0; c < g.claimCount(); c++) {
					if (!g.passes(c, filter)) {
						continue;
					}
					if (g.src(c) == v && !seen.contains(g.dst(c))) {
						next.add(g.dst(c));
					}
					if (g.dst(c) == v && !seen.contains(g.src(c))) {
						next.add(g.src(c));
					}
				}
			}
			seen.addAll(next);
			order.addAll(next);
			frontier = List.copyOf(next);
		}
		List<Integer> kept = order.subList(0, Math.min(limit, order.size()));
		List<String> claims = new ArrayList<>();
		for (int c = 0; c < g.claimCount(); c++) {
			if (kept.contains(g.src(c)) && kept.contains(g.dst(c)) && g.passes(c, filter)) {
				claims.add(g.claimId(c));
			}
		}
		claims.sort(Comparator.naturalOrder());
		return new Reference(kept.stream().mapToInt(Integer::intValue).toArray(), claims, order.size() > limit);
	}

}
