package org.ecograph.analysis.paths;

import java.util.List;

import org.ecograph.model.Claim;

/**
 * A simple walk through the claim graph, before its entities are loaded.
 *
 * @param nodeIds the entities in walking order, {@code claims.size() + 1} of them, none repeated
 * @param claims the claim of each step
 * @param strength the product of the step weights ({@link org.ecograph.analysis.projection.StepWeights})
 */
public record Route(List<String> nodeIds, List<Claim> claims, double strength) {

	public Route {
		nodeIds = List.copyOf(nodeIds);
		claims = List.copyOf(claims);
	}

	public int hops() {
		return this.claims.size();
	}

	/** Whether step {@code i} walks its claim from its source to its target. */
	public boolean forward(int i) {
		return this.claims.get(i).fromId().equals(this.nodeIds.get(i));
	}

	/** Node ids then claim ids joined, to break ties deterministically. */
	public String key() {
		return String.join(",", this.nodeIds) + "|" + String.join(",", this.claims.stream().map(Claim::id).toList());
	}

}
