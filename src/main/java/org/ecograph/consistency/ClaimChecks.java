package org.ecograph.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ecograph.model.Figures;
import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.RelationKind;

/** The checks over claims: shares of a target's funding, stakes and memberships; funding beyond a size; data timing. */
final class ClaimChecks {

	/** How far a sum may be off before it is reported. */
	static final double TOLERANCE = 0.005;

	/** The kinds whose {@code shareOfTarget} values are parts of one total of the target. */
	static final Set<RelationKind> SHARED_TOTALS = Set.of(RelationKind.FUNDS, RelationKind.OWNS,
			RelationKind.MEMBER_OF);

	private final List<Claim> claims;

	private final Map<String, Entity> entities;

	private final Function<String, String> names;

	ClaimChecks(List<Claim> claims, Map<String, Entity> entities, Function<String, String> names) {
		this.claims = claims;
		this.entities = entities;
		this.names = names;
	}

	List<Finding> all() {
		List<Finding> findings = new ArrayList<>();
		findings.addAll(sharesOfOneTotal());
		findings.addAll(fundingBeyondSize());
		findings.addAll(dataUsedBeforePublished());
		return findings;
	}

	/** Per target and kind: known shares above 1; for funding, shares that already reach 1 with more funders. */
	private List<Finding> sharesOfOneTotal() {
		List<Finding> findings = new ArrayList<>();
		Map<String, List<Claim>> groups = new LinkedHashMap<>();
		this.claims.stream().filter(c -> SHARED_TOTALS.contains(c.kind()))
			.forEach(c -> groups.computeIfAbsent(c.kind() + " " + c.toId(), k -> new ArrayList<>()).add(c));
		for (List<Claim> group : groups.values()) {
			List<Claim> shared = group.stream().filter(c -> c.shareOfTarget() != null)
				.sorted(Comparator.comparing(Claim::shareOfTarget).reversed().thenComparing(Claim::id)).toList();
			if (shared.isEmpty()) {
				continue;
			}
			Claim first = shared.get(0);
			double sum = shared.stream().mapToDouble(Claim::shareOfTarget).sum();
			String whole = whole(first);
			if (sum > 1 + TOLERANCE) {
				findings.add(new Finding(FindingKind.SHARES_EXCEED_TOTAL, Severity.ERROR, first.toId(),
						"The known shares of " + whole + " add up to " + Figures.number(sum) + ", more than 1: "
								+ shareList(shared) + ".",
						shared, List.of(), sum, 1.0, sum));
				continue;
			}
			if (first.kind() != RelationKind.FUNDS || Math.abs(sum - 1) > TOLERANCE) {
				continue;
			}
			List<Claim> unshared = group.stream().filter(c -> c.shareOfTarget() == null)
				.filter(c -> !isChannel(c, group)).sorted(Comparator.comparing(Claim::id)).toList();
			if (!unshared.isEmpty()) {
				List<Claim> involved = new ArrayList<>(shared);
				involved.addAll(unshared);
				findings.add(new Finding(FindingKind.SHARES_EXCEED_TOTAL, Severity.WARNING, first.toId(),
						"The known shares of " + whole + " already add up to 1 (" + shareList(shared) + "), yet "
								+ unshared.stream().map(c -> this.names.apply(c.fromId()))
									.collect(Collectors.joining(", "))
								+ " also fund" + (unshared.size() == 1 ? "s" : "") + " it with no share: the shares"
								+ " exceed 1 unless that funding is nil.",
						involved, List.of(), sum, 1.0, null));
			}
		}
		return findings;
	}

	/** A funder owned by another funder of the same target passes that funder's money on: not an extra part. */
	private boolean isChannel(Claim funding, List<Claim> group) {
		Set<String> funders = group.stream().map(Claim::fromId).collect(Collectors.toSet());
		return this.claims.stream().anyMatch(c -> c.kind() == RelationKind.OWNS && c.toId().equals(funding.fromId())
				&& funders.contains(c.fromId()));
	}

