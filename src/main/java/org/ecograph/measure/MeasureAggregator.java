package org.ecograph.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.Measure;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.Unit;

/**
 * Adds up the figures of one metric per group key (states or program) and dimension. Never splits a figure: one
 * given for several states together is a figure of the group of all of them. Never counts a part beside its whole:
 * a figure whose {@code partOf} whole is in the same group is listed but not added. A total is exact only when every
 * figure added is; with a lower bound among them it is a lower bound, with an upper bound an upper bound, and with
 * both or with an approximation it is approximate and says why.
 */
public final class MeasureAggregator {

	/**
	 * A figure with the ids of its group key.
	 *
	 * @param measure the figure
	 * @param keyIds the states or program it belongs to; empty for none
	 */
	public record Keyed(Measure measure, List<String> keyIds) {

		public Keyed {
			keyIds = List.copyOf(new TreeSet<>(keyIds));
		}

	}

	private static final Comparator<Measure> LARGEST_FIRST = Comparator
		.comparingDouble((Measure m) -> m.value() * m.unit().toBase())
		.reversed()
		.thenComparing(Measure::id);

	private MeasureAggregator() {
	}

	/**
	 * The summary of {@code metric}'s figures.
	 * @param entities resolves the id of every key entity
	 */
	public static MeasureSummary summarize(String metric, MeasureGrouping grouping, List<Keyed> figures,
			Function<String, Entity> entities) {
		Map<GroupId, List<Measure>> groups = new LinkedHashMap<>();
		for (Keyed keyed : figures) {
			GroupId id = new GroupId(keyed.keyIds(), keyed.measure().unit().dimension());
			groups.computeIfAbsent(id, k -> new ArrayList<>()).add(keyed.measure());
		}
		List<MeasureGroup> result = groups.entrySet()
			.stream()
			.map(e -> group(e.getKey(), e.getValue(), entities))
			.sorted(Comparator.comparing((MeasureGroup g) -> g.total() == null ? Double.NEGATIVE_INFINITY
					: g.total() * g.unit().toBase())
				.reversed()
				.thenComparing(g -> g.key().stream().map(Entity::name).collect(Collectors.joining(", "))))
			.toList();
		return new MeasureSummary(metric, grouping, result, null);
	}

	private static MeasureGroup group(GroupId id, List<Measure> measures, Function<String, Entity> entities) {
		List<Measure> sorted = measures.stream().sorted(LARGEST_FIRST).toList();
		Set<String> inGroup = sorted.stream().map(Measure::id).collect(Collectors.toSet());
		List<Measure> counted = sorted.stream().filter(m -> m.partOfId() == null || !inGroup.contains(m.partOfId()))
			.toList();
		List<Entity> key = id.keyIds().stream().map(entities).filter(Objects::nonNull)
			.sorted(Comparator.comparing(Entity::name)).toList();
		Set<Unit> units = counted.stream().map(Measure::unit).collect(Collectors.toSet());
		Unit unit = units.size() == 1 ? units.iterator().next() : base(id.dimension(), counted.get(0).unit());
		List<String> notes = new ArrayList<>();
		Double total = null;
		Double totalTo = null;
		if (unit.additive()) {
			total = counted.stream().mapToDouble(m -> m.value() * m.unit().toBase() / unit.toBase()).sum();
			if (counted.stream().anyMatch(m -> m.valueTo() != null)) {
				totalTo = counted.stream().mapToDouble(m -> m.upper() * m.unit().toBase() / unit.toBase()).sum();
			}
		}
		else {
			notes.add(unit.name() + " figures are points in time and are not added up.");
		}
		MeasureBound bound = bound(counted, notes);
		List<ClaimStatus> statuses = sorted.stream().map(Measure::status).filter(Objects::nonNull).distinct()
			.sorted().toList();
		if (statuses.size() > 1) {
			notes.add("The total mixes figures of status " + statuses.stream().map(Enum::name)
				.collect(Collectors.joining(", ")) + ".");
		}
		sorted.stream().filter(m -> m.partOfId() != null && inGroup.contains(m.partOfId()))
			.forEach(m -> notes.add(m.figure() + " (" + m.id() + ") is part of " + m.partOfId()
					+ " and is counted in it, not again."));
		sorted.stream().filter(m -> m.partOfId() != null && !inGroup.contains(m.partOfId()))
			.forEach(m -> notes.add(m.figure() + " (" + m.id() + ") is part of " + m.partOfId()
					+ ", which belongs to another group."));
		if (sorted.stream().anyMatch(Measure::inferred)) {
			notes.add("Includes inferred figures: "
					+ sorted.stream().filter(Measure::inferred).map(Measure::id).collect(Collectors.joining(", "))
					+ ".");
		}
		return new MeasureGroup(key, unit, total, totalTo, bound, statuses, sorted, counted,
				notes.isEmpty() ? null : String.join(" ", notes));
	}

	/** The bound of a sum: exact if all are, else the one kind of bound they share, else approximate. */
	private static MeasureBound bound(List<Measure> counted, List<String> notes) {
		Set<MeasureBound> bounds = counted.stream().map(Measure::bound).collect(Collectors.toSet());
		bounds.remove(MeasureBound.EXACT);
		if (bounds.isEmpty()) {
			return MeasureBound.EXACT;
		}
		if (bounds.size() == 1) {
			return bounds.iterator().next();
		}
		if (bounds.contains(MeasureBound.AT_LEAST) && bounds.contains(MeasureBound.AT_MOST)) {
			notes.add("The total adds lower and upper bounds, so it bounds nothing: read it as a rough size.");
		}
		return MeasureBound.APPROXIMATE;
	}

	/** The base unit of a dimension, or {@code fallback} when the dimension has no unit with factor 1. */
	private static Unit base(Unit.Dimension dimension, Unit fallback) {
		for (Unit unit : Unit.values()) {
			if (unit.dimension() == dimension && unit.toBase() == 1) {
				return unit;
			}
		}
		return fallback;
	}

	private record GroupId(List<String> keyIds, Unit.Dimension dimension) {
	}

}
