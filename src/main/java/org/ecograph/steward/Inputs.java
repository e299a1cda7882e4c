package org.ecograph.steward;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ecograph.model.AmountKind;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.Rank;
import org.ecograph.model.RelationKind;

/** The inputs of the steward mutations. A {@code null} field leaves the stored value as it is. */
public final class Inputs {

	private Inputs() {
	}

	/**
	 * Creates an entity, or changes the given fields of an existing one. The kind follows from the id's prefix.
	 *
	 * @param id the entity id, {@code <kind>:<slug>}
	 * @param name the English name; required to create
	 * @param aliases other names (replaces the list)
	 * @param description one sentence
	 * @param announcedOn a program's announcement day
	 * @param budgetUsd a program's budget
	 * @param properties other kind-specific properties (country, sector, ticker, ...): strings, numbers, booleans or
	 * lists of them
	 * @param clear names of properties to remove
	 * @param source the source of the change, if any (recorded in the audit trail)
	 * @param comment why
	 */
	public record EntityInput(String id, String name, List<String> aliases, String description,
			LocalDate announcedOn, Double budgetUsd, Map<String, Object> properties, List<String> clear, String source,
			String comment) {
	}

	/**
	 * Creates a claim, or changes the given fields of an existing one (a changed kind or end moves it).
	 *
	 * @param id the claim id, {@code claim:<slug>}
	 * @param kind the relation kind; required to create
	 * @param from the source entity; required to create
	 * @param to the target entity; required to create
	 * @param status required to create
	 * @param sources the ids of its sources (replaces the list); required to create
	 * @param confidence 0..1
	 * @param amountUsd at least 0
	 * @param amountKind what the amount measures
	 * @param shareOfSource 0..1
	 * @param shareOfTarget 0..1
	 * @param instrument how money flows
	 * @param role the role of the source entity
	 * @param validFrom first day it holds
	 * @param validTo last day it holds
	 * @param asOf the day the figures refer to
	 * @param quote the sentence of the source
	 * @param note problems with the claim
	 * @param clear names of properties to remove
	 * @param comment why
	 */
	public record ClaimInput(String id, RelationKind kind, String from, String to, ClaimStatus status,
			List<String> sources, Double confidence, Double amountUsd, AmountKind amountKind, Double shareOfSource,
			Double shareOfTarget, String instrument, String role, LocalDate validFrom, LocalDate validTo,
			LocalDate asOf, String quote, String note, List<String> clear, String comment) {
	}

	/**
	 * Creates a source document, or changes the given fields of an existing one.
	 *
	 * @param id {@code source:<slug>}
	 * @param title required to create
	 * @param language e.g. {@code en}, {@code zh}
	 * @param url where it can be read
	 * @param publisher who published it
	 * @param publishedOn when
	 * @param comment why
	 */
	public record SourceInput(String id, String title, String language, String url, String publisher,
			LocalDate publishedOn, String comment) {
	}

	/**
	 * One source's statement of a claim (docs/data-model.md, "Assertions"): the values are what the source states,
	 * {@code null} where it states nothing. Re-asserting the same values from the same source only moves
	 * {@code lastSeen}; new values from the same source supersede its earlier assertion.
	 *
	 * @param claim the claim id, {@code claim:<slug>}: an existing claim or a new one
	 * @param kind the relation kind; required for a new claim
	 * @param from the source entity; required for a new claim
	 * @param to the target entity; required for a new claim
	 * @param source the id of the source document that states it (an existing source)
	 * @param quote the sentence of the source, in its original language
	 * @param attributedTo the entity the source attributes the statement to (an existing entity), if any
	 * @param citedDocument the document the source cites for it, if any
	 * @param amountUsd at least 0
	 * @param amountKind what the amount measures
	 * @param amountBound how the source bounds the amount (exact when absent)
	 * @param shareOfSource 0..1
	 * @param shareOfTarget 0..1
	 * @param status how far along the source says it is; a new claim without one is {@code REPORTED}
	 * @param validFrom first day it holds
	 * @param validTo last day it holds
	 * @param confidence 0..1
	 * @param comment why, recorded in the audit trail
	 */
	public record AssertClaimInput(String claim, RelationKind kind, String from, String to, String source,
			String quote, String attributedTo, String citedDocument, Double amountUsd, AmountKind amountKind,
			MeasureBound amountBound, Double shareOfSource, Double shareOfTarget, ClaimStatus status,
			LocalDate validFrom, LocalDate validTo, Double confidence, String comment) {
	}

	/**
	 * A steward's rank for one assertion.
	 *
	 * @param id the assertion id
	 * @param rank the new rank
	 * @param reason why (kept with the assertion and in the audit trail)
	 */
	public record RankAssertionInput(String id, Rank rank, String reason) {
	}

}
