package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.model.InvalidArgumentException;

/**
 * A {@link ScenarioInput} laid over a snapshot as an {@link OverlaidProjection}: every id checked against the
 * snapshot first, and every unknown one named in one error.
 */
public final class Scenarios {

	private Scenarios() {
	}

	/**
	 * The overlay of {@code input} on {@code g}.
	 * @throws InvalidArgumentException naming every unknown entity or claim id, a hypothetical claim at a removed
	 * entity or joining an entity to itself, and every figure out of range
	 */
	public static OverlaidProjection overlay(ClaimProjection g, ScenarioInput input) {
		List<String> problems = new ArrayList<>();
		OverlaidProjection.Builder overlay = OverlaidProjection.over(g);
		Set<String> removedEntities = new LinkedHashSet<>(input.removeEntities());
		List<String> unknownEntities = new ArrayList<>();
		for (String id : removedEntities) {
			int v = g.node(id);
			if (v < 0) {
				unknownEntities.add(id);
			}
			else {
				overlay.removeEntity(v);
			}
		}
		Set<String> claimIds = new LinkedHashSet<>(input.removeClaims());
		input.capClaims().forEach(cap -> claimIds.add(cap.relation()));
		Map<String, Integer> claims = claimIds.isEmpty() ? Map.of() : overlay.claimIndexes(claimIds);
		List<String> unknownClaims = claimIds.stream().filter(id -> !claims.containsKey(id)).toList();
		if (!unknownEntities.isEmpty()) {
			problems.add("unknown entities " + unknownEntities + " (removeEntities names entities of the graph)");
		}
		if (!unknownClaims.isEmpty()) {
			problems.add("unknown relations " + unknownClaims
					+ " (removeClaims and capClaims name relations of the graph by id)");
		}
		for (String id : input.removeClaims()) {
			if (claims.containsKey(id)) {
				overlay.removeClaim(claims.get(id));
			}
		}
		for (ScenarioInput.ClaimCap cap : input.capClaims()) {
			checkCap(cap, problems);
			Integer c = claims.get(cap.relation());
			if (c != null) {
				overlay.patch(c, cap.share(g.shareOfSource(c)), cap.share(g.shareOfTarget(c)),
						cap.amount(g.amountUsd(c)));
			}
		}
		int n = 0;
		for (ScenarioInput.HypotheticalClaim h : input.addClaims()) {
			n++;
			int from = g.node(h.from());
			int to = g.node(h.to());
			String which = "addClaims[" + (n - 1) + "]";
			if (h.kind() == null) {
				problems.add(which + " has no kind");
			}
			if (from < 0 || to < 0) {
				problems.add(which + " joins " + (from < 0 ? h.from() : h.to())
						+ ", which is not an entity of the graph (a hypothetical relation joins two existing entities)");
			}
			else if (removedEntities.contains(h.from()) || removedEntities.contains(h.to())) {
				problems.add(which + " joins " + (removedEntities.contains(h.from()) ? h.from() : h.to())
						+ ", which the scenario removes");
			}
			else if (from == to) {
				problems.add(which + " joins " + h.from() + " to itself; a relation joins two different entities");
			}
			fraction(which + ".shareOfSource", h.shareOfSource(), problems);
			fraction(which + ".shareOfTarget", h.shareOfTarget(), problems);
			fraction(which + ".confidence", h.confidence(), problems);
			if (h.amountUsd() != null && !(h.amountUsd() >= 0)) {
				problems.add(which + ".amountUsd " + h.amountUsd() + " is out of range: allowed 0 or more");
			}
			if (problems.isEmpty()) {
				overlay.add(h.kind(), from, to, nan(h.shareOfSource()), nan(h.shareOfTarget()), nan(h.amountUsd()),
						nan(h.confidence()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidArgumentException("scenario: " + String.join("; ", problems));
		}
		return overlay.build();
	}

	private static void checkCap(ScenarioInput.ClaimCap cap, List<String> problems) {
		String which = "capClaims " + cap.relation();
		if (cap.maxShare() == null && cap.maxAmountUsd() == null && cap.scale() == null) {
			problems.add(which + " sets none of maxShare, maxAmountUsd, scale: give at least one");
		}
		fraction(which + ": maxShare", cap.maxShare(), problems);
		fraction(which + ": scale", cap.scale(), problems);
		if (cap.maxAmountUsd() != null && !(cap.maxAmountUsd() >= 0)) {
			problems.add(which + ": maxAmountUsd " + cap.maxAmountUsd() + " is out of range: allowed 0 or more");
		}
	}

	private static void fraction(String what, Double v, List<String> problems) {
		if (v != null && !(v >= 0 && v <= 1)) {
			problems.add(what + " " + v + " is out of range: allowed 0..1");
		}
	}

	private static double nan(Double v) {
		return v == null ? Double.NaN : v;
	}

}
