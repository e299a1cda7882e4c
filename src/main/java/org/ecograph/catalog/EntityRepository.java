package org.ecograph.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;

/** The catalog's reads of entities, in the caller's transaction. */
interface EntityRepository {

	/** The entities with these ids, by the id asked for; a merged id maps to its canonical entity. */
	Map<String, Entity> findByIds(Collection<String> ids);

	/**
	 * Up to {@code limit} entities ordered by name then id, after the sort key {@code after} ({@code null} for the
	 * start).
	 * @param kinds only entities of these kinds; {@code null} or empty for all
	 * @param needle only entities whose name key contains this; {@code null} for all
	 * @param after the name and id of the entity to continue after; {@code null} for the first page
	 */
	List<Entity> list(Set<EntityKind> kinds, String needle, List<String> after, int limit);

	/** How many entities {@link #list} lists over all pages. */
	long count(Set<EntityKind> kinds, String needle);

	/** The hits of a Lucene query on the names index, best first. */
	List<SearchHit> search(String luceneQuery, Set<EntityKind> kinds, int first);

	/** The entity nodes with these ids, as stored (no merged id resolved); absent ids have no entry. */
	Map<String, Entity> findStored(Collection<String> ids);

}
