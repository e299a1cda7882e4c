package org.ecograph.analysis.projection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steward writes that only add claims make each snapshot from the last in what they add: the claim columns grow in
 * place ({@link ClaimColumns#withAppended}), and so do the nodes' moved lists ({@code Incidence.appended}), until the
 * lists are sorted afresh. Nothing an earlier snapshot shows may change meanwhile. So every snapshot of a long chain,
 * and of branches made from earlier ones (which cannot write in place), must stay, claim for claim and list for list,
 * the projection a build of its claims gives, and find its claims by id, and no other, to the end of the chain.
 */
class AppendedSnapshotsTests {

	@Test
	void everySnapshotOfAChainOfAppendsStaysItsBuild() {
		for (int seed = 0; seed < 10; seed++) {
			Random random = new Random(seed);
			int nodes = 3 + random.nextInt(18);
			List<String> ids = IntStream.range(0, nodes).mapToObj(v -> "company:" + (char) ('a' + v)).toList();
			List<Claim> all = claims(random, nodes, 3000 + random.nextInt(3000), "claim:c");
			ClaimProjection full = TestProjections.of(ids, all);
			List<Claim> other = claims(random, nodes, 500, "claim:other");
			ClaimProjection others = TestProjections.of(ids, other);
			List<ClaimProjection> chain = new ArrayList<>();
			chain.add(TestProjections.of(ids, all.subList(0, random.nextInt(50))));
			Map<ClaimProjection, List<Claim>> branches = new java.util.LinkedHashMap<>();
			while (chain.get(chain.size() - 1).claimCount() < all.size()) {
				ClaimProjection last = chain.get(chain.size() - 1);
				int n = Math.min(all.size() - last.claimCount(), 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 3));
				chain.add(appended(last, full, last.claimCount(), n));
				if (random.nextInt(25) == 0) {
					// a branch from an earlier snapshot, with other claims than the chain's after it
					// the chain's ids indexed to its latest claim first: a branch's copy must not take their entries
					chain.get(chain.size() - 1).columns().indexOf("claim:none".getBytes(StandardCharsets.UTF_8));
					ClaimProjection earlier = chain.get(random.nextInt(chain.size() - 1));
					int from = random.nextInt(other.size() - 5);
					ClaimProjection branch = appended(earlier, others, from, 5);
					List<Claim> claims = new ArrayList<>(all.subList(0, earlier.claimCount()));
					claims.addAll(other.subList(from, from + 5));
					assertBuilt(branch, ids, claims, "seed " + seed + ", a branch when made");
					branches.put(branch, claims);
				}
			}

			for (int i = 0; i < chain.size(); i++) {
				if (i % 20 == 0 || i >= chain.size() - 5) {
					ClaimProjection g = chain.get(i);
					String what = "seed " + seed + ", snapshot " + i + " of " + chain.size();
					assertBuilt(g, ids, all.subList(0, g.claimCount()), what);
					for (Claim later : all.subList(g.claimCount(), Math.min(all.size(), g.claimCount() + 3))) {
						assertThat(g.columns().indexOf(later.id().getBytes(StandardCharsets.UTF_8)))
							.as("%s: a later claim", what)
							.isEqualTo(-1);
					}
				}
			}
			for (Map.Entry<ClaimProjection, List<Claim>> branch : branches.entrySet()) {
				assertBuilt(branch.getKey(), ids, branch.getValue(), "seed " + seed + ", a branch");
			}
			// both ways of making the next lists were taken: moved lists, and the lists sorted afresh after them
			long sortedAfresh = IntStream.range(1, chain.size())
				.filter(i -> moved(chain.get(i - 1)) && !moved(chain.get(i)))
				.count();
			assertThat(sortedAfresh).as("seed %d: lists sorted afresh", seed).isPositive();
		}
	}

	@Test
	void aScenarioOverASnapshotWithMovedListsListsWhatItListsOverTheBuild() {
		for (int seed = 0; seed < 10; seed++) {
			Random random = new Random(100 + seed);
			int nodes = 3 + random.nextInt(10);
			List<String> ids = IntStream.range(0, nodes).mapToObj(v -> "company:" + (char) ('a' + v)).toList();
			List<Claim> all = claims(random, nodes, 2000, "claim:c");
			ClaimProjection full = TestProjections.of(ids, all);
			ClaimProjection g = TestProjections.of(ids, all.subList(0, 1500));
			while (g.claimCount() < 1500 + 20 + random.nextInt(20)) {
				g = appended(g, full, g.claimCount(), 1 + random.nextInt(3));
			}
			assertThat(moved(g)).as("seed %d: moved lists", seed).isTrue();
			ClaimProjection built = TestProjections.of(ids, all.subList(0, g.claimCount()));
			OverlaidProjection.Builder onAppended = OverlaidProjection.over(g);
			OverlaidProjection.Builder onBuilt = OverlaidProjection.over(built);
			for (int i = 0; i < 6; i++) {
				// at the hubs a and b (whose lists moved) and elsewhere
				int from = i < 3 ? 0 : random.nextInt(nodes);
				int to = i % 2 == 0 ? 1 : random.nextInt(nodes);
				onAppended.add(RelationKind.FUNDS, from, to, 0.5, Double.NaN, 1e8, Double.NaN);
				onBuilt.add(RelationKind.FUNDS, from, to, 0.5, Double.NaN, 1e8, Double.NaN);
			}
			OverlaidProjection overAppended = onAppended.build();
			OverlaidProjection overBuilt = onBuilt.build();
			for (boolean out : new boolean[] { true, false }) {
				assertThat(TestProjections.incidence(overAppended, out)).as("seed %d, out %s", seed, out)
					.isEqualTo(TestProjections.incidence(overBuilt, out));
			}
		}
	}

	@Test
	void theSnapshotsOfAStreamOfWritesShareTheirScratchMaps() {
		List<String> ids = IntStream.range(0, 20).mapToObj(v -> "company:" + (char) ('a' + v)).toList();
		List<Claim> all = claims(new Random(4), 20, 200, "claim:c");
		ClaimProjection full = TestProjections.of(ids, all);
		ClaimProjection g = TestProjections.of(ids, all.subList(0, 100));
		NodeMarks marks = NodeMarks.borrow(g);
		marks.put(7, 3);
		marks.release(g);

		ClaimProjection appended = appended(g, full, 100, 10);
		ClaimProjection corrected = appended.withValues(appended.version() + 1, null, appended.entityKinds(),
				appended.names(), appended.columns());

		NodeMarks reused = NodeMarks.borrow(corrected);
		assertThat(reused).as("the map a request on the first snapshot released").isSameAs(marks);
		assertThat(reused.has(7)).as("borrowed cleared").isFalse();
		assertThat(NodeMarks.borrow(corrected)).as("one borrower at a time").isNotSameAs(marks);
		ClaimProjection other = TestProjections.of(ids.subList(0, 15), claims(new Random(5), 15, 20, "claim:o"));
		assertThat(NodeMarks.borrow(other)).as("a graph of other entities has its own").isNotSameAs(marks);
	}

	/** Whether the snapshot's outgoing lists include moved ones (else they are sorted, as a build sorts them). */
	private static boolean moved(ClaimProjection g) {
		return g.outgoing().getClass() != ClaimProjection.Incidence.class;
	}

	/** {@code g} with claims {@code from} to {@code from + n - 1} of {@code source} appended. */
	private static ClaimProjection appended(ClaimProjection g, ClaimProjection source, int from, int n) {
		int[] added = IntStream.range(from, from + n).toArray();
		int[] src = IntStream.of(added).map(source::src).toArray();
		int[] dst = IntStream.of(added).map(source::dst).toArray();
		ClaimColumns next = g.columns().withAppended(source.columns(), added, src, dst);
		return g.withAppended(g.version() + 1, null, source.entityKinds(), source.names(), next);
	}

	/** {@code g} is the build of {@code claims}: columns, lists, and those claims found by id, and no other. */
	private static void assertBuilt(ClaimProjection g, List<String> ids, List<Claim> claims, String what) {
		ClaimProjection built = TestProjections.of(ids, claims);
		assertThat(TestProjections.fingerprint(g)).as(what).isEqualTo(TestProjections.fingerprint(built));
		assertThat(TestProjections.incidence(g, true)).as(what + ", outgoing")
			.isEqualTo(TestProjections.incidence(built, true));
		assertThat(TestProjections.incidence(g, false)).as(what + ", incoming")
			.isEqualTo(TestProjections.incidence(built, false));
		for (int c = 0; c < claims.size(); c += 1 + c / 64) {
			assertThat(g.columns().indexOf(claims.get(c).id().getBytes(StandardCharsets.UTF_8)))
				.as("%s, claim %d by id", what, c)
				.isEqualTo(c);
		}
		assertThat(g.columns().indexOf("claim:none".getBytes(StandardCharsets.UTF_8))).as(what).isEqualTo(-1);
	}

	/** {@code count} random claims (hubs at nodes a and b), ids {@code prefix} and 0, 1, ... */
	private static List<Claim> claims(Random random, int nodes, int count, String prefix) {
		List<Claim> claims = new ArrayList<>();
		while (claims.size() < count) {
			for (Claim c : RandomClaims.of(random, nodes, 200)) {
				claims.add(new Claim(prefix + claims.size(), c.kind(), c.fromId(), c.toId(), c.amountUsd(),
						c.shareOfSource(), c.shareOfTarget(), null, null, c.status(), null, null, null, c.confidence(),
						null, null, List.of(), Map.of()));
			}
		}
		return claims;
	}

}
