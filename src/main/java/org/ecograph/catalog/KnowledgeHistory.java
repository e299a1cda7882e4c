package org.ecograph.catalog;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ecograph.data.GraphRead;
import org.ecograph.model.Assertion;
import org.ecograph.model.AssertionPolicy;
import org.ecograph.model.Claim;
import org.ecograph.model.EntityClusters;
import org.ecograph.model.InvalidArgumentException;
import org.ecograph.model.Judgement;
import org.ecograph.model.KnowledgeChangeKind;
import org.ecograph.model.KnownOn;
import org.ecograph.model.Rank;
import org.ecograph.model.Revision;
import org.springframework.stereotype.Service;

/**
 * The knowledge base as known on a past day (docs/data-model.md, "As known on a day"): a page of claims with the
 * figures they had then ({@link #asKnownOn}), the assertions that counted then ({@link #assertionsOn}), and the
 * difference between two days ({@link #changes}). Each reads the assertions and revisions of its claims through their
 * claim indexes, or the subjects a window of time touched through the time indexes: what it costs is what changed,
 * never the graph.
 */
@Service
@GraphRead
public class KnowledgeHistory {

	static final String CHANGES = "knowledgeChanges";

	/** How far ahead of UTC a zone may be: a stored time's own day starts at most this long before UTC's. */
	private static final int EARLIEST_ZONE_HOURS = 14;

	/** A chain of statements superseding one another within one window longer than this is not followed further. */
	private static final int MAX_CHAIN = 1000;

	private final HistoryRepository repository;

	KnowledgeHistory(HistoryRepository repository) {
		this.repository = repository;
	}

	/** The assertions of these claims that counted on {@code day}, by claim id, the winner first. */
	public Map<String, List<Assertion>> assertionsOn(Collection<String> claimIds, LocalDate day) {
		if (claimIds.isEmpty()) {
			return Map.of();
		}
		Map<String, List<Assertion>> counted = new HashMap<>();
		KnownOn.assertionsOn(this.repository.assertionsOf(claimIds), this.repository.assertionRevisionsOf(claimIds), day)
			.forEach((claim, list) -> counted.put(claim, AssertionPolicy.byPrecedence(list)));
		return counted;
	}

	/**
	 * The ids that resolved to another on {@code day} (id → its canonical id then): the clusters of the SAME
	 * judgements that counted that day ({@link EntityClusters}), read from every judgement and its revisions (a
	 * steward's each: few).
	 */
	public Map<String, String> canonicalIdsOn(LocalDate day) {
		States judgements = States.of(this.repository.allJudgements(), this.repository.allJudgementRevisions());
		Set<String> ids = new HashSet<>(judgements.current().keySet());
		ids.addAll(judgements.revisions().keySet());
		List<Judgement> counted = new ArrayList<>();
		for (String id : ids) {
			KnownOn.judgementOn(judgements.now(id), judgements.revisionsOf(id), day).ifPresent(counted::add);
		}
		return new EntityClusters(counted).canonicalIds();
	}

	/** The claims with the figures they had on {@code day}, in the same order (one query for the whole list). */
	public List<Claim> asKnownOn(List<Claim> claims, LocalDate day) {
		if (claims.isEmpty()) {
			return claims;
		}
		Map<String, List<Assertion>> counted = assertionsOn(claims.stream().map(Claim::id).toList(), day);
		return claims.stream().map(c -> KnownOn.resolved(c, counted.getOrDefault(c.id(), List.of()))).toList();
	}

	/**
	 * The ids of the claims whose figures may have been otherwise at the end of {@code day} than now: those whose
	 * assertions a change touched after the day (a revision kept, an assertion recorded or superseded after it). Range
	 * seeks of the time indexes (V0033): what it costs is what changed since the day.
	 */
	public List<String> claimsChangedSince(LocalDate day) {
		return this.repository.claimsChangedSince(KnownOn.endOf(day));
	}

