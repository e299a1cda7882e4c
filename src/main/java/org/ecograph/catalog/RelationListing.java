package org.ecograph.catalog;

import java.util.List;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;

/**
 * One entity's relations answered without the database, where something holds them (the analysis projection's
 * memory): the same page and total {@link RelationCatalog#relationsOf} reads from Neo4j, relations with id, kind and
 * the ids of their ends only. Asked before the relations' loader, which would cost a query.
 */
public interface RelationListing {

	/**
	 * The entity's relations ordered by id, as {@link RelationRepository#relationsOf} and
	 * {@link RelationRepository#countRelationsOf} answer; {@code null} when this cannot answer now (then the database
	 * does).
	 * @param entityId the entity, by its own id
	 * @param direction which of its relations
	 * @param filter which relations
	 * @param after the id of the relation to continue after; {@code null} for the first page
	 * @param limit how many relations at most
	 * @param withTotal whether to count the whole listing too
	 */
	Listed list(String entityId, Direction direction, ClaimFilter filter, String after, int limit, boolean withTotal);

	/**
	 * The page {@link RelationCatalog#relationsOf} answers for one entity, from this listing; {@code null} when this
	 * cannot answer now (then the catalog must).
	 */
	default Page<Claim> page(String entityId, Direction direction, ClaimFilter filter, PageRequest page,
			boolean withTotal) {
		String after = RelationCatalog.after(page);
		Listed listed = list(entityId, direction, filter, after, page.first() + 1, withTotal);
		return listed == null ? null
				: Page.of(listed.claims(), page.first(), after != null, listed.total(), RelationCatalog::cursor);
	}

	/**
	 * A page of relations and, when asked, the size of the whole listing.
	 *
	 * @param claims the relations, in order, with id, kind and ends only
	 * @param total how many relations the listing holds over all pages; {@code null} when not asked
	 */
	record Listed(List<Claim> claims, Long total) {
	}

}
