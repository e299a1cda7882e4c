package org.ecograph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one policy that resolves a claim's figures from its assertions, counts its corroboration and tells whether
 * its sources conflict (docs/data-model.md, "Assertions"). Only live assertions (not superseded) take part.
 * <ul>
 * <li><b>Resolution</b>: the winner is a live assertion of the best rank ({@link Rank#PREFERRED} before
 * {@link Rank#NORMAL} before {@link Rank#DEPRECATED}: a deprecated one wins only when every live one is), and among
 * those the most recently recorded, except that a statement agreeing within the tolerances with the one it follows
 * corroborates it rather than replacing it: walking them from the oldest recorded (an assertion recorded before the
 * record was kept first; ties by id), each replaces the current winner only when it conflicts with it or cannot be
 * compared with it ({@link #compare}). The model has no source tier yet, so that step of the policy is
 * skipped. Every figure comes from the winner as a whole, never a figure from one source and a share from
 * another.</li>
 * <li><b>Corroboration</b>: the number of distinct origins ({@link Assertion#origin()}) among the live assertions
 * that are not deprecated: two reports quoting one party are one origin.</li>
 * <li><b>Conflict</b>, among the live assertions that are not deprecated: {@link Conflict#INCOMPARABLE} when two
 * state amounts of different kinds or different validity periods; {@link Conflict#CONFLICT} when two amounts differ by
 * more than {@link #AMOUNT_TOLERANCE} of the larger, or two shares by more than {@link #SHARE_TOLERANCE};
 * {@link Conflict#WITHIN_TOLERANCE} when some figure differs within them; else {@link Conflict#NONE}. A figure one
 * assertion states and another leaves out is not a disagreement.</li>
 * </ul>
 */
public final class AssertionPolicy {

	/** Two amounts agree when they differ by at most this part of the larger (0.10: 10 %). */
	public static final double AMOUNT_TOLERANCE = 0.10;

	/** Two shares agree when they differ by at most this much (absolute, on the 0..1 scale). */
	public static final double SHARE_TOLERANCE = 0.05;

	/** The figures the resolution copies from the winner onto the claim relationship. */
	public static final List<String> RESOLVED_FIGURES = List.of("amountUsd", "amountKind", "amountBound",
			"shareOfSource", "shareOfTarget", "status", "validFrom", "validTo", "confidence");

	/** Best rank first, then the most recently recorded, then the greatest id. */
	private static final Comparator<Assertion> PRECEDENCE = Comparator
		.comparing((Assertion a) -> a.rank().ordinal())
		.thenComparing(Assertion::recordedAt, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Assertion::id, Comparator.nullsLast(Comparator.reverseOrder()));

	private AssertionPolicy() {
	}

	/** The assertion whose figures the claim carries; empty when none is live. */
	public static Optional<Assertion> winner(List<Assertion> assertions) {
		List<Assertion> live = assertions.stream().filter(Assertion::live).toList();
		int best = live.stream().mapToInt(a -> a.rank().ordinal()).min().orElse(-1);
		List<Assertion> oldestFirst = new ArrayList<>(live.stream().filter(a -> a.rank().ordinal() == best).toList());
		oldestFirst.sort(PRECEDENCE.reversed());
		Assertion winner = null;
		for (Assertion next : oldestFirst) {
			if (winner == null || compare(winner, next).compareTo(Conflict.CONFLICT) >= 0) {
				winner = next;
			}
		}
		return Optional.ofNullable(winner);
	}

	/** The {@link #RESOLVED_FIGURES} an assertion states, as stored (absent ones left out). */
	public static Map<String, Object> figures(Assertion a) {
		Map<String, Object> figures = new HashMap<>();
		figures.put("amountUsd", a.amountUsd());
		figures.put("amountKind", a.amountKind());
		figures.put("amountBound", a.amountBound() == null ? null : a.amountBound().name());
		figures.put("shareOfSource", a.shareOfSource());
		figures.put("shareOfTarget", a.shareOfTarget());
		figures.put("status", a.status() == null ? null : a.status().name());
		figures.put("validFrom", a.validFrom());
		figures.put("validTo", a.validTo());
		figures.put("confidence", a.confidence());
		figures.values().removeIf(java.util.Objects::isNull);
		return figures;
	}

	/** The live assertions, the winner first, then best rank first and the most recently recorded first. */
	public static List<Assertion> byPrecedence(List<Assertion> assertions) {
		Optional<Assertion> winner = winner(assertions);
		List<Assertion> ordered = new ArrayList<>();
		winner.ifPresent(ordered::add);
		assertions.stream()
			.filter(Assertion::live)
			.filter(a -> winner.isEmpty() || a != winner.get())
			.sorted(PRECEDENCE)
			.forEach(ordered::add);
		return ordered;
	}

	/** How many distinct origins state the claim (live, not deprecated). */
	public static int corroboration(List<Assertion> assertions) {
		return (int) counted(assertions).stream().map(Assertion::origin).distinct().count();
	}

	/** Whether the live, not deprecated, assertions agree. */
	public static Conflict conflict(List<Assertion> assertions) {
		List<Assertion> counted = counted(assertions);
		Conflict worst = Conflict.NONE;
		for (int i = 0; i < counted.size(); i++) {
			for (int j = i + 1; j < counted.size(); j++) {
				Conflict pair = compare(counted.get(i), counted.get(j));
				if (pair.ordinal() > worst.ordinal()) {
					worst = pair;
				}
			}
		}
		return worst;
	}

	/** How two assertions of one claim compare (the order of {@link Conflict} is from agreement to none possible). */
	public static Conflict compare(Assertion a, Assertion b) {
		if (a.amountUsd() != null && b.amountUsd() != null && (a.effectiveAmountKind() != b.effectiveAmountKind()
				|| !Objects.equals(a.validFrom(), b.validFrom()) || !Objects.equals(a.validTo(), b.validTo()))) {
			return Conflict.INCOMPARABLE;
		}
		Conflict amount = amounts(a.amountUsd(), b.amountUsd());
		Conflict source = shares(a.shareOfSource(), b.shareOfSource());
		Conflict target = shares(a.shareOfTarget(), b.shareOfTarget());
		return List.of(amount, source, target).stream().max(Comparator.naturalOrder()).orElse(Conflict.NONE);
	}

	private static Conflict amounts(Double a, Double b) {
		if (a == null || b == null || a.equals(b)) {
			return Conflict.NONE;
		}
		double larger = Math.max(Math.abs(a), Math.abs(b));
		return Math.abs(a - b) <= AMOUNT_TOLERANCE * larger ? Conflict.WITHIN_TOLERANCE : Conflict.CONFLICT;
	}

	private static Conflict shares(Double a, Double b) {
		if (a == null || b == null || a.equals(b)) {
			return Conflict.NONE;
		}
		return Math.abs(a - b) <= SHARE_TOLERANCE + 1e-12 ? Conflict.WITHIN_TOLERANCE : Conflict.CONFLICT;
	}

	private static List<Assertion> counted(List<Assertion> assertions) {
		List<Assertion> live = assertions.stream().filter(Assertion::live).toList();
		List<Assertion> kept = live.stream().filter(a -> a.rank() != Rank.DEPRECATED).toList();
		return kept.isEmpty() ? live : kept;
	}

}
