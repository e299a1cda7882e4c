package org.ecograph.analysis;

import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.model.ClaimFilter;

/**
 * An influence-path question as asked, so that the claims its paths rest on can be found
 * ({@link ScenarioService#criticalClaims(PathQuestion, InfluencePath)}).
 *
 * @param scenario the scenario it was asked under; {@code null} for the graph as it is
 * @param baseline under a scenario, whether the paths are those of the graph as it is (the {@code gone} paths)
 */
public record PathQuestion(String from, String to, int maxHops, int k, PathRanking rankBy, boolean followDirection,
		ClaimFilter filter, Scenario scenario, boolean baseline) {

	/** The same question on the graph as it is, under the same scenario's snapshot. */
	public PathQuestion asBaseline() {
		return new PathQuestion(this.from, this.to, this.maxHops, this.k, this.rankBy, this.followDirection,
				this.filter, this.scenario, true);
	}

}
