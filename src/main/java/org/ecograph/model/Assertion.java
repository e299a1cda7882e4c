package org.ecograph.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * One source's statement of a claim: what the source says, whom it attributes it to, the values it gives, the rank
 * a steward gave it and when the knowledge base recorded it. Stored as an {@code (:Assertion)} node keyed by
 * {@code id} and carrying the claim's id ({@code claim}); the claim relationship keeps the figures resolved from its
 * live assertions ({@link AssertionPolicy}). Absent values are {@code null}: the source does not state them.
 *
 * @param id the stable id, {@code assertion:<slug>}
 * @param claimId the claim it asserts
 * @param sourceId the source document that states it
 * @param attributedTo the entity the source attributes the statement to (e.g. {@code agency:us-doe}), if any
 * @param citedDocument the document the source cites for it (e.g. "Nvidia 2025 Q3 report"), if any
 * @param quote the sentence of the source, in its original language
 * @param amountUsd the amount in US dollars
 * @param amountKind what the amount measures as stored ({@code null}: the claim's default, {@link AmountKind#FLOW})
 * @param amountBound how the source bounds the amount ({@code null}: exact)
 * @param shareOfSource 0..1
 * @param shareOfTarget 0..1
 * @param status how far along the source says the claim is
 * @param validFrom the first day it holds
 * @param validTo the last day it holds
 * @param confidence how far the source's statement can be trusted, 0..1
 * @param rank the steward's rank
 * @param rankReason why the rank was last set, if it was
 * @param recordedAt when the knowledge base recorded it ({@code null}: before the record was kept)
 * @param lastSeen when a steward or script last asserted it
 * @param supersededAt when a later statement of the same source replaced it ({@code null}: live)
 * @param supersededBy the assertion that replaced it
 */
public record Assertion(String id, String claimId, String sourceId, String attributedTo, String citedDocument,
		String quote, Double amountUsd, String amountKind, MeasureBound amountBound, Double shareOfSource,
		Double shareOfTarget, ClaimStatus status, LocalDate validFrom, LocalDate validTo, Double confidence, Rank rank,
		String rankReason, ZonedDateTime recordedAt, ZonedDateTime lastSeen, ZonedDateTime supersededAt,
		String supersededBy) {

	public Assertion {
		rank = rank == null ? Rank.NORMAL : rank;
	}

	/** The label of assertion nodes. */
	public static final String LABEL = NodeLabels.ASSERTION;

	/** The property holding the claim id (range-indexed). */
	public static final String CLAIM = "claim";

	/** An assertion from the properties of its node (plain Java values, as the data layer reads them). */
	public static Assertion fromProperties(Map<String, Object> p) {
		return new Assertion((String) p.get("id"), (String) p.get(CLAIM), (String) p.get("source"),
				(String) p.get("attributedTo"), (String) p.get("citedDocument"), (String) p.get("quote"),
				number(p.get("amountUsd")), (String) p.get("amountKind"),
				p.get("amountBound") == null ? null : MeasureBound.valueOf((String) p.get("amountBound")),
				number(p.get("shareOfSource")), number(p.get("shareOfTarget")),
				p.get("status") == null ? null : ClaimStatus.valueOf((String) p.get("status")),
				(LocalDate) p.get("validFrom"), (LocalDate) p.get("validTo"), number(p.get("confidence")),
				Rank.fromStored(p.get(Rank.PROPERTY)), (String) p.get("rankReason"), time(p.get("recordedAt")),
				time(p.get("lastSeen")), time(p.get("supersededAt")), (String) p.get("supersededBy"));
	}

	/** Whether no later statement of its source replaced it. */
	public boolean live() {
		return this.supersededAt == null;
	}

	/** The amount kind it states, {@link AmountKind#FLOW} when it states none (the claims' default). */
	public AmountKind effectiveAmountKind() {
		return AmountKind.fromStored(this.amountKind);
	}

	/**
	 * Who originally said it: the attributed entity when the source names one, else the cited document, else the
	 * source itself. Two reports quoting one party are one origin ({@link AssertionPolicy#corroboration}).
	 */
	public String origin() {
		if (this.attributedTo != null) {
			return this.attributedTo;
		}
		return this.citedDocument != null ? "document:" + this.citedDocument : this.sourceId;
	}

	/** Whether it states the same values as {@code other} (ids, ranks and times aside). */
	public boolean sameValues(Assertion other) {
		return Objects.equals(this.sourceId, other.sourceId) && Objects.equals(this.attributedTo, other.attributedTo)
				&& Objects.equals(this.citedDocument, other.citedDocument) && Objects.equals(this.quote, other.quote)
				&& Objects.equals(this.amountUsd, other.amountUsd) && Objects.equals(this.amountKind, other.amountKind)
				&& Objects.equals(this.amountBound, other.amountBound)
				&& Objects.equals(this.shareOfSource, other.shareOfSource)
				&& Objects.equals(this.shareOfTarget, other.shareOfTarget) && this.status == other.status
				&& Objects.equals(this.validFrom, other.validFrom) && Objects.equals(this.validTo, other.validTo)
				&& Objects.equals(this.confidence, other.confidence);
	}

	/** A stored time: a date-time, or a day (a script may record one), read as its start in UTC. */
	private static ZonedDateTime time(Object value) {
		if (value instanceof LocalDate day) {
			return day.atStartOfDay(java.time.ZoneOffset.UTC);
		}
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toZonedDateTime();
		}
		return (ZonedDateTime) value;
	}

	private static Double number(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}

}
