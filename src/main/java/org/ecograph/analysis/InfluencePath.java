package org.ecograph.analysis;

import java.util.List;

import org.ecograph.model.Entity;

/**
 * A simple path between two entities.
 *
 * @param hops the number of steps
 * @param strength the product of the step weights, 0..1 ({@link org.ecograph.analysis.projection.StepWeights})
 * @param nodes the entities in walking order, {@code hops + 1} of them
 * @param steps the steps
 */
public record InfluencePath(int hops, double strength, List<Entity> nodes, List<PathStep> steps) {

	public InfluencePath {
		nodes = List.copyOf(nodes);
		steps = List.copyOf(steps);
	}

}
