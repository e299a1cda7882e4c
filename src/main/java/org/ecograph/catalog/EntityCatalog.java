package org.ecograph.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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

	private final KnowledgeHistory history;

	EntityCatalog(EntityRepository repository, KnowledgeHistory history) {
		this.repository = repository;
		this.history = history;
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
	 * The entities with these ids as the knowledge base resolved them at the end of {@code day}: an id merged into
	 * another by a SAME judgement that counted that day answers with that day's canonical entity, an id merged only
	 * since answers with its own entity (docs/data-model.md, "As known on a day"). An id whose entity no longer has a
	 * node of its own (merged before judgements) answers as {@link #findByIds} does. Three queries whatever the number
	 * of ids.
	 */
	public Map<String, Entity> findByIdsOn(Collection<String> ids, LocalDate day) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, String> canonical = this.history.canonicalIdsOn(day);
		Map<String, String> target = new LinkedHashMap<>();
		ids.forEach(id -> target.put(id, canonical.getOrDefault(id, id)));
		Map<String, Entity> stored = this.repository.findStored(target.values());
		Map<String, Entity> found = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		target.forEach((id, then) -> {
			Entity entity = stored.get(then);
			if (entity != null) {
				found.put(id, entity);
			}
			else {
				missing.add(id);
			}
		});
		found.putAll(findByIds(missing));
		return found;
	}

	/**
	 * A page of entities ordered by name then id, read from the cursor on through an index (keyset paging: a page
	 * costs its own size, whatever its position).
	 * @param kinds only these kinds; {@code null} or empty for all
	 * @param nameContains only entities whose name or an alias contains this, ignoring case; {@code null} for all
	 * @param withTotal whether to count the whole listing too (one more query, over every match)
	 */
	public Page<Entity> list(Set<EntityKind> kinds, String nameContains, PageRequest page, boolean withTotal) {
		List<String> after = after(page);
		String needle = needle(nameContains);
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

	/** The name and id of the entity a listing's page continues after; {@code null} for the first page. */
	static List<String> after(PageRequest page) {
		return Cursors.decode(LISTING, page.after(), 2);
	}

	/** What a listing's name filter is compared with ({@link EntityNames#key}); {@code null} for none. */
	static String needle(String nameContains) {
		return nameContains == null ? null : EntityNames.key(nameContains);
	}

	static String cursor(Entity entity) {
		return Cursors.encode(LISTING, entity.name(), entity.id());
	}

}