	/** Flows of funding into a target that add up to more than its declared or announced size. */
	private List<Finding> fundingBeyondSize() {
		List<Finding> findings = new ArrayList<>();
		Map<String, List<Claim>> flows = new LinkedHashMap<>();
		Map<String, List<Claim>> sizes = new HashMap<>();
		for (Claim c : this.claims) {
			if (c.kind() == RelationKind.FUNDS && c.flowAmountUsd() != null) {
				flows.computeIfAbsent(c.toId(), k -> new ArrayList<>()).add(c);
			}
			if (c.amountKind() == AmountKind.SIZE && c.amountUsd() != null) {
				sizes.computeIfAbsent(c.toId(), k -> new ArrayList<>()).add(c);
			}
		}
		flows.forEach((target, funding) -> {
			double total = funding.stream().mapToDouble(Claim::amountUsd).sum();
			Entity entity = this.entities.get(target);
			Double budget = entity != null && entity.properties().get("budgetUsd") instanceof Number n
					? n.doubleValue() : null;
			List<Claim> sized = sizes.getOrDefault(target, List.of());
			Double size = budget != null ? budget
					: sized.stream().map(Claim::amountUsd).min(Double::compare).orElse(null);
			if (size != null && total > size * (1 + TOLERANCE)) {
				List<Claim> involved = new ArrayList<>(funding);
				involved.addAll(sized);
				findings.add(new Finding(FindingKind.PARTS_EXCEED_WHOLE, Severity.ERROR, target,
						"The funding flows into " + this.names.apply(target) + " add up to " + Figures.usd(total)
								+ ", more than its " + (budget != null ? "declared budget" : "announced size")
								+ " of " + Figures.usd(size) + ".",
						involved, List.of(), total, size, total / size));
			}
		});
		return findings;
	}

	/**
	 * A dataset whose every publishing claim from a source is still planned, while the same source reports the data
	 * as already used.
	 */
	private List<Finding> dataUsedBeforePublished() {
		List<Finding> findings = new ArrayList<>();
		Map<String, List<Claim>> publishing = new HashMap<>();
		this.claims.stream().filter(c -> c.kind() == RelationKind.PUBLISHES)
			.forEach(c -> publishing.computeIfAbsent(c.toId(), k -> new ArrayList<>()).add(c));
		for (Claim use : this.claims) {
			if (use.kind() != RelationKind.ACCESSES_DATA || use.status() != ClaimStatus.REPORTED) {
				continue;
			}
			List<Claim> planned = publishing.getOrDefault(use.toId(), List.of()).stream()
				.filter(p -> p.sourceIds().stream().anyMatch(use.sourceIds()::contains)).toList();
			if (planned.isEmpty() || !planned.stream().allMatch(p -> p.status() == ClaimStatus.PLANNED)) {
				continue;
			}
			Claim publication = planned.get(0);
			String from = publication.validFrom() == null ? "" : " from " + publication.validFrom();
			List<Claim> involved = new ArrayList<>(List.of(use));
			involved.addAll(planned);
			findings.add(new Finding(FindingKind.USED_BEFORE_AVAILABLE, Severity.ERROR, use.fromId(),
					this.names.apply(use.fromId()) + " is reported as already drawing on " + this.names.apply(use.toId())
							+ ", which the same source says " + this.names.apply(publication.fromId())
							+ " only plans to publish" + from + " (" + publication.id() + ").",
					involved, List.of(), null, null, null));
		}
		return findings;
	}

	private String whole(Claim claim) {
		String target = this.names.apply(claim.toId());
		return switch (claim.kind()) {
			case FUNDS -> MeasureChecks.possessive(target) + " funding";
			case OWNS -> "the ownership of " + target;
			default -> "the membership of " + target;
		};
	}

	private String shareList(List<Claim> shared) {
		return shared.stream().map(c -> this.names.apply(c.fromId()) + " " + Figures.percent(c.shareOfTarget()))
			.collect(Collectors.joining(", "));
	}

}
