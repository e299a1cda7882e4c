package org.ecograph.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filters every claim-returning operation accepts. A {@code null} or empty component does not filter.
 *
 * @param kinds only claims of these relation kinds
 * @param statuses only claims with one of these statuses
 * @param minConfidence only claims whose confidence is at least this; claims without a confidence are then excluded
 * @param asOf only claims valid on this day: {@code validFrom} (if any) on or before it and {@code validTo} (if any)
 * on or after it
 */
public record ClaimFilter(Set<RelationKind> kinds, Set<ClaimStatus> statuses, Double minConfidence, LocalDate asOf) {

	/** No filtering. */
	public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null);

	/**
	 * A Cypher predicate over a relationship bound to {@code r}, taking the parameters of {@link #parameters()}.
	 */
	public static final String CYPHER_PREDICATE = """
			($kinds IS NULL OR type(r) IN $kinds)
			AND ($statuses IS NULL OR r.status IN $statuses)
			AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
			AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf)
			                       AND (r.validTo IS NULL OR r.validTo >= $asOf)))""";

	public ClaimFilter {
		kinds = kinds == null || kinds.isEmpty() ? null : Set.copyOf(kinds);
		statuses = statuses == null || statuses.isEmpty() ? null : Set.copyOf(statuses);
	}

	/** This filter restricted to {@code kinds} (replacing any kinds it had). */
	public ClaimFilter withKinds(Set<RelationKind> kinds) {
		return new ClaimFilter(kinds, this.statuses, this.minConfidence, this.asOf);
	}

	/** Whether a claim passes this filter; the same rule as {@link #CYPHER_PREDICATE}. */
	public boolean matches(Claim claim) {
		return (this.kinds == null || this.kinds.contains(claim.kind()))
				&& (this.statuses == null || this.statuses.contains(claim.status()))
				&& (this.minConfidence == null
						|| (claim.confidence() != null && claim.confidence() >= this.minConfidence))
				&& (this.asOf == null || ((claim.validFrom() == null || !claim.validFrom().isAfter(this.asOf))
						&& (claim.validTo() == null || !claim.validTo().isBefore(this.asOf))));
	}

	/** The parameters {@link #CYPHER_PREDICATE} refers to. */
	public Map<String, Object> parameters() {
		Map<String, Object> p = new HashMap<>();
		p.put("kinds", this.kinds == null ? null : this.kinds.stream().map(Enum::name).sorted().toList());
		p.put("statuses", this.statuses == null ? null : this.statuses.stream().map(Enum::name).sorted().toList());
		p.put("minConfidence", this.minConfidence);
		p.put("asOf", this.asOf);
		return p;
	}

	/** Convenience for callers holding lists. */
	public static ClaimFilter of(List<RelationKind> kinds, List<ClaimStatus> statuses, Double minConfidence,
			LocalDate asOf) {
		return new ClaimFilter(kinds == null ? null : Set.copyOf(kinds), statuses == null ? null : Set.copyOf(statuses),
				minConfidence, asOf);
	}

}
