package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

/**
 * Random multigraphs of claims for the property tests: cycles, self-loops, parallel claims, hubs at nodes a and b,
 * and shares, amounts and confidences each known or not.
 */
public final class RandomClaims {

	private static final RelationKind[] KINDS = { RelationKind.FUNDS, RelationKind.SUPPLIES,
			RelationKind.PARTNERS_WITH, RelationKind.OWNS };

	private RandomClaims() {
	}

	/** 3..8 nodes, 0..20 claims; nodes a and b are often hubs; shares, amounts and confidences each known or not. */
	public static List<Claim> of(Random random) {
		return of(random, 3 + random.nextInt(6), 20);
	}

	/** {@code nodes} nodes, 0..maxClaims claims; nodes a and b are often hubs. */
	public static List<Claim> of(Random random, int nodes, int maxClaims) {
		int count = random.nextInt(maxClaims + 1);
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int from = random.nextInt(3) == 0 ? 0 : random.nextInt(nodes);
			int to = random.nextInt(4) == 0 ? 1 : random.nextInt(nodes);
			claims.add(new Claim("claim:c" + i, KINDS[random.nextInt(KINDS.length)], id(from), id(to),
					random.nextBoolean() ? (double) (1 + random.nextInt(5)) * 1e8 : null,
					random.nextBoolean() ? share(random) : null, random.nextBoolean() ? share(random) : null, null,
					null, ClaimStatus.REPORTED, null, null, null, random.nextBoolean() ? share(random) : null, null,
					null, List.of(), Map.of()));
		}
		return claims;
	}

	private static double share(Random random) {
		return (1 + random.nextInt(10)) / 10.0;
	}

	private static String id(int node) {
		return "company:" + (char) ('a' + node);
	}

}
