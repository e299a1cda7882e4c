package org.ecograph.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.model.ClaimFilter;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/**
 * Who is near whom: the breadth-first part of a subgraph, answered from memory by the analysis projection (so a
 * neighbourhood costs what it holds, not a query per hop), its details then fetched by id by the catalog.
 */
public interface Neighbourhoods {

	/**
	 * Every entity within {@code hops} relations passing {@code relations} of the start entities, nearest first (by
	 * distance, then id; neighbours of a kind outside {@code kinds} are not entered), cut at {@code limit}, with the
	 * relations passing {@code relations} among the entities kept.
	 * @param kinds entity kinds that may be entered; {@code null} for all
	 */
	Neighbourhood around(List<String> starts, int hops, ClaimFilter relations, Set<EntityKind> kinds, int limit);

	/**
	 * A neighbourhood by id.
	 *
	 * @param unknown start ids that no entity has (then nothing else is filled)
	 * @param entityIds the entities kept, nearest first
	 * @param claimIds the relations among them, by id
	 * @param kinds the kind of each relation
	 * @param truncated whether more entities were within reach than {@code limit}
	 * @param graphVersion the graph version it was computed on
	 */
	record Neighbourhood(List<String> unknown, List<String> entityIds, List<String> claimIds,
			Map<RelationKind, List<String>> kinds, boolean truncated, long graphVersion) {
	}

}
