package org.ecograph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The filters every claim-returning operation accepts. A {@code null} or empty component does not filter.
 *
 * @param kinds only claims of these relation kinds
 * @param statuses only claims with one of these statuses
 * @param minConfidence only claims whose confidence is at least this; claims without a confidence are then excluded
 * @param asOf only claims valid on this day: {@code validFrom} (if any) on or before it and {@code validTo} (if any)
 * on or after it
 * @param knownOn only claims the knowledge base had recorded by this day ({@code recordedAt} on or before it; a claim
 * without {@code recordedAt} predates the record and always passes)
 * @param includeInferred whether claims marked {@code inferred: true} (links the sentence does not state outright)
 * are kept
 * @param includeRetracted whether claims a steward retracted ({@code retractedAt} set) are kept
 */
public record ClaimFilter(Set<RelationKind> kinds, Set<ClaimStatus> statuses, Double minConfidence, LocalDate asOf,
		LocalDate knownOn, boolean includeInferred, boolean includeRetracted) {

	/** No filtering beyond the defaults: inferred claims kept, retracted claims hidden. */
	public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, true, false);

	/** The claim property that marks an inferred claim. */
	public static final String INFERRED = "inferred";

	/** The claim property set when a steward retracts a claim. */
	public static final String RETRACTED_AT = "retractedAt";

	/** Who retracted a claim (the token's name). */
	public static final String RETRACTED_BY = "retractedBy";

	/** Why a claim was retracted. */
	public static final String RETRACTION_REASON = "retractionReason";

	/** The change whose revert retracted a claim (set only by {@code revertChange}, which retracts what it undoes). */
	public static final String RETRACTED_BY_REVERT_OF = "retractedByRevertOf";

	/** Every property a retraction sets: a claim as it stood before its retraction has none of them. */
	public static final List<String> RETRACTION = List.of(RETRACTED_AT, RETRACTED_BY, RETRACTION_REASON,
			RETRACTED_BY_REVERT_OF);

	/** The claim property holding when the knowledge base first recorded the claim. */
	public static final String RECORDED_AT = "recordedAt";

	public ClaimFilter {
		kinds = kinds == null || kinds.isEmpty() ? null : Set.copyOf(kinds);
		statuses = statuses == null || statuses.isEmpty() ? null : Set.copyOf(statuses);
	}

	/** The default filter narrowed by the four classic components. */
	public ClaimFilter(Set<RelationKind> kinds, Set<ClaimStatus> statuses, Double minConfidence, LocalDate asOf) {
		this(kinds, statuses, minConfidence, asOf, null, true, false);
	}

	/** This filter restricted to {@code kinds} (replacing any kinds it had). */
	public ClaimFilter withKinds(Set<RelationKind> kinds) {
		return new ClaimFilter(kinds, this.statuses, this.minConfidence, this.asOf, this.knownOn,
				this.includeInferred, this.includeRetracted);
	}

	/** This filter with the knowledge-base filters (record date, inferred, retracted) replaced. */
	public ClaimFilter withRecord(LocalDate knownOn, boolean includeInferred, boolean includeRetracted) {
		return new ClaimFilter(this.kinds, this.statuses, this.minConfidence, this.asOf, knownOn, includeInferred,
				includeRetracted);
	}

	/** Whether a claim passes the classic components of this filter (kinds, status, confidence, validity). */
	public boolean matches(Claim claim) {
		return (this.kinds == null || this.kinds.contains(claim.kind()))
				&& (this.statuses == null || this.statuses.contains(claim.status()))
				&& (this.minConfidence == null
						|| (claim.confidence() != null && claim.confidence() >= this.minConfidence))
				&& (this.asOf == null || ((claim.validFrom() == null || !claim.validFrom().isAfter(this.asOf))
						&& (claim.validTo() == null || !claim.validTo().isBefore(this.asOf))));
	}

	/** Convenience for callers holding lists. */
	public static ClaimFilter of(List<RelationKind> kinds, List<ClaimStatus> statuses, Double minConfidence,
			LocalDate asOf) {
		return new ClaimFilter(kinds == null ? null : Set.copyOf(kinds), statuses == null ? null : Set.copyOf(statuses),
				minConfidence, asOf);
	}

}