	/**
	 * The claims as they stood at the end of {@code day}, read as they are now, in the same order: a claim recorded
	 * after the day is left out (the day of its {@code recordedAt}, in the zone it was stored with, as the catalog's
	 * {@code knownOn} filter reads it), one retracted after the day is not retracted (every property of
	 * {@link org.ecograph.model.ClaimFilter#RETRACTION} removed), and the figures are those resolved from the assertions that counted that day
	 * ({@link #asKnownOn}). What the analysis' projection of a past day is made of.
	 */
	public List<Claim> standingOn(Collection<Claim> claims, LocalDate day) {
		List<Claim> recorded = claims.stream()
			.filter(c -> !afterDay(c.properties().get(org.ecograph.model.ClaimFilter.RECORDED_AT), day))
			.toList();
		Map<String, List<Map<String, Object>>> undone = retractionsUndone(recorded);
		return asKnownOn(recorded, day).stream()
			.map(c -> notYetRetracted(c, day))
			.map(c -> retractedThen(c, day, undone.getOrDefault(c.id(), List.of())))
			.toList();
	}

	/** The retractions changes removed from these claims ({@code :RetractionRevision}), by claim id. */
	private Map<String, List<Map<String, Object>>> retractionsUndone(Collection<Claim> claims) {
		if (claims.isEmpty()) {
			return Map.of();
		}
		Map<String, List<Map<String, Object>>> byClaim = new HashMap<>();
		this.repository.retractionRevisionsOf(claims.stream().map(Claim::id).toList())
			.forEach(x -> byClaim.computeIfAbsent((String) x.get("claim"), k -> new ArrayList<>()).add(x));
		return byClaim;
	}

	/**
	 * The retraction that held at the end of {@code day} and that a later change undid: retracted by the day (its own
	 * zone's day), undone after the day's end.
	 */
	private static Optional<Map<String, Object>> undoneLater(List<Map<String, Object>> undone, LocalDate day) {
		ZonedDateTime end = KnownOn.endOf(day);
		return undone.stream()
			.filter(x -> !afterDay(x.get(org.ecograph.model.ClaimFilter.RETRACTED_AT), day)
					&& x.get("until") instanceof ZonedDateTime until && !until.toInstant().isBefore(end.toInstant()))
			.findFirst();
	}

	/** The claim with the retraction it had on {@code day} when a later change undid it (else as it is). */
	private static Claim retractedThen(Claim c, LocalDate day, List<Map<String, Object>> undone) {
		if (c.properties().get(org.ecograph.model.ClaimFilter.RETRACTED_AT) != null) {
			return c;
		}
		return undoneLater(undone, day).map(x -> {
			Map<String, Object> props = new HashMap<>(c.properties());
			org.ecograph.model.ClaimFilter.RETRACTION.forEach(key -> {
				if (x.get(key) != null) {
					props.put(key, x.get(key));
				}
			});
			return withProperties(c, props);
		}).orElse(c);
	}

	private static Claim withProperties(Claim c, Map<String, Object> props) {
		return new Claim(c.id(), c.kind(), c.fromId(), c.toId(), c.amountUsd(), c.shareOfSource(), c.shareOfTarget(),
				c.instrument(), c.role(), c.status(), c.validFrom(), c.validTo(), c.asOf(), c.confidence(), c.quote(),
				c.note(), c.sourceIds(), props, c.amountKind(), c.inferred(), c.inference());
	}

	/** The claim without its retraction when it was retracted after {@code day}. */
	private static Claim notYetRetracted(Claim c, LocalDate day) {
		Object retracted = c.properties().get(org.ecograph.model.ClaimFilter.RETRACTED_AT);
		if (retracted == null || !afterDay(retracted, day)) {
			return c;
		}
		Map<String, Object> props = new HashMap<>(c.properties());
		org.ecograph.model.ClaimFilter.RETRACTION.forEach(props::remove);
		return withProperties(c, props);
	}

	/** Whether a stored date or date-time falls on a day after {@code day} (its own zone's day; {@code null}: never). */
	private static boolean afterDay(Object stored, LocalDate day) {
		LocalDate on;
		if (stored == null) {
			return false;
		}
		else if (stored instanceof LocalDate d) {
			on = d;
		}
		else if (stored instanceof ZonedDateTime z) {
			on = z.toLocalDate();
		}
		else if (stored instanceof java.time.OffsetDateTime o) {
			on = o.toLocalDate();
		}
		else if (stored instanceof java.time.LocalDateTime l) {
			on = l.toLocalDate();
		}
		else {
			on = ZonedDateTime.parse(stored.toString()).toLocalDate();
		}
		return on != null && on.isAfter(day);
	}

