package org.ecograph.catalog;

import java.util.List;
import java.util.Set;

import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;

/**
 * The entity listing answered without the database, where something holds it (the analysis projection's memory): the
 * same page and total {@link EntityCatalog#list} reads from Neo4j, entities with id, kind, name and aliases only. Asked
 * before the catalog, outside its read transaction, which would cost more than the answer.
 */
public interface EntityListing {

	/**
	 * Entities ordered by name then id, as {@link EntityRepository#list} and {@link EntityRepository#count} answer;
	 * {@code null} when this cannot answer now (then the database does).
	 * @param kinds only these kinds; {@code null} or empty for all
	 * @param needle only entities whose name key contains this ({@code EntityNames.key}); {@code null} for all
	 * @param after the name and id of the entity to continue after; {@code null} for the first page
	 * @param limit how many entities at most
	 * @param withTotal whether to count the whole listing too
	 */
	Listed list(Set<EntityKind> kinds, String needle, List<String> after, int limit, boolean withTotal);

	/**
	 * The page {@link EntityCatalog#list} answers, from this listing, without a transaction; {@code null} when this
	 * cannot answer now (then the catalog must).
	 */
	default Page<Entity> page(Set<EntityKind> kinds, String nameContains, PageRequest page, boolean withTotal) {
		List<String> after = EntityCatalog.after(page);
		Listed listed = list(kinds, EntityCatalog.needle(nameContains), after, page.first() + 1, withTotal);
		return listed == null ? null
				: Page.of(listed.entities(), page.first(), after != null, listed.total(), EntityCatalog::cursor);
	}

	/**
	 * A page of entities and, when asked, the size of the whole listing.
	 *
	 * @param entities the entities, in order
	 * @param total how many entities the listing holds over all pages; {@code null} when not asked
	 */
	record Listed(List<Entity> entities, Long total) {
	}

}
