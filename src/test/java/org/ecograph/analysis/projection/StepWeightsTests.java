package org.ecograph.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecograph.model.TestClaims.claim;

import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

class StepWeightsTests {

	private final StepWeights weights = new StepWeights(1e12);

	@Test
	void weighsAKnownShareByConfidence() {
		assertThat(this.weights.weight(claim("c", RelationKind.FUNDS, "a", "b", 150e9, null, 0.3, 0.4)))
			.isCloseTo(0.12, within(1e-12));
	}

	@Test
	void takesTheLargerOfTwoShares() {
		assertThat(this.weights.significance(claim("c", RelationKind.SUPPLIES, "a", "b", null, 0.122, 0.4, 1.0)))
			.isEqualTo(0.4);
	}

	@Test
	void assumesHalfConfidenceWhenNoneIsRecorded() {
		assertThat(this.weights.weight(claim("c", RelationKind.FUNDS, "a", "b", null, null, 0.5, null)))
			.isEqualTo(0.25);
	}

	@Test
	void placesAnAmountOnALogScaleBetweenFloorAndCeiling() {
		// 1e9 sits half-way between 1e6 and 1e12 on a log scale: 0.1 + 0.4 * 0.5
		assertThat(this.weights.significance(claim("c", RelationKind.SUPPLIES, "a", "b", 1e9, null, null, 1.0)))
			.isCloseTo(0.3, within(1e-12));
		assertThat(this.weights.significance(claim("c", RelationKind.SUPPLIES, "a", "b", 1e12, null, null, 1.0)))
			.isCloseTo(StepWeights.AMOUNT_CEILING, within(1e-12));
		assertThat(this.weights.significance(claim("c", RelationKind.SUPPLIES, "a", "b", 5e5, null, null, 1.0)))
			.isEqualTo(StepWeights.FLOOR);
	}

	@Test
	void givesTheFloorToALinkWithoutFigures() {
		assertThat(this.weights.weight(claim("c", RelationKind.PARTNERS_WITH, "a", "b", null, null, null, 0.8)))
			.isCloseTo(0.08, within(1e-12));
	}

}
