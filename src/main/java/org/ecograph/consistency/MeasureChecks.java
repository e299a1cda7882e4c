package org.ecograph.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ecograph.model.Measure;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.Unit;

/** The checks over measures: shares of one total, figures of one quantity, energy against capacity, parts of wholes. */
final class MeasureChecks {

	/** A ratio at least this far from 1, close to a power of ten, is read as a slip of unit or magnitude. */
	static final double UNIT_ERROR_RATIO = 1000;

	private static final double TOLERANCE = ClaimChecks.TOLERANCE;

	/** How far a part may exceed an approximate whole ("about 7 GW") before it is reported. */
	private static final double APPROXIMATE_TOLERANCE = 0.1;

	private final List<Measure> measures;

	private final Map<String, Measure> byId;

	private final Function<String, String> names;

	MeasureChecks(List<Measure> measures, Function<String, String> names) {
		this.measures = measures;
		this.byId = measures.stream().collect(Collectors.toMap(Measure::id, m -> m, (a, b) -> a));
		this.names = names;
	}

	List<Finding> all() {
		List<Finding> findings = new ArrayList<>();
		findings.addAll(sharesOfOneTotal());
		findings.addAll(figuresOfOneQuantity());
		findings.addAll(energyAgainstCapacity());
		findings.addAll(partsOfWholes());
		return findings;
	}

	/** Percentages of one metric relative to one entity, with one status and period, are shares of one total. */
	private List<Finding> sharesOfOneTotal() {
		List<Finding> findings = new ArrayList<>();
		groups(this.measures.stream().filter(m -> m.unit() == Unit.PERCENT && m.relativeToId() != null).toList(),
				m -> List.of(m.metric(), m.relativeToId(), String.valueOf(m.status()), String.valueOf(m.period())))
			.forEach(group -> {
				double sum = group.stream().mapToDouble(Measure::value).sum();
				if (group.size() > 1 && sum > 100 * (1 + TOLERANCE)) {
					Measure first = group.get(0);
					findings.add(new Finding(FindingKind.SHARES_EXCEED_TOTAL, Severity.ERROR, first.relativeToId(),
							"The " + first.metric() + " figures relative to " + this.names.apply(first.relativeToId())
									+ " add up to " + Unit.PERCENT.format(sum) + ", more than 100%: " + list(group) + ".",
							List.of(), group, sum, 100.0, sum / 100));
				}
			});
		return findings;
	}

	/** Figures of one subject, metric, period, status, scope and places that differ. */
	private List<Finding> figuresOfOneQuantity() {
		List<Finding> findings = new ArrayList<>();
		groups(this.measures, m -> List.of(m.subjectId(), m.metric(), String.valueOf(m.relativeToId()),
				String.valueOf(m.period()), String.valueOf(m.status()), String.valueOf(m.scope()),
				m.placeIds().stream().sorted().collect(Collectors.joining(",")), m.unit().dimension().name()))
			.forEach(group -> {
				List<String> figures = group.stream().map(MeasureChecks::normalised).distinct().toList();
				if (figures.size() < 2) {
					return;
				}
				Measure low = group.stream().min(Comparator.comparingDouble(MeasureChecks::base)).orElseThrow();
				Measure high = group.stream().max(Comparator.comparingDouble(MeasureChecks::base)).orElseThrow();
				double ratio = base(low) == 0 ? Double.POSITIVE_INFINITY : base(high) / base(low);
				String quantity = possessive(this.names.apply(low.subjectId())) + " " + low.metric()
						+ (low.period() == null ? "" : " (" + low.period() + ")");
				if (ratio >= UNIT_ERROR_RATIO && Double.isFinite(ratio)) {
					findings.add(new Finding(FindingKind.UNIT_ERROR, Severity.ERROR, low.subjectId(), "Two figures of "
							+ quantity + " differ by a factor of about " + powerOfTen(ratio) + ": " + list(group)
							+ ". One of them has a slip of unit or magnitude.", List.of(), group, base(high),
							base(low), ratio));
					return;
				}
				findings.add(new Finding(FindingKind.CONTRADICTING_FIGURES, Severity.ERROR, low.subjectId(),
						"The figures of " + quantity + " disagree: " + list(group) + ".", List.of(), group, null, null,
						null));
			});
		return findings;
	}

