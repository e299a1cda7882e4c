package org.ecograph.measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.data.GraphRead;
import org.ecograph.measure.MeasureRepository.Subjected;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Measure;
import org.springframework.stereotype.Service;

/**
 * Measures by subject, by id and by metric, and their summaries. Every lookup is one query whatever the number of
 * subjects, so a list of entities asking for their measures costs a fixed number of queries.
 */
@Service
@GraphRead
public class MeasureCatalog {

	private final MeasureRepository repository;

	private final EntityCatalog entities;

	private final RelationCatalog relations;

	MeasureCatalog(MeasureRepository repository, EntityCatalog entities, RelationCatalog relations) {
		this.repository = repository;
		this.entities = entities;
		this.relations = relations;
	}

	/**
	 * The measures of each subject (entity or claim id), ordered by metric then id; every id asked for has an entry.
	 * @param metric only this metric; {@code null} for all
	 * @param includeInferred whether inferred figures are kept
	 */
	public Map<String, List<Measure>> forSubjects(Collection<String> subjectIds, String metric,
			boolean includeInferred) {
		Map<String, List<Measure>> bySubject = new LinkedHashMap<>();
		subjectIds.forEach(id -> bySubject.put(id, new ArrayList<>()));
		if (subjectIds.isEmpty()) {
			return bySubject;
		}
		this.repository.forSubjects(subjectIds, metric, includeInferred)
			.forEach(m -> bySubject.computeIfAbsent(m.subjectId(), id -> new ArrayList<>()).add(m));
		return bySubject;
	}

	/** The measures with these ids, by id; unknown ids have no entry. */
	public Map<String, Measure> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findByIds(ids);
	}

	/** Every measure, for the consistency checks. */
	public List<Measure> all(boolean includeInferred) {
		return this.repository.all(includeInferred);
	}

	/** The metrics the graph holds, with how many figures each has and in which units. */
	public List<MetricInfo> metrics() {
		return this.repository.metrics();
	}

	/**
	 * The figures of {@code metric} grouped by state or program and added up. Three queries: the figures, the claims
	 * some of them are about (only when grouping by program), and the entities that key the groups.
	 * @param statuses only figures with one of these statuses; {@code null} or empty for all
	 */
	public MeasureSummary summary(String metric, MeasureGrouping grouping, Set<ClaimStatus> statuses,
			boolean includeInferred) {
		List<Subjected> rows = this.repository.ofMetric(metric,
				statuses == null || statuses.isEmpty() ? null : statuses.stream().map(Enum::name).sorted().toList(),
				includeInferred);
		if (rows.isEmpty()) {
			return new MeasureSummary(metric, grouping, List.of(), noFigureNote(metric));
		}
		Map<String, Claim> claims = grouping == MeasureGrouping.PROGRAM ? claimsOf(rows) : Map.of();
		Set<String> candidates = new LinkedHashSet<>();
		rows.forEach(r -> candidates.addAll(key(r, grouping, claim -> List.of(claim.toId(), claim.fromId()), claims)));
		Map<String, Entity> known = this.entities.findByIds(candidates);
		List<MeasureAggregator.Keyed> keyed = rows.stream()
			.map(r -> new MeasureAggregator.Keyed(r.measure(), key(r, grouping, claim -> program(claim, known), claims)))
			.toList();
		return MeasureAggregator.summarize(metric, grouping, keyed, known::get);
	}

	/**
	 * The ids of a figure's group key.
	 * @param ofClaim the key of a figure about a claim, when grouping by program
	 */
	private static List<String> key(Subjected row, MeasureGrouping grouping,
			Function<Claim, List<String>> ofClaim, Map<String, Claim> claims) {
		Measure m = row.measure();
		if (grouping == MeasureGrouping.STATE) {
			if (!m.placeIds().isEmpty()) {
				return m.placeIds();
			}
			return row.subjectKind() == EntityKind.STATE ? List.of(m.subjectId()) : List.of();
		}
		if (row.subjectKind() == EntityKind.PROGRAM) {
			return List.of(m.subjectId());
		}
		Claim claim = claims.get(m.subjectId());
		return claim == null ? List.of() : ofClaim.apply(claim);
	}

	/** The program a claim is about: its target if that is a program, else its source if that is. */
	private static List<String> program(Claim claim, Map<String, Entity> entities) {
		for (String end : List.of(claim.toId(), claim.fromId())) {
			Entity entity = entities.get(end);
			if (entity != null && entity.kind() == EntityKind.PROGRAM) {
				return List.of(end);
			}
		}
		return List.of();
	}

	/** The claims the figures without an entity subject are about, through the claim-id indexes. */
	private Map<String, Claim> claimsOf(List<Subjected> rows) {
		List<String> claimIds = rows.stream().filter(r -> r.subjectKind() == null).map(r -> r.measure().subjectId())
			.distinct().toList();
		return claimIds.isEmpty() ? Map.of() : this.relations.findByIds(claimIds);
	}

	private String noFigureNote(String metric) {
		List<String> known = metrics().stream().map(MetricInfo::metric).toList();
		if (known.contains(metric)) {
			return "No figure of the metric '" + metric + "' passes the filters (status, includeInferred).";
		}
		return "No measure has the metric '" + metric + "'"
				+ (known.isEmpty() ? "." : "; known metrics: " + String.join(", ", known) + ".");
	}

}