	/**
	 * What differs between the end of {@code from} and the end of {@code to}: every claim recorded or retracted, every
	 * assertion added, changed, ranked, deprecated or withdrawn, and every judgement made or withdrawn, ordered by claim
	 * (judgements last, by id), the claim's own change first, then by assertion id. A statement that superseded one
	 * that counted on {@code from} is one change, before and after. Exact: the page says how many there are in all.
	 * @throws InvalidArgumentException when {@code from} is after {@code to}
	 */
	public Page<KnowledgeChange> changes(LocalDate from, LocalDate to, PageRequest page) {
		return changes(from, to, null, page);
	}

	/**
	 * {@link #changes(LocalDate, LocalDate, PageRequest)} of one entity: the claims at it (either way, as stored: a
	 * merged member's claims are its own), their assertions, and the judgements that name it; {@code null} for all.
	 * @throws UnknownEntitiesException when no entity has the id
	 */
	public Page<KnowledgeChange> changes(LocalDate from, LocalDate to, String entityId, PageRequest page) {
		checkWindow(from, to);
		List<String> afterKey = Cursors.decode(CHANGES, page.after(), 1);
		Set<String> claims = null;
		if (entityId != null) {
			List<String> at = this.repository.claimsAt(entityId);
			if (at == null) {
				throw new UnknownEntitiesException(List.of(entityId));
			}
			claims = Set.copyOf(at);
		}
		List<KnowledgeChange> all = new ArrayList<>(assertionChanges(from, to));
		all.addAll(judgementChanges(from, to));
		if (entityId != null) {
			Set<String> of = claims;
			all.removeIf(c -> c.judgement() == null ? !of.contains(c.claimId())
					: !entityId.equals(c.judgement().left()) && !entityId.equals(c.judgement().right()));
			all.addAll(claimChanges(from, to, claims));
		}
		else {
			LocalDate dayAfter = from.plusDays(1);
			all.addAll(claimChanges(from, to, this.repository.claimsRecordedOrRetractedSince(
					dayAfter.atStartOfDay(java.time.ZoneOffset.UTC).minusHours(EARLIEST_ZONE_HOURS), dayAfter)));
		}
		all.sort(Comparator.comparing(KnowledgeChange::sortKey));
		List<KnowledgeChange> following = afterKey == null ? all
				: all.stream().filter(c -> c.sortKey().compareTo(afterKey.get(0)) > 0).toList();
		return Page.of(following.stream().limit(page.first() + 1L).toList(), page.first(), afterKey != null,
				(long) all.size(), c -> Cursors.encode(CHANGES, c.sortKey()));
	}

	/**
	 * The changes between the two days of these claims (each recorded or retracted, each of their assertions'), in the
	 * order of {@link #changes}: what a diff of an exposure asks of the claims on its chains.
	 * @throws InvalidArgumentException when {@code from} is after {@code to}
	 */
	public List<KnowledgeChange> changesOfClaims(LocalDate from, LocalDate to, Collection<String> claimIds) {
		checkWindow(from, to);
		if (claimIds.isEmpty() || from.equals(to)) {
			return List.of();
		}
		Set<String> of = Set.copyOf(claimIds);
		List<KnowledgeChange> all = new ArrayList<>(assertionChanges(from, to));
		all.removeIf(c -> !of.contains(c.claimId()));
		all.addAll(claimChanges(from, to, of));
		all.sort(Comparator.comparing(KnowledgeChange::sortKey));
		return all;
	}

	/**
	 * Every judgement made or withdrawn between the two days, by id.
	 * @throws InvalidArgumentException when {@code from} is after {@code to}
	 */
	public List<KnowledgeChange> judgementChangesBetween(LocalDate from, LocalDate to) {
		checkWindow(from, to);
		List<KnowledgeChange> all = new ArrayList<>(judgementChanges(from, to));
		all.sort(Comparator.comparing(KnowledgeChange::sortKey));
		return all;
	}

