package org.ecograph.analysis.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.Figures;
import org.ecograph.model.RelationKind;

/**
 * Sums the incoming {@code FUNDS} claims of an entity and checks that their known shares add up: to 1 within
 * {@value #TOLERANCE}, that each amount is its share of the declared budget (or, without one, of the total of the
 * amounts when all are known), and that the amounts match the budget. Funders whose share or amount is unknown are
 * named in the note and left out of the checks they cannot take part in. Only flows count: an amount that is an
 * announced size, a valuation, an estimate or a target ({@link org.ecograph.model.AmountKind}) is left out of every
 * sum and check, and the note names it.
 */
public final class FundingAggregator {

	/** How far shares may be off before they are reported as inconsistent. */
	public static final double TOLERANCE = 0.005;

	/** The instrument of claims that name none. */
	public static final String UNSPECIFIED = "unspecified";

	private static final Comparator<FunderShare> LARGEST_FIRST = Comparator
		.comparing(FunderShare::amountUsd, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(FunderShare::share, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(f -> f.funder().id())
		.thenComparing(f -> f.relation().id());

	private FundingAggregator() {
	}

	/**
	 * The funding summary of {@code target} from its incoming funding claims (other claims are ignored).
	 * @param entities resolves the id of each funder
	 */
	public static FundingSummary summarize(Entity target, List<Claim> claims, Function<String, Entity> entities) {
		List<FunderShare> funders = claims.stream()
			.filter(c -> c.kind() == RelationKind.FUNDS && c.toId().equals(target.id()))
			.map(c -> new FunderShare(entities.apply(c.fromId()), c.flowAmountUsd(), c.shareOfTarget(), c.instrument(),
					c, c.amountKind()))
			.sorted(LARGEST_FIRST)
			.toList();
		Double totalUsd = sum(funders.stream().map(FunderShare::amountUsd).toList());
		Double sharesSum = sum(funders.stream().map(FunderShare::share).toList());
		List<String> problems = problems(target, funders, totalUsd, sharesSum);
		List<String> notes = new ArrayList<>(problems);
		notes.addAll(nonFlows(funders));
		notes.addAll(gaps(funders));
		return new FundingSummary(target, totalUsd, funders, byInstrument(funders), sharesSum, problems.isEmpty(),
				notes.isEmpty() ? null : String.join(" ", notes));
	}

	private static List<InstrumentTotal> byInstrument(List<FunderShare> funders) {
		Map<String, List<FunderShare>> groups = new TreeMap<>();
		funders.forEach(f -> groups.computeIfAbsent(f.instrument() == null ? UNSPECIFIED : f.instrument(),
				k -> new ArrayList<>()).add(f));
		return groups.entrySet().stream().map(e -> {
			List<FunderShare> group = e.getValue();
			Double amount = sum(group.stream().map(FunderShare::amountUsd).toList());
			boolean allShares = group.stream().allMatch(f -> f.share() != null);
			return new InstrumentTotal(e.getKey(), amount == null ? 0 : amount,
					allShares ? sum(group.stream().map(FunderShare::share).toList()) : null,
					group.stream().allMatch(f -> f.amountUsd() != null));
		})
			.sorted(Comparator.comparingDouble(InstrumentTotal::amountUsd)
				.reversed()
				.thenComparing(InstrumentTotal::instrument))
			.toList();
	}

	/** Contradictions among the figures: any makes the shares inconsistent. */
	private static List<String> problems(Entity target, List<FunderShare> funders, Double totalUsd,
			Double sharesSum) {
		List<String> problems = new ArrayList<>();
		if (funders.isEmpty()) {
			problems.add("No funding of " + target.name() + " is recorded.");
			return problems;
		}
		if (sharesSum == null) {
			problems.add("No funder's share is known.");
		}
		else if (Math.abs(sharesSum - 1) > TOLERANCE) {
			problems.add("The shares add up to " + Figures.number(sharesSum) + ", not 1.");
		}
		boolean allAmounts = funders.stream().allMatch(f -> f.amountUsd() != null);
		Double budget = budget(target);
		Double reference = budget != null ? budget : allAmounts ? totalUsd : null;
		String referenceName = budget != null ? "the declared budget" : "the total";
		if (reference != null && reference > 0) {
			for (FunderShare f : funders) {
				if (f.amountUsd() != null && f.share() != null
						&& Math.abs(f.amountUsd() / reference - f.share()) > TOLERANCE) {
					problems.add(f.funder().name() + "'s " + Figures.usd(f.amountUsd()) + " is "
							+ Figures.percent(f.amountUsd() / reference) + " of " + referenceName + " of "
							+ Figures.usd(reference) + ", but its share is " + Figures.percent(f.share()) + ".");
				}
			}
		}
		if (budget != null && totalUsd != null && (allAmounts ? Math.abs(totalUsd - budget) > TOLERANCE * budget
				: totalUsd > budget * (1 + TOLERANCE))) {
			problems.add("The amounts add up to " + Figures.usd(totalUsd) + ", but the declared budget is "
					+ Figures.usd(budget) + ".");
		}
		return problems;
	}

	/** Amounts that are not flows: stated on the claim, left out of the sums. */
	private static List<String> nonFlows(List<FunderShare> funders) {
		return funders.stream().filter(FunderShare::nonFlowAmount).map(f -> {
			Double stated = f.relation().amountUsd();
			String figure = stated == null ? "amount" : Figures.usd(stated);
			String kind = f.amountKind().describe();
			String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
			return "Not counted: " + f.funder().name() + "'s " + figure + " is " + article + kind
					+ ", not a flow of money (" + f.relation().id() + ").";
		}).toList();
	}

	/** Figures that are missing: they do not make the shares inconsistent, but the checks skip them. */
	private static List<String> gaps(List<FunderShare> funders) {
		List<String> gaps = new ArrayList<>();
		List<String> unknownShares = names(funders, f -> f.share() == null);
		if (!unknownShares.isEmpty() && unknownShares.size() < funders.size()) {
			gaps.add("Unknown share: " + String.join(", ", unknownShares) + "; the check covers the other funders.");
		}
		List<String> unknownAmounts = names(funders, f -> f.amountUsd() == null && !f.nonFlowAmount());
		if (!unknownAmounts.isEmpty()) {
			gaps.add("Unknown amount: " + String.join(", ", unknownAmounts) + "; totalUsd counts the other funders.");
		}
		return gaps;
	}

	/** The target's declared {@code budgetUsd}, when it has one. */
	static Double budget(Entity target) {
		return target.properties().get("budgetUsd") instanceof Number n ? n.doubleValue() : null;
	}

	private static List<String> names(List<FunderShare> funders, Predicate<FunderShare> predicate) {
		return funders.stream().filter(predicate).map(f -> f.funder().name()).distinct().toList();
	}

	private static Double sum(List<Double> values) {
		List<Double> known = values.stream().filter(Objects::nonNull).toList();
		return known.isEmpty() ? null : known.stream().mapToDouble(Double::doubleValue).sum();
	}

}
