package org.ecograph.model;

import java.util.List;
import java.util.Map;

import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

/** Hand-made claims for the pure algorithm tests. */
public final class TestClaims {

	private TestClaims() {
	}

	public static Claim claim(String id, RelationKind kind, String from, String to) {
		return claim(id, kind, from, to, null, null, null, null);
	}

	public static Claim claim(String id, RelationKind kind, String from, String to, Double amountUsd, Double shareOfSource,
			Double shareOfTarget, Double confidence) {
		return new Claim(id, kind, from, to, amountUsd, shareOfSource, shareOfTarget, null, null, ClaimStatus.REPORTED,
				null, null, null, confidence, null, null, List.of(), Map.of());
	}

	public static Claim withAmountKind(Claim c, AmountKind kind) {
		return new Claim(c.id(), c.kind(), c.fromId(), c.toId(), c.amountUsd(), c.shareOfSource(), c.shareOfTarget(),
				c.instrument(), c.role(), c.status(), c.validFrom(), c.validTo(), c.asOf(), c.confidence(), c.quote(),
				c.note(), c.sourceIds(), Map.of(AmountKind.PROPERTY, kind.name()), kind, false, null);
	}

	public static Claim funds(String id, String from, String to, Double amountUsd, Double shareOfTarget, String instrument) {
		return new Claim(id, RelationKind.FUNDS, from, to, amountUsd, null, shareOfTarget, instrument, null,
				ClaimStatus.REPORTED, null, null, null, 0.9, null, null, List.of(), Map.of());
	}

}
