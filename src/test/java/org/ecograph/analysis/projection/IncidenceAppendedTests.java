package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.ecograph.model.Claim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot whose delta only added claims takes its incidence from the old one with each new claim put at the end of
 * its nodes' lists ({@link ClaimProjection#withAppended}): it must be the incidence a build sorts, node by node and in
 * both directions, whatever the claims (self-loops, parallel claims, hubs, several new claims at one node).
 */
class IncidenceAppendedTests {

	@Test
	void appendingClaimsGivesTheIncidenceABuildSorts() {
		for (int seed = 0; seed < 500; seed++) {
			Random random = new Random(seed);
			int nodes = 2 + random.nextInt(8); // claims often end at node b (RandomClaims), so there is one
			List<String> ids = IntStream.range(0, nodes).mapToObj(v -> "company:" + (char) ('a' + v)).toList();
			List<Claim> old = RandomClaims.of(random, nodes, 20);
			List<Claim> all = new ArrayList<>(old);
			RandomClaims.of(random, nodes, 6)
				.forEach(c -> all.add(new Claim(c.id().replace("claim:c", "claim:new"), c.kind(), c.fromId(),
						c.toId(), c.amountUsd(), c.shareOfSource(), c.shareOfTarget(), null, null, c.status(), null,
						null, null, c.confidence(), null, null, List.of(), java.util.Map.of())));
			ClaimProjection before = TestProjections.of(ids, old);
			ClaimProjection built = TestProjections.of(ids, all);
			ClaimProjection appended = before.withAppended(2, null, built.entityKinds(), built.names(),
					built.columns());

			assertThat(TestProjections.incidence(appended, true)).as("seed %d, outgoing", seed)
				.isEqualTo(TestProjections.incidence(built, true));
			assertThat(TestProjections.incidence(appended, false)).as("seed %d, incoming", seed)
				.isEqualTo(TestProjections.incidence(built, false));
		}
	}

}
