package org.ecograph.subgraph;

import java.util.List;
import java.util.Set;

import org.ecograph.model.ClaimFilter;
import org.ecograph.model.EntityKind;

/**
 * What neighbourhood to cut out. Callers validate the bounds.
 *
 * @param ids the entities to start from
 * @param hops how many relations away to go, 0 or more
 * @param relations which relations to follow and return
 * @param entityKinds which kinds of entity may be reached; {@code null} or empty for all (start entities are kept)
 * @param limit the most nodes to return, 1 or more
 */
public record SubgraphRequest(List<String> ids, int hops, ClaimFilter relations, Set<EntityKind> entityKinds,
		int limit) {

	public SubgraphRequest {
		ids = List.copyOf(ids);
		relations = relations == null ? ClaimFilter.NONE : relations;
	}

}
