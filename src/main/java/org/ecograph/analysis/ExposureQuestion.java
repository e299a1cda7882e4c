package org.ecograph.analysis;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.model.ClaimFilter;

/**
 * An exposure question as asked, so that the claims each counterpart's share rests on can be found
 * ({@link ScenarioService#criticalClaims(ExposureQuestion, Exposure, int)}).
 *
 * @param scenario the scenario it was asked under; {@code null} for the graph as it is
 * @param baseline under a scenario, whether the exposure is that of the graph as it is (the {@code before} side)
 */
public record ExposureQuestion(String entity, ExposureDirection direction, int maxHops, ClaimFilter filter,
		Scenario scenario, boolean baseline) {

	/** The same question on the graph as it is, under the same scenario's snapshot. */
	public ExposureQuestion asBaseline() {
		return new ExposureQuestion(this.entity, this.direction, this.maxHops, this.filter, this.scenario, true);
	}

}
