package org.ecograph.analysis;

import java.util.List;

/**
 * The paths of a question asked under a scenario, and how they differ from the same question on the graph as it is.
 * Two paths are the same when they walk the same claims between the same entities.
 *
 * @param paths the answer under the scenario
 * @param gone the paths of the answer on the graph as it is that the scenario's answer lacks
 * @param added the paths of the scenario's answer that the answer on the graph as it is lacks ({@code new} in
 * GraphQL)
 */
public record ScenarioPaths(List<InfluencePath> paths, List<InfluencePath> gone, List<InfluencePath> added) {

	public ScenarioPaths {
		paths = List.copyOf(paths);
		gone = List.copyOf(gone);
		added = List.copyOf(added);
	}

}
