package org.ecograph.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ecograph.model.Entity;

/** The catalog's reads of entities, in the caller's transaction. */
interface EntityRepository {

	/** The entities with these ids, by the id asked for; a merged id maps to its canonical entity. */
	Map<String, Entity> findByIds(Collection<String> ids);

	/**
	 * Up to {@code limit} entities ordered by name then id, after the sort key {@code after} ({@code null} for the
	 * start).
	 * @param labels only entities with one of these labels; {@code null} for all
	 * @param needle only entities whose name key contains this; {@code null} for all
	 * @param after the name and id of the entity to continue after; {@code null} for the first page
	 */
	List<Entity> list(List<String> labels, String needle, List<String> after, int limit);

	/** How many entities {@link #list} lists over all pages. */
	long count(List<String> labels, String needle);

	/** The hits of a Lucene query on the names index, best first. */
	List<SearchHit> search(String luceneQuery, List<String> labels, int first);

}
