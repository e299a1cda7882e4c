package org.ecograph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A claim: one relationship of the graph, with the figures and the quote of its source. Absent values are
 * {@code null}: unknown is never replaced by a guess.
 *
 * @param id the stable id, e.g. {@code claim:softbank-funds-stargate}
 * @param kind the relation kind
 * @param fromId id of the source entity (the relationship's start)
 * @param toId id of the target entity
 * @param amountUsd amount in US dollars
 * @param shareOfSource the part of the source entity's relevant total this link represents, 0..1
 * @param shareOfTarget the part of the target entity's relevant total this link represents, 0..1
 * @param instrument how money flows (equity, bonds, in-kind, grant, appropriation, ...)
 * @param role the role of the source in the link
 * @param status how far along the claim is
 * @param validFrom first day the claim holds
 * @param validTo last day the claim holds
 * @param asOf the day the figures refer to
 * @param confidence how far the claim can be trusted, 0..1
 * @param quote the sentence of the source, in its original language
 * @param note problems with the claim (contradictions, miscalculations) recorded by the steward
 * @param sourceIds ids of the {@code :Source} nodes that state it
 * @param properties every property of the relationship, including ones not named above ({@code scope},
 * {@code amountOriginal}, ...)
 * @param amountKind what the amount measures; {@link AmountKind#FLOW} when the claim does not say (the contract of
 * {@link AmountKind}), never {@code null}
 * @param inferred whether the link is the extractor's inference rather than what the sentence states outright
 * @param inference what was inferred, for an inferred claim
 */
public record Claim(String id, RelationKind kind, String fromId, String toId, Double amountUsd, Double shareOfSource,
		Double shareOfTarget, String instrument, String role, ClaimStatus status, LocalDate validFrom,
		LocalDate validTo, LocalDate asOf, Double confidence, String quote, String note, List<String> sourceIds,
		Map<String, Object> properties, AmountKind amountKind, boolean inferred, String inference) {

	/** The claim property saying what an inferred claim's sentence does not state. */
	public static final String INFERENCE = "inference";

	public Claim {
		sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
		properties = properties == null ? Map.of() : Map.copyOf(properties);
		amountKind = amountKind == null ? AmountKind.FLOW : amountKind;
	}

	/**
	 * A claim whose amount kind, inferred flag and inference are read from {@code properties}
	 * ({@value AmountKind#PROPERTY}, {@value ClaimFilter#INFERRED}, {@value #INFERENCE}).
	 */
	public Claim(String id, RelationKind kind, String fromId, String toId, Double amountUsd, Double shareOfSource,
			Double shareOfTarget, String instrument, String role, ClaimStatus status, LocalDate validFrom,
			LocalDate validTo, LocalDate asOf, Double confidence, String quote, String note, List<String> sourceIds,
			Map<String, Object> properties) {
		this(id, kind, fromId, toId, amountUsd, shareOfSource, shareOfTarget, instrument, role, status, validFrom,
				validTo, asOf, confidence, quote, note, sourceIds, properties,
				properties == null ? null : AmountKind.fromStored(properties.get(AmountKind.PROPERTY)),
				properties != null && Boolean.TRUE.equals(properties.get(ClaimFilter.INFERRED)),
				properties == null || properties.get(INFERENCE) == null ? null
						: String.valueOf(properties.get(INFERENCE)));
	}

	/** Whether the claim's amount, if any, is money moving between its parties ({@link AmountKind#FLOW}). */
	public boolean isFlow() {
		return this.amountKind == AmountKind.FLOW;
	}

	/** The amount when it is a flow; {@code null} for no amount or a size, valuation, estimate or target. */
	public Double flowAmountUsd() {
		return isFlow() ? this.amountUsd : null;
	}

	/** The entity at the other end of this claim from {@code entityId}. */
	public String otherEnd(String entityId) {
		return this.fromId.equals(entityId) ? this.toId : this.fromId;
	}

}
