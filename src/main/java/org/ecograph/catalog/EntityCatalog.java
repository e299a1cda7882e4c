package org.ecograph.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ecograph.data.GraphRead;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.EntityNames;
import org.springframework.stereotype.Service;

/** Entities by id, page by page, and by full-text search. */
@Service
@GraphRead
public class EntityCatalog {

	static final String LISTING = "entities";

	private final EntityRepository repository;

	EntityCatalog(EntityRepository repository) {
		this.repository = repository;
	}

	/** The entity with this id, if any. */
	public Optional<Entity> findById(String id) {
		return Optional.ofNullable(findByIds(List.of(id)).get(id));
	}

	/**
	 * The entities with these ids, by the id asked for; absent ids have no entry, and the id of an entity merged into
	 * another maps to that (canonical) entity. One query whatever the number of ids.
	 */
	public Map<String, Entity> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findByIds(ids);
	}

	/**
	 * A page of entities ordered by name then id, read from the cursor on through an index (keyset paging: a page
	 * costs its own size, whatever its position).
	 * @param kinds only these kinds; {@code null} or empty for all
	 * @param nameContains only entities whose name or an alias contains this, ignoring case; {@code null} for all
	 * @param withTotal whether to count the whole listing too (one more query, over every match)
	 */
	public Page<Entity> list(Set<EntityKind> kinds, String nameContains, PageRequest page, boolean withTotal) {
		List<String> after = Cursors.decode(LISTING, page.after(), 2);
		String needle = nameContains == null ? null : EntityNames.key(nameContains);
		List<Entity> fetched = this.repository.list(kinds, needle, after, page.first() + 1);
		Long total = withTotal ? this.repository.count(kinds, needle) : null;
		return Page.of(fetched, page.first(), after != null, total, EntityCatalog::cursor);
	}

	/**
	 * Entities whose name or aliases match the text, best first (ties by id). Exact words count most, then
	 * prefixes, then near misses.
	 * @param text what the user typed; must contain a letter or digit to find anything
	 * @param kinds only these kinds; {@code null} or empty for all
	 * @param first how many hits at most
	 */
	public List<SearchHit> search(String text, Set<EntityKind> kinds, int first) {
		String query = FullTextQuery.of(text);
		if (query.isEmpty() || first == 0) {
			return List.of();
		}
		return this.repository.search(query, kinds, first);
	}

	static String cursor(Entity entity) {
		return Cursors.encode(LISTING, entity.name(), entity.id());
	}

}
