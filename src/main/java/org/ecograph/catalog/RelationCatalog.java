package org.ecograph.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ecograph.data.ClaimLookup;
import org.ecograph.data.ClaimPredicate;
import org.ecograph.data.GraphRead;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Service;

/**
 * Relations (claims): by id, page by page of the whole graph, or of many entities at once. With a filter's
 * {@code knownOn}, a listing answers as the knowledge base held it at the end of that day ({@link KnowledgeHistory}):
 * claims recorded later are absent, claims retracted later present, and every figure the one it had then.
 */
@Service
@GraphRead
public class RelationCatalog {

	static final String LISTING = "relations";

	private final RelationRepository repository;

	private final ClaimLookup lookup;

	private final EntityCatalog entities;

	private final KnowledgeHistory history;

	/** How many relations a walk over a listing reads at a time (counting a past day's listing by its figures). */
	private static final int WALK_BATCH = 500;

	RelationCatalog(RelationRepository repository, ClaimLookup lookup, EntityCatalog entities,
			KnowledgeHistory history) {
		this.repository = repository;
		this.lookup = lookup;
		this.entities = entities;
		this.history = history;
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
		Batch listing = (from, limit) -> this.repository.list(fromId, toId, filter, from, limit);
		List<Claim> fetched = fetch(listing, filter, after == null ? "" : after, page.first() + 1);
		Long total = !withTotal ? null : ClaimPredicate.deferFigures(filter) ? walkCount(listing, filter)
				: this.repository.count(fromId, toId, filter);
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
		Map<String, Long> totals = !withTotal ? Map.of() : ClaimPredicate.deferFigures(filter)
				? walkCounts(ids, direction, filter) : this.repository.countRelationsOf(ids, direction, filter);
		Map<String, Page<Claim>> pages = new HashMap<>();
		entityIds.forEach(id -> pages.put(id, withTotal ? Page.empty() : Page.<Claim>empty().withoutTotal()));
		Map<String, Entity> ends = new HashMap<>();
		List<RelationRepository.RelationsOfEntity> fetched = this.repository.relationsOf(ids, direction, filter,
				after == null ? "" : after, page.first() + 1, withEnds);
		if (filter.knownOn() != null) {
			fetched = asKnownOn(fetched, direction, filter, page.first() + 1, withEnds);
		}
		for (RelationRepository.RelationsOfEntity found : fetched) {
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

	/** A listing read from a relation id on: up to {@code limit} relations after {@code after}. */
	@FunctionalInterface
	private interface Batch {

		List<Claim> read(String after, int limit);

	}

	/**
	 * Up to {@code limit} relations of a listing after {@code after}; on a past day ({@code knownOn}) with the figures
	 * they had then, and when the filter conditions figures, only those whose figures then pass it (reading on until
	 * the page is full or the listing ends, so a page is never cut short).
	 */
	private List<Claim> fetch(Batch listing, ClaimFilter filter, String after, int limit) {
		if (filter.knownOn() == null) {
			return listing.read(after, limit);
		}
		List<Claim> kept = new ArrayList<>();
		String from = after;
		while (kept.size() < limit) {
			List<Claim> batch = listing.read(from, limit);
			this.history.asKnownOn(batch, filter.knownOn())
				.stream()
				.filter(c -> !ClaimPredicate.deferFigures(filter) || filter.matches(c))
				.forEach(kept::add);
			if (batch.size() < limit) {
				break;
			}
			from = batch.get(batch.size() - 1).id();
		}
		return kept.size() > limit ? kept.subList(0, limit) : kept;
	}

	/** How many relations of a listing pass the filter by their figures on its day: a walk over the listing. */
	private long walkCount(Batch listing, ClaimFilter filter) {
		long count = 0;
		String from = "";
		while (true) {
			List<Claim> batch = listing.read(from, WALK_BATCH);
			count += this.history.asKnownOn(batch, filter.knownOn()).stream().filter(filter::matches).count();
			if (batch.size() < WALK_BATCH) {
				return count;
			}
			from = batch.get(batch.size() - 1).id();
		}
	}

	private Map<String, Long> walkCounts(List<String> ids, Direction direction, ClaimFilter filter) {
		Map<String, Long> totals = new HashMap<>();
		for (String id : ids) {
			totals.put(id, walkCount((from, limit) -> claimsOf(id, direction, filter, from, limit, false, null),
					filter));
		}
		return totals;
	}

	/**
	 * The pages of many entities as known on the filter's day: every relation with its figures then (one history
	 * query for all), and when the filter conditions figures, the failing ones dropped and a short page read on.
	 */
	private List<RelationRepository.RelationsOfEntity> asKnownOn(List<RelationRepository.RelationsOfEntity> fetched,
			Direction direction, ClaimFilter filter, int limit, boolean withEnds) {
		List<Claim> all = fetched.stream().flatMap(f -> f.claims().stream()).toList();
		Map<String, Claim> then = new HashMap<>();
		this.history.asKnownOn(all, filter.knownOn()).forEach(c -> then.put(c.id(), c));
		List<RelationRepository.RelationsOfEntity> result = new ArrayList<>();
		for (RelationRepository.RelationsOfEntity found : fetched) {
			List<Claim> claims = found.claims().stream().map(c -> then.get(c.id())).toList();
			if (!ClaimPredicate.deferFigures(filter)) {
				result.add(new RelationRepository.RelationsOfEntity(found.entityId(), found.entity(), claims,
						found.others()));
				continue;
			}
			List<Entity> others = new ArrayList<>(found.others());
			List<Claim> kept = new ArrayList<>(claims.stream().filter(filter::matches).toList());
			if (found.claims().size() == limit && kept.size() < limit) {
				String last = found.claims().get(found.claims().size() - 1).id();
				kept.addAll(fetch((from, n) -> claimsOf(found.entityId(), direction, filter, from, n, withEnds, others),
						filter, last, limit - kept.size()));
			}
			result.add(new RelationRepository.RelationsOfEntity(found.entityId(), found.entity(), kept, others));
		}
		return result;
	}

	/** The relations of one entity after {@code after}, as stored; the other ends added to {@code others} if given. */
	private List<Claim> claimsOf(String id, Direction direction, ClaimFilter filter, String after, int limit,
			boolean withEnds, List<Entity> others) {
		List<Claim> claims = new ArrayList<>();
		for (RelationRepository.RelationsOfEntity found : this.repository.relationsOf(List.of(id), direction, filter,
				after, limit, withEnds)) {
			claims.addAll(found.claims());
			if (others != null) {
				others.addAll(found.others());
			}
		}
		return claims;
	}

	/** The cursor of a relation in a listing: its id. */
	static String cursor(Claim claim) {
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

	/** The id of the relation a listing's page continues after; {@code null} for the first page. */
	static String after(PageRequest page) {
		List<String> key = Cursors.decode(LISTING, page.after(), 1);
		return key == null ? null : key.get(0);
	}

}