	private static void checkWindow(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new InvalidArgumentException("from " + from + " is after to " + to
					+ ": give the earlier day as from (the same day for no change)");
		}
	}

	/**
	 * The claims among {@code candidates} in one day's graph and not the other's (CLAIM_RECORDED, CLAIM_RETRACTED,
	 * CLAIM_RESTORED when a recorded claim's retraction was undone in between): a claim is in day D's graph when it was
	 * recorded by D (no {@code recordedAt}: before the record) and not retracted at the end of D (retracted by D, or by
	 * a retraction a change undid after D), each the day of the stored time in its own zone, as {@link #standingOn}
	 * reads them.
	 */
	private List<KnowledgeChange> claimChanges(LocalDate from, LocalDate to, Collection<String> candidates) {
		if (candidates.isEmpty() || from.equals(to)) {
			return List.of();
		}
		List<Claim> differ = new ArrayList<>();
		Map<String, Claim> claims = this.repository.claims(candidates);
		Map<String, List<Map<String, Object>>> undone = retractionsUndone(claims.values());
		java.util.function.BiPredicate<Claim, LocalDate> inGraphOn = (c, day) -> inGraphOn(c, day)
				&& undoneLater(undone.getOrDefault(c.id(), List.of()), day).isEmpty();
		for (Claim c : claims.values()) {
			if (inGraphOn.test(c, from) != inGraphOn.test(c, to)) {
				differ.add(c);
			}
		}
		if (differ.isEmpty()) {
			return List.of();
		}
		Map<String, String> by = this.repository.lastChangesNaming(differ.stream().map(Claim::id).toList(),
				KnownOn.endOf(from), KnownOn.endOf(to));
		return differ.stream()
			.map(c -> new KnowledgeChange(!inGraphOn.test(c, to) ? KnowledgeChangeKind.CLAIM_RETRACTED
					: afterDay(c.properties().get(org.ecograph.model.ClaimFilter.RECORDED_AT), from)
							? KnowledgeChangeKind.CLAIM_RECORDED : KnowledgeChangeKind.CLAIM_RESTORED,
					c.id(), null, null, null, by.get(c.id())))
			.toList();
	}

	/** Whether the claim is in the graph as known at the end of {@code day}: recorded by it, not retracted by it. */
	private static boolean inGraphOn(Claim c, LocalDate day) {
		Object retracted = c.properties().get(org.ecograph.model.ClaimFilter.RETRACTED_AT);
		return !afterDay(c.properties().get(org.ecograph.model.ClaimFilter.RECORDED_AT), day)
				&& (retracted == null || afterDay(retracted, day));
	}

	private List<KnowledgeChange> assertionChanges(LocalDate from, LocalDate to) {
		List<String> ids = this.repository.assertionsChangedBetween(KnownOn.endOf(from), KnownOn.endOf(to));
		if (ids.isEmpty()) {
			return List.of();
		}
		States assertions = States.of(this.repository.assertions(ids), this.repository.assertionRevisions(ids));
		Map<String, Assertion> before = new HashMap<>();
		Map<String, Assertion> after = new HashMap<>();
		Map<String, Map<String, Object>> stateOnTo = new HashMap<>();
		for (String id : ids) {
			List<Revision> of = assertions.revisionsOf(id);
			KnownOn.assertionOn(assertions.now(id), of, from).ifPresent(a -> before.put(id, a));
			KnownOn.assertionOn(assertions.now(id), of, to).ifPresent(a -> after.put(id, a));
			stateOnTo.put(id, KnownOn.stateOn(assertions.now(id), of, to));
		}
		ZonedDateTime windowStart = KnownOn.endOf(from);
		ZonedDateTime windowEnd = KnownOn.endOf(to);
		java.util.function.Function<String, String> causedBy = id -> causedBy(assertions.revisionsOf(id),
				windowStart, windowEnd);
		List<KnowledgeChange> changes = new ArrayList<>();
		Set<String> paired = new HashSet<>();
		for (String id : ids) {
			Assertion was = before.get(id);
			Assertion is = after.get(id);
			if (was == null) {
				continue;
			}
			if (is == null) {
				Optional<String> successor = successor(id, stateOnTo, before, after);
				successor.ifPresent(paired::add);
				changes.add(successor.map(s -> new KnowledgeChange(KnowledgeChangeKind.ASSERTION_CHANGED, was.claimId(),
						was, after.get(s), null, causedBy.apply(id)))
					.orElse(new KnowledgeChange(KnowledgeChangeKind.ASSERTION_WITHDRAWN, was.claimId(), was, null,
							null, causedBy.apply(id))));
			}
			else if (!was.sameValues(is)) {
				changes.add(new KnowledgeChange(KnowledgeChangeKind.ASSERTION_CHANGED, is.claimId(), was, is, null,
						causedBy.apply(id)));
			}
			else if (was.rank() != is.rank()) {
				KnowledgeChangeKind kind = is.rank() == Rank.DEPRECATED ? KnowledgeChangeKind.ASSERTION_DEPRECATED
						: KnowledgeChangeKind.ASSERTION_RANKED;
				changes.add(new KnowledgeChange(kind, is.claimId(), was, is, null, causedBy.apply(id)));
			}
		}
		for (String id : ids) {
			Assertion is = after.get(id);
			if (is != null && !before.containsKey(id) && !paired.contains(id)) {
				changes.add(new KnowledgeChange(KnowledgeChangeKind.ASSERTION_ADDED, is.claimId(), null, is, null,
						causedBy.apply(id)));
			}
		}
		return changes;
	}

	/**
	 * The statement that, by {@code to}, superseded {@code id} (following later supersessions within the window) and
	 * counts on {@code to} but did not on {@code from}; empty when there is none.
	 */
	private static Optional<String> successor(String id, Map<String, Map<String, Object>> stateOnTo,
			Map<String, Assertion> before, Map<String, Assertion> after) {
		String next = id;
		for (int step = 0; step < MAX_CHAIN; step++) {
			Map<String, Object> state = stateOnTo.get(next);
			next = state == null ? null : (String) state.get("supersededBy");
			if (next == null || before.containsKey(next)) {
				return Optional.empty();
			}
			if (after.containsKey(next)) {
				return Optional.of(next);
			}
		}
		return Optional.empty();
	}

	private List<KnowledgeChange> judgementChanges(LocalDate from, LocalDate to) {
		List<String> ids = this.repository.judgementsChangedBetween(KnownOn.endOf(from), KnownOn.endOf(to));
		if (ids.isEmpty()) {
			return List.of();
		}
		States judgements = States.of(this.repository.judgements(ids), this.repository.judgementRevisions(ids));
		ZonedDateTime windowStart = KnownOn.endOf(from);
		ZonedDateTime windowEnd = KnownOn.endOf(to);
		List<KnowledgeChange> changes = new ArrayList<>();
		for (String id : ids) {
			List<Revision> of = judgements.revisionsOf(id);
			String change = causedBy(of, windowStart, windowEnd);
			Optional<Judgement> was = KnownOn.judgementOn(judgements.now(id), of, from);
			Optional<Judgement> is = KnownOn.judgementOn(judgements.now(id), of, to);
			if (was.isEmpty() && is.isPresent()) {
				changes.add(new KnowledgeChange(KnowledgeChangeKind.JUDGEMENT_MADE, null, null, null, is.get(), change));
			}
			else if (was.isPresent() && is.isEmpty()) {
				changes.add(new KnowledgeChange(KnowledgeChangeKind.JUDGEMENT_WITHDRAWN, null, null, null,
						withdrawn(was.get(), judgements.now(id)), change));
			}
		}
		return changes;
	}

	/** The change of the last revision kept in {@code [start, end)}; {@code null} when none was. */
	private static String causedBy(List<Revision> revisions, ZonedDateTime start, ZonedDateTime end) {
		return revisions.stream()
			.filter(r -> !r.until().toInstant().isBefore(start.toInstant())
					&& r.until().toInstant().isBefore(end.toInstant()))
			.max(Comparator.comparing((Revision r) -> r.until().toInstant()))
			.map(Revision::change)
			.orElse(null);
	}

	/** A withdrawn judgement as it is now when it still exists (saying when and why it was withdrawn). */
	private static Judgement withdrawn(Judgement was, Map<String, Object> now) {
		return now == null || !Objects.equals(now.get("id"), was.id()) ? was : Judgement.fromProperties(now);
	}

	/**
	 * Assertions or judgements as they are now (their properties, by id) and the states their revisions kept (by the
	 * id of what they are a revision of): what every reading of a day starts from.
	 */
	private record States(Map<String, Map<String, Object>> current, Map<String, List<Revision>> revisions) {

		static States of(List<Map<String, Object>> now, List<Revision> kept) {
			Map<String, Map<String, Object>> current = new HashMap<>();
			now.forEach(p -> current.put((String) p.get("id"), p));
			Map<String, List<Revision>> revisions = new HashMap<>();
			kept.forEach(r -> revisions.computeIfAbsent(r.of(), k -> new ArrayList<>()).add(r));
			return new States(current, revisions);
		}

		/** Its properties now; {@code null} when it no longer exists. */
		Map<String, Object> now(String id) {
			return this.current.get(id);
		}

		List<Revision> revisionsOf(String id) {
			return this.revisions.getOrDefault(id, List.of());
		}

	}

}
