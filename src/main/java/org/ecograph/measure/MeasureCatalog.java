package org.ecograph.measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ecograph.catalog.EntityCatalog;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.GraphMapping;
import org.ecograph.model.Measure;
import org.ecograph.model.Unit;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures by subject, by id and by metric, and their summaries. Every lookup is one query whatever the number of
 * subjects, so a list of entities asking for their measures costs a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class MeasureCatalog {

	private static final String INFERRED_FILTER = "($includeInferred OR m.inferred IS NULL OR m.inferred = false)";

	private static final String BY_SUBJECTS = """
			UNWIND $subjects AS subject
			MATCH (m:Measure {subject: subject})
			WHERE ($metric IS NULL OR m.metric = $metric) AND %s
			RETURN m ORDER BY m.metric, m.id""".formatted(INFERRED_FILTER);

	private static final String BY_METRIC = """
			MATCH (m:Measure {metric: $metric})
			WHERE ($statuses IS NULL OR m.status IN $statuses) AND %s
			OPTIONAL MATCH (e:Entity {id: m.subject})
			RETURN m, [l IN labels(e) WHERE l <> 'Entity'][0] AS subjectLabel
			ORDER BY m.id""".formatted(INFERRED_FILTER);

	// One pass over the relationships for all claim subjects, not one per measure: no index spans relationship types.
	private static final String CLAIM_PROGRAMS = """
			MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IN $ids
			RETURN r.id AS id, CASE WHEN b:Program THEN b.id WHEN a:Program THEN a.id END AS program""";

	private static final String METRICS = """
			MATCH (m:Measure)
			RETURN m.metric AS metric, count(*) AS count, collect(DISTINCT m.unit) AS units
			ORDER BY metric""";

	private final Neo4jClient neo4j;

	private final EntityCatalog entities;

	MeasureCatalog(Neo4jClient neo4j, EntityCatalog entities) {
		this.neo4j = neo4j;
		this.entities = entities;
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
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("subjects", List.copyOf(Set.copyOf(subjectIds)));
		parameters.put("metric", metric);
		parameters.put("includeInferred", includeInferred);
		this.neo4j.query(BY_SUBJECTS)
			.bindAll(parameters)
			.fetchAs(Measure.class)
			.mappedBy((types, row) -> GraphMapping.measure(row.get("m").asNode()))
			.all()
			.forEach(m -> bySubject.computeIfAbsent(m.subjectId(), id -> new ArrayList<>()).add(m));
		return bySubject;
	}

	/** The measures with these ids, by id; unknown ids have no entry. */
	public Map<String, Measure> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.neo4j.query("UNWIND $ids AS id MATCH (m:Measure {id: id}) RETURN m")
			.bind(List.copyOf(Set.copyOf(ids)))
			.to("ids")
			.fetchAs(Measure.class)
			.mappedBy((types, row) -> GraphMapping.measure(row.get("m").asNode()))
			.all()
			.stream()
			.collect(Collectors.toMap(Measure::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * The claims with these ids (the subjects of claim measures), by id; retracted claims too, since a figure stays
	 * about its claim. One pass over the relationships: no index spans relationship types.
	 */
	public Map<String, Claim> claimsByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.neo4j.query("MATCH (:Entity)-[r]->(:Entity) WHERE r.id IN $ids RETURN "
				+ GraphMapping.CLAIM_PROJECTION + " AS claim")
			.bind(List.copyOf(Set.copyOf(ids)))
			.to("ids")
			.fetchAs(Claim.class)
			.mappedBy((types, row) -> GraphMapping.claim(row.get("claim")))
			.all()
			.stream()
			.collect(Collectors.toMap(Claim::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** Every measure, for the consistency checks. */
	public List<Measure> all(boolean includeInferred) {
		return List.copyOf(this.neo4j.query("MATCH (m:Measure) WHERE " + INFERRED_FILTER + " RETURN m ORDER BY m.id")
			.bind(includeInferred)
			.to("includeInferred")
			.fetchAs(Measure.class)
			.mappedBy((types, row) -> GraphMapping.measure(row.get("m").asNode()))
			.all());
	}

	/** The metrics the graph holds, with how many figures each has and in which units. */
	public List<MetricInfo> metrics() {
		return List.copyOf(this.neo4j.query(METRICS)
			.fetchAs(MetricInfo.class)
			.mappedBy((types, row) -> new MetricInfo(row.get("metric").asString(), row.get("count").asLong(),
					row.get("units").asList(v -> Unit.valueOf(v.asString())).stream().sorted().toList()))
			.all());
	}

	/**
	 * The figures of {@code metric} grouped by state or program and added up.
	 * @param statuses only figures with one of these statuses; {@code null} or empty for all
	 */
	public MeasureSummary summary(String metric, MeasureGrouping grouping, Set<ClaimStatus> statuses,
			boolean includeInferred) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("metric", metric);
		parameters.put("statuses",
				statuses == null || statuses.isEmpty() ? null : statuses.stream().map(Enum::name).sorted().toList());
		parameters.put("includeInferred", includeInferred);
		List<Subjected> rows = List.copyOf(this.neo4j.query(BY_METRIC)
			.bindAll(parameters)
			.fetchAs(Subjected.class)
			.mappedBy((types, row) -> new Subjected(GraphMapping.measure(row.get("m").asNode()),
					EntityKind.fromLabel(row.get("subjectLabel").asString(null)).orElse(null)))
			.all());
		if (rows.isEmpty()) {
			return new MeasureSummary(metric, grouping, List.of(), noFigureNote(metric));
		}
		Map<String, String> claimPrograms = grouping == MeasureGrouping.PROGRAM ? claimPrograms(rows) : Map.of();
		List<MeasureAggregator.Keyed> keyed = rows.stream()
			.map(r -> new MeasureAggregator.Keyed(r.measure(), key(r, grouping, claimPrograms)))
			.toList();
		Set<String> keyIds = keyed.stream().flatMap(k -> k.keyIds().stream()).collect(Collectors.toSet());
		Map<String, Entity> keyEntities = this.entities.findByIds(keyIds);
		return MeasureAggregator.summarize(metric, grouping, keyed, keyEntities::get);
	}

	private static List<String> key(Subjected row, MeasureGrouping grouping, Map<String, String> claimPrograms) {
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
		String program = claimPrograms.get(m.subjectId());
		return program == null ? List.of() : List.of(program);
	}

	private Map<String, String> claimPrograms(List<Subjected> rows) {
		List<String> claimIds = rows.stream().filter(r -> r.subjectKind() == null).map(r -> r.measure().subjectId())
			.distinct().toList();
		if (claimIds.isEmpty()) {
			return Map.of();
		}
		Map<String, String> programs = new HashMap<>();
		this.neo4j.query(CLAIM_PROGRAMS)
			.bind(claimIds)
			.to("ids")
			.fetch()
			.all()
			.forEach(row -> {
				if (row.get("program") != null) {
					programs.put((String) row.get("id"), (String) row.get("program"));
				}
			});
		return programs;
	}

	private String noFigureNote(String metric) {
		List<String> known = metrics().stream().map(MetricInfo::metric).toList();
		if (known.contains(metric)) {
			return "No figure of the metric '" + metric + "' passes the filters (status, includeInferred).";
		}
		return "No measure has the metric '" + metric + "'"
				+ (known.isEmpty() ? "." : "; known metrics: " + String.join(", ", known) + ".");
	}

	private record Subjected(Measure measure, EntityKind subjectKind) {
	}

}
