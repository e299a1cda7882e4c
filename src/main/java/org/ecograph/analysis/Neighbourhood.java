package org.ecograph.analysis;

import java.util.List;
import java.util.Map;

import org.ecograph.model.RelationKind;

/**
 * Who is near whom, by id: the breadth-first part of a subgraph, answered from memory by the analysis projection (so a
 * neighbourhood costs what it holds, not a query per hop); the details are then fetched by id.
 *
 * @param unknown start ids that no entity has (then nothing else is filled)
 * @param entityIds the entities kept, nearest first
 * @param claimIds the relations among them, by id
 * @param kinds the ids of the relations among them, by kind
 * @param truncated whether more entities were within reach than the limit
 * @param graphVersion the graph version it was computed on
 */
public record Neighbourhood(List<String> unknown, List<String> entityIds, List<String> claimIds,
		Map<RelationKind, List<String>> kinds, boolean truncated, long graphVersion) {
}
