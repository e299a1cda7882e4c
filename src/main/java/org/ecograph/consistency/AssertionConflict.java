package org.ecograph.consistency;

import java.util.List;

import org.ecograph.model.Assertion;
import org.ecograph.model.Claim;
import org.ecograph.model.Conflict;

/**
 * A claim whose sources disagree beyond the tolerance, or state figures that cannot be compared (docs/data-model.md,
 * "Assertions").
 *
 * @param relation the claim, with the figures resolved from its assertions
 * @param conflict {@link Conflict#CONFLICT} or {@link Conflict#INCOMPARABLE}
 * @param assertions every side: the claim's live assertions, the winner first, each with its source
 */
public record AssertionConflict(Claim relation, Conflict conflict, List<Assertion> assertions) {

	public AssertionConflict {
		assertions = List.copyOf(assertions);
	}

}
