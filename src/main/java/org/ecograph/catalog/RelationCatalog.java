package org.ecograph.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ecograph.data.ClaimLookup;
import org.ecograph.data.GraphRead;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Service;

/** Relations (claims): by id, page by page of the whole graph, or of many entities at once. */
@Service
@GraphRead
public class RelationCatalog {

	static final String LISTING = "relations";

	private final RelationRepository repository;

	private final ClaimLookup lookup;

	private final EntityCatalog entities;

	RelationCatalog(RelationRepository repository, ClaimLookup lookup, EntityCatalog entities) {
		this.repository = repository;
		this.lookup = lookup;
		this.entities = entities;
	}

	/**
	 * The relation with this id, of whatever kind, retracted or not (a citation stays about its claim); empty when no
	 * claim has it. One query through {@link ClaimLookup}: a seek of every kind's claim-id index.
	 */
	public Optional<Claim> findById(String id) {
		return this.lookup.byId(id);
	}

	/**
	 * The relations with these ids, known to be of these kinds, by id; unknown ids are absent. One query per kind,
	 * each a seek of the kind's claim-id index.
	 */
	public Map<String, Claim> findByIds(Map<RelationKind, ? extends Collection<String>> idsByKind) {
		return this.lookup.byIds(idsByKind);
	}

	/**
	 * The relations with these ids, of whatever kind, by id; unknown ids are absent, retracted relations are found
	 * (a figure or a change stays about its relation). One query, a seek of every kind's claim-id index.
	 */
	public Map<String, Claim> findByIds(Collection<String> ids) {
		return this.lookup.byIds(ids);
	}

	/**
	 * A page of the relations of the graph, ordered by relation id, read from the cursor on through indexes.
	 * @param fromId only relations starting at this entity; {@code null} for any
	 * @param toId only relations ending at this entity; {@code null} for any
	 * @param withTotal whether to count the whole listing too (one more query over every match)
	 * @throws UnknownEntitiesException when {@code fromId} or {@code toId} names no entity
	 */
	public Page<Claim> list(String fromId, String toId, ClaimFilter filter, PageRequest page, boolean withTotal) {
		String after = after(page);
		requireExisting(fromId, toId);
		List<Claim> fetched = this.repository.list(fromId, toId, filter, after == null ? "" : after, page.first() + 1);
		Long total = withTotal ? this.repository.count(fromId, toId, filter) : null;
		return Page.of(fetched, page.first(), after != null, total, RelationCatalog::cursor);
	}

	/**
	 * A page of relations for each of the given entities, in one query whatever their number (two with totals).
	 * Every entity gets the same filter and page request; the cursor of one entity's page is valid for any entity's
	 * page.
	 * @return a page for every id asked for (empty for unknown ids and entities without matching relations)
	 */
	public Map<String, Page<Claim>> relationsOf(Collection<String> entityIds, Direction direction, ClaimFilter filter,
			PageRequest page, boolean withTotal) {
		return relationsOf(entityIds, direction, filter, page, withTotal, false).pages();
	}

	/**
	 * {@link #relationsOf(Collection, Direction, ClaimFilter, PageRequest, boolean)}, and when {@code withEnds} the
	 * entities at both ends of every relation returned, fetched by the same query.
	 */
	public EntityRelations relationsOf(Collection<String> entityIds, Direction direction, ClaimFilter filter,
			PageRequest page, boolean withTotal, boolean withEnds) {
		String after = after(page);
		List<String> ids = List.copyOf(Set.copyOf(entityIds));
		Map<String, Long> totals = withTotal ? this.repository.countRelationsOf(ids, direction, filter) : Map.of();
		Map<String, Page<Claim>> pages = new HashMap<>();
		entityIds.forEach(id -> pages.put(id, withTotal ? Page.empty() : Page.<Claim>empty().withoutTotal()));
		Map<String, Entity> ends = new HashMap<>();
		for (RelationRepository.RelationsOfEntity found : this.repository.relationsOf(ids, direction, filter,
				after == null ? "" : after, page.first() + 1, withEnds)) {
			if (found.entity() != null) {
				ends.put(found.entity().id(), found.entity());
			}
			found.others().forEach(other -> ends.putIfAbsent(other.id(), other));
			pages.put(found.entityId(), Page.of(found.claims(), page.first(), after != null,
					withTotal ? totals.getOrDefault(found.entityId(), 0L) : null, RelationCatalog::cursor));
		}
		return new EntityRelations(pages, ends);
	}

	/**
	 * Pages of relations by entity id, with the entities at their ends.
	 *
	 * @param pages a page for every entity id asked for
	 * @param ends the entities at both ends of the relations in the pages, by id; empty unless asked for
	 */
	public record EntityRelations(Map<String, Page<Claim>> pages, Map<String, Entity> ends) {
	}

	private static String cursor(Claim claim) {
		return Cursors.encode(LISTING, claim.id());
	}

	private void requireExisting(String... ids) {
		List<String> named = Arrays.stream(ids).filter(Objects::nonNull).distinct().toList();
		Set<String> found = this.entities.findByIds(named).keySet();
		List<String> missing = named.stream().filter(id -> !found.contains(id)).toList();
		if (!missing.isEmpty()) {
			throw new UnknownEntitiesException(missing);
		}
	}

	private static String after(PageRequest page) {
		List<String> key = Cursors.decode(LISTING, page.after(), 1);
		return key == null ? null : key.get(0);
	}

}
