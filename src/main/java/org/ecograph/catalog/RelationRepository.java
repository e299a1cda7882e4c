package org.ecograph.catalog;

import java.util.List;
import java.util.Map;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;

/** The catalog's reads of relations (claims), in the caller's transaction; every listing ordered by relation id. */
interface RelationRepository {

	/**
	 * Up to {@code limit} relations after the relation id {@code after} ({@code ""} for the start).
	 * @param fromId only relations starting at this entity; {@code null} for any
	 * @param toId only relations ending at this entity; {@code null} for any
	 */
	List<Claim> list(String fromId, String toId, ClaimFilter filter, String after, int limit);

	/** How many relations {@link #list} lists over all pages. */
	long count(String fromId, String toId, ClaimFilter filter);

	/**
	 * Per entity, up to {@code limit} of its relations after the relation id {@code after}; with {@code withEnds} the
	 * entity and the other end of each relation too. Unknown ids have no entry.
	 */
	List<RelationsOfEntity> relationsOf(List<String> entityIds, Direction direction, ClaimFilter filter, String after,
			int limit, boolean withEnds);

	/** Per entity, how many relations {@link #relationsOf} lists over all pages; unknown ids have no entry. */
	Map<String, Long> countRelationsOf(List<String> entityIds, Direction direction, ClaimFilter filter);

	/**
	 * A page of the relations of one entity.
	 *
	 * @param entityId the id asked for
	 * @param entity the entity; {@code null} unless its ends were asked for
	 * @param claims its relations, in listing order
	 * @param others the entity at the other end of each relation; empty unless asked for
	 */
	record RelationsOfEntity(String entityId, Entity entity, List<Claim> claims, List<Entity> others) {
	}

}
