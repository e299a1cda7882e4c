package org.ecograph.analysis.scenario;

import java.util.List;

import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/**
 * A what-if: entities removed (with every claim at them), claims removed, claims' shares or amounts capped or
 * scaled, hypothetical entities and claims added. Nothing of it is written anywhere; it lives for one request.
 *
 * @param removeEntities ids of entities to remove, with all their claims
 * @param removeClaims ids of claims to remove
 * @param capClaims caps or scales of claims' shares and amounts
 * @param addClaims hypothetical claims between existing or hypothetical entities
 * @param addEntities hypothetical entities, with ids no entity of the graph has
 */
public record ScenarioInput(List<String> removeEntities, List<String> removeClaims, List<ClaimCap> capClaims,
		List<HypotheticalClaim> addClaims, List<HypotheticalEntity> addEntities) {

	public ScenarioInput {
		removeEntities = removeEntities == null ? List.of() : List.copyOf(removeEntities);
		removeClaims = removeClaims == null ? List.of() : List.copyOf(removeClaims);
		capClaims = capClaims == null ? List.of() : List.copyOf(capClaims);
		addClaims = addClaims == null ? List.of() : List.copyOf(addClaims);
		addEntities = addEntities == null ? List.of() : List.copyOf(addEntities);
	}

	/** A scenario that adds no entity. */
	public ScenarioInput(List<String> removeEntities, List<String> removeClaims, List<ClaimCap> capClaims,
			List<HypotheticalClaim> addClaims) {
		this(removeEntities, removeClaims, capClaims, addClaims, null);
	}

	/** The empty scenario: the graph as it is. */
	public static final ScenarioInput NONE = new ScenarioInput(null, null, null, null, null);

	/**
	 * A cap or scale of one claim's figures: each known share becomes {@code min(share × scale, maxShare)} and the
	 * flow amount {@code min(amount × scale, maxAmountUsd)}; an absent bound leaves that figure alone, an unknown
	 * figure stays unknown.
	 *
	 * @param relation the claim's id
	 * @param maxShare the largest share, 0..1
	 * @param maxAmountUsd the largest flow amount, at least 0
	 * @param scale the factor applied to the shares and the amount, 0..1
	 */
	public record ClaimCap(String relation, Double maxShare, Double maxAmountUsd, Double scale) {

		/** The share after this cap, {@code NaN} staying {@code NaN}. */
		double share(double share) {
			double v = this.scale == null ? share : share * this.scale;
			return this.maxShare == null ? v : Math.min(v, this.maxShare);
		}

		/** The amount after this cap, {@code NaN} staying {@code NaN}. */
		double amount(double amount) {
			double v = this.scale == null ? amount : amount * this.scale;
			return this.maxAmountUsd == null ? v : Math.min(v, this.maxAmountUsd);
		}

	}

	/**
	 * A hypothetical entity, for hypothetical claims to join (a new supplier, say); it has no aliases, description,
	 * properties or relations but those the scenario adds.
	 *
	 * @param id its id, {@code <kind>:<slug>}, one no entity of the graph has
	 * @param name its name
	 * @param kind its kind; absent: the kind its id's prefix names (given, it must be that kind)
	 */
	public record HypotheticalEntity(String id, String name, EntityKind kind) {
	}

	/**
	 * A hypothetical claim between two existing or hypothetical entities; absent figures are unknown. It has no status, dates, quote
	 * or source, and its id in answers is {@code hypothetical:<n>}, n its position in {@code addClaims} from 1.
	 *
	 * @param kind the relation kind
	 * @param from the source entity's id
	 * @param to the target entity's id
	 * @param shareOfSource 0..1
	 * @param shareOfTarget 0..1
	 * @param amountUsd a flow of money in US dollars, at least 0
	 * @param confidence 0..1
	 */
	public record HypotheticalClaim(RelationKind kind, String from, String to, Double shareOfSource,
			Double shareOfTarget, Double amountUsd, Double confidence) {
	}

}
