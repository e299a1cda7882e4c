package org.ecograph.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base as it stood at the end of a day (docs/data-model.md, "As known on a day"). Days are UTC days:
 * the end of day D is the start of D + 1 in UTC, and a time at or after it is "after D".
 * <ul>
 * <li>The state of an assertion or a judgement on D is the state the first change after D replaced (its earliest
 * {@link Revision} with {@code until} after D), or its current state when no change after D touched it (absent when it
 * no longer exists).</li>
 * <li>An assertion counts on D when that state exists, was recorded by D ({@code recordedAt} null: before the record
 * was kept) and was not superseded by D; its rank is the rank that state has. A judgement counts when made by D and not
 * withdrawn by D.</li>
 * <li>A claim's figures on D are resolved from the assertions that count on D by the one {@link AssertionPolicy}.</li>
 * </ul>
 */
public final class KnownOn {

	private KnownOn() {
	}

	/** The first instant after {@code day}: the start of the next day, UTC. */
	public static ZonedDateTime endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZoneOffset.UTC);
	}

	/**
	 * The properties a subject had at the end of {@code day}: those its earliest revision after the day kept, else
	 * {@code current}; {@code null} when it did not exist then (or does not now and no revision says otherwise).
	 */
	public static Map<String, Object> stateOn(Map<String, Object> current, Collection<Revision> revisions,
			LocalDate day) {
		ZonedDateTime end = endOf(day);
		return revisions.stream()
			.filter(r -> !r.until().toInstant().isBefore(end.toInstant()))
			.min(Comparator.comparing((Revision r) -> r.until().toInstant()))
			.map(Revision::properties)
			.orElse(current);
	}

	/** The assertion as it counted on {@code day} (live then, shown live), or empty when it did not count. */
	public static Optional<Assertion> assertionOn(Map<String, Object> current, Collection<Revision> revisions,
			LocalDate day) {
		Map<String, Object> state = stateOn(current, revisions, day);
		if (state == null || after(state.get("recordedAt"), day) || !after(state.get("supersededAt"), day)
				&& state.get("supersededAt") != null) {
			return Optional.empty();
		}
		Map<String, Object> shown = new HashMap<>(state);
		shown.remove("supersededAt");
		shown.remove("supersededBy");
		return Optional.of(Assertion.fromProperties(shown));
	}

	/** The judgement as it counted on {@code day} (made, not withdrawn), or empty when it did not count. */
	public static Optional<Judgement> judgementOn(Map<String, Object> current, Collection<Revision> revisions,
			LocalDate day) {
		Map<String, Object> state = stateOn(current, revisions, day);
		if (state == null || after(state.get("at"), day)
				|| state.get("withdrawnAt") != null && !after(state.get("withdrawnAt"), day)) {
			return Optional.empty();
		}
		Map<String, Object> shown = new HashMap<>(state);
		shown.remove("withdrawnAt");
		shown.remove("withdrawnBy");
		shown.remove("withdrawReason");
		return Optional.of(Judgement.fromProperties(shown));
	}

	/**
	 * The assertions of claims that counted on {@code day}, by claim id: {@code current} holds every assertion node of
	 * the claims, {@code revisions} every revision of them (of assertions deleted since too).
	 */
	public static Map<String, List<Assertion>> assertionsOn(List<Map<String, Object>> current,
			List<Revision> revisions, LocalDate day) {
		Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
		current.forEach(p -> byId.put((String) p.get("id"), p));
		Map<String, List<Revision>> revisionsOf = new HashMap<>();
		revisions.forEach(r -> {
			revisionsOf.computeIfAbsent(r.of(), id -> new ArrayList<>()).add(r);
			byId.putIfAbsent(r.of(), null);
		});
		Map<String, List<Assertion>> byClaim = new LinkedHashMap<>();
		byId.forEach((id, props) -> assertionOn(props, revisionsOf.getOrDefault(id, List.of()), day)
			.ifPresent(a -> byClaim.computeIfAbsent(a.claimId(), c -> new ArrayList<>()).add(a)));
		return byClaim;
	}

	/**
	 * The claim as it stood on a day: its figures resolved from the assertions that counted then, the same way the
	 * steward's writes resolve them now (a figure the winner does not state is absent, except the status, which
	 * stays). Unchanged when no assertion counted then (a claim without assertions keeps its figures).
	 */
	public static Claim resolved(Claim claim, List<Assertion> countedOn) {
		Optional<Assertion> winner = AssertionPolicy.winner(countedOn);
		if (winner.isEmpty()) {
			return claim;
		}
		Map<String, Object> props = new HashMap<>(claim.properties());
		Map<String, Object> figures = AssertionPolicy.figures(winner.get());
		for (String figure : AssertionPolicy.RESOLVED_FIGURES) {
			Object value = figures.get(figure);
			if (value != null) {
				props.put(figure, value);
			}
			else if (!figure.equals("status")) {
				props.remove(figure);
			}
		}
		Assertion w = winner.get();
		return new Claim(claim.id(), claim.kind(), claim.fromId(), claim.toId(), w.amountUsd(), w.shareOfSource(),
				w.shareOfTarget(), claim.instrument(), claim.role(), w.status() == null ? claim.status() : w.status(),
				w.validFrom(), w.validTo(), claim.asOf(), w.confidence(), claim.quote(), claim.note(),
				claim.sourceIds(), props, AmountKind.fromStored(w.amountKind()), claim.inferred(), claim.inference());
	}

	/** Whether a stored time lies after the end of {@code day} ({@code null}: never). */
	static boolean after(Object stored, LocalDate day) {
		ZonedDateTime time = time(stored);
		return time != null && !time.toInstant().isBefore(endOf(day).toInstant());
	}

	/** A stored time: a date-time, or a day (read as its start in UTC). */
	static ZonedDateTime time(Object value) {
		if (value instanceof ZonedDateTime z) {
			return z;
		}
		if (value instanceof OffsetDateTime o) {
			return o.toZonedDateTime();
		}
		if (value instanceof LocalDate d) {
			return d.atStartOfDay(ZoneOffset.UTC);
		}
		return value == null ? null : ZonedDateTime.parse(value.toString());
	}

}
