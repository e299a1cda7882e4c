package org.ecograph.analysis.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Ids;
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
	 * @throws InvalidArgumentException naming every unknown entity or claim id, a hypothetical entity whose id is
	 * malformed, taken or given twice, whose kind is not its id's or whose name is blank, a hypothetical claim at a
	 * removed entity or joining an entity to itself, and every figure out of range
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
		addEntities(g, input.addEntities(), overlay, problems);
		int n = 0;
		for (ScenarioInput.HypotheticalClaim h : input.addClaims()) {
			n++;
			int from = overlay.node(h.from());
			int to = overlay.node(h.to());
			String which = "addClaims[" + (n - 1) + "]";
			if (h.kind() == null) {
				problems.add(which + " has no kind");
			}
			if (from < 0 || to < 0) {
				problems.add(which + " joins " + (from < 0 ? h.from() : h.to())
						+ ", which is not an entity of the graph (a hypothetical relation joins two entities of the graph or"
						+ " of addEntities)");
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

	/** Checks each hypothetical entity and adds those that pass (all, or the scenario is refused anyway). */
	private static void addEntities(ClaimProjection g, List<ScenarioInput.HypotheticalEntity> entities,
			OverlaidProjection.Builder overlay, List<String> problems) {
		Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < entities.size(); i++) {
			ScenarioInput.HypotheticalEntity e = entities.get(i);
			String which = "addEntities[" + i + "]";
			java.util.Optional<String> malformed = Ids.problem(Ids.Shape.ENTITY, which + ".id", e.id());
			if (e.id() == null) {
				problems.add(which + " has no id: give <kind>:<slug>, e.g. company:new-supplier");
				continue;
			}
			if (malformed.isPresent()) {
				problems.add(malformed.get());
				continue;
			}
			EntityKind kind = kindOf(e.id());
			if (g.node(e.id()) >= 0) {
				problems.add(which + ".id " + e.id() + " is already an entity of the graph: a hypothetical entity"
						+ " takes an id no entity has (to change an existing entity's relations, remove or cap them,"
						+ " or add relations to it)");
			}
			else if (!seen.add(e.id())) {
				problems.add(which + ".id " + e.id() + " is given twice in addEntities");
			}
			if (e.kind() != null && e.kind() != kind) {
				problems.add(which + ".kind " + e.kind() + " is not the kind of its id " + e.id() + " (" + kind
						+ "): give kind " + kind + " or leave it out, or an id with the prefix " + e.kind().idPrefix()
						+ ":");
			}
			if (e.name() == null || e.name().isBlank()) {
				problems.add(which + " (" + e.id() + ") has no name: give the name answers show");
			}
			if (problems.isEmpty()) {
				overlay.addEntity(e.id(), e.name().strip(), kind);
			}
		}
	}

	/** The kind an entity id's prefix names (the id has the shape {@link Ids.Shape#ENTITY}). */
	private static EntityKind kindOf(String id) {
		String prefix = id.substring(0, id.indexOf(':'));
		for (EntityKind kind : EntityKind.values()) {
			if (kind.idPrefix().equals(prefix)) {
				return kind;
			}
		}
		throw new IllegalStateException("an entity id's prefix names a kind: " + id);
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