	/** A yearly energy figure can be at most what the subject's largest capacity draws running all year. */
	private List<Finding> energyAgainstCapacity() {
		List<Finding> findings = new ArrayList<>();
		Map<String, List<Measure>> bySubject = new LinkedHashMap<>();
		this.measures.forEach(m -> bySubject.computeIfAbsent(m.subjectId(), k -> new ArrayList<>()).add(m));
		bySubject.forEach((subject, figures) -> {
			Measure capacity = figures.stream().filter(m -> m.unit().dimension() == Unit.Dimension.POWER)
				.max(Comparator.comparingDouble(m -> m.upper() * m.unit().toBase())).orElse(null);
			if (capacity == null) {
				return;
			}
			double limit = capacity.upper() * capacity.unit().toBase() * Unit.HOURS_PER_YEAR;
			figures.stream().filter(m -> m.unit().dimension() == Unit.Dimension.ENERGY_PER_YEAR).forEach(energy -> {
				double found = energy.value() * energy.unit().toBase();
				double ratio = found / limit;
				String what = possessive(this.names.apply(subject)) + " " + energy.metric() + " of " + energy.figure()
						+ " (" + energy.id() + ")";
				String cap = capacity.figure() + " (" + capacity.id() + ") draws " + Unit.GWH_PER_YEAR.format(limit)
						+ " running all 8760 hours of a year";
				if (ratio >= UNIT_ERROR_RATIO) {
					findings.add(new Finding(FindingKind.UNIT_ERROR, Severity.ERROR, subject, capitalised(what)
							+ " is " + powerOfTen(ratio) + " times the most it can be: " + cap
							+ ". The figure has a slip of unit or magnitude (such as 万亿 written for 万).",
							List.of(), List.of(energy, capacity), found, limit, ratio));
				}
				else if (ratio > 1 + TOLERANCE) {
					findings.add(new Finding(FindingKind.CONTRADICTING_FIGURES, Severity.ERROR, subject, capitalised(what)
							+ " is more than the most it can be: " + cap + ".", List.of(), List.of(energy, capacity),
							found, limit, ratio));
				}
				else if (ratio >= 1 - TOLERANCE) {
					findings.add(new Finding(FindingKind.FULL_LOAD_ASSUMED, Severity.WARNING, subject, capitalised(what)
							+ " is all that " + cap + ": it assumes full load all year without a pause.",
							List.of(), List.of(energy, capacity), found, limit, ratio));
				}
			});
		});
		return findings;
	}

	/** The parts ({@code partOf}) of a measure add up to no more than it. */
	private List<Finding> partsOfWholes() {
		List<Finding> findings = new ArrayList<>();
		Map<String, List<Measure>> parts = new LinkedHashMap<>();
		this.measures.stream().filter(m -> m.partOfId() != null && this.byId.containsKey(m.partOfId()))
			.forEach(m -> parts.computeIfAbsent(m.partOfId(), k -> new ArrayList<>()).add(m));
		parts.forEach((wholeId, list) -> {
			Measure whole = this.byId.get(wholeId);
			if (whole.bound() == MeasureBound.AT_LEAST || !whole.unit().additive()) {
				return;
			}
			double sum = list.stream().mapToDouble(m -> m.value() * m.unit().toBase() / whole.unit().toBase()).sum();
			double slack = whole.bound() == MeasureBound.APPROXIMATE ? APPROXIMATE_TOLERANCE : TOLERANCE;
			if (sum > whole.upper() * (1 + slack)) {
				List<Measure> involved = new ArrayList<>(list);
				involved.add(whole);
				findings.add(new Finding(FindingKind.PARTS_EXCEED_WHOLE, Severity.ERROR, whole.subjectId(), "The parts of "
						+ possessive(this.names.apply(whole.subjectId())) + " " + whole.metric() + " of " + whole.figure() + " ("
						+ whole.id() + ") add up to " + whole.unit().format(sum) + ": " + list(list) + ".", List.of(),
						involved, sum, whole.upper(), sum / whole.upper()));
			}
		});
		return findings;
	}

	private static List<List<Measure>> groups(List<Measure> measures, Function<Measure, List<String>> key) {
		Map<List<String>, List<Measure>> groups = new LinkedHashMap<>();
		measures.stream().sorted(Comparator.comparing(Measure::id))
			.forEach(m -> groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
		return List.copyOf(groups.values());
	}

	/** The figure as a comparable text: bound, value and upper end in the base unit of its dimension. */
	private static String normalised(Measure m) {
		return m.bound() + " " + base(m) + " " + m.upper() * m.unit().toBase();
	}

	private static double base(Measure m) {
		return m.value() * m.unit().toBase();
	}

	private static String list(List<Measure> measures) {
		return measures.stream().filter(Objects::nonNull).map(m -> m.figure() + " (" + m.id() + ")")
			.collect(Collectors.joining(", "));
	}

	/** "Stargate's", "United States'". */
	static String possessive(String name) {
		return name.endsWith("s") ? name + "'" : name + "'s";
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** "10^8" for a ratio near 10^8. */
	private static String powerOfTen(double ratio) {
		return "10^" + Math.round(Math.log10(ratio));
	}

}
