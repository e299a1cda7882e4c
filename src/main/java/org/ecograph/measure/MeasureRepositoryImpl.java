package org.ecograph.measure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.data.Graph;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Measure;
import org.ecograph.model.Unit;
import org.springframework.stereotype.Repository;

/**
 * {@link MeasureRepository} on {@link Graph}: by subject, id and metric through their indexes; every measure (the
 * consistency checks) and the metrics (a listing of all of them) read the whole label.
 */
@Repository
class MeasureRepositoryImpl implements MeasureRepository {

	private static final String INFERRED_FILTER = "($includeInferred OR m.inferred IS NULL OR m.inferred = false)";

	static final String BY_SUBJECTS = """
			UNWIND $subjects AS subject
			MATCH (m:Measure {subject: subject})
			WHERE ($metric IS NULL OR m.metric = $metric) AND %s
			RETURN m ORDER BY m.metric, m.id""".formatted(INFERRED_FILTER);

	static final String BY_IDS = "UNWIND $ids AS id MATCH (m:Measure {id: id}) RETURN m";

	static final String BY_METRIC = """
			MATCH (m:Measure {metric: $metric})
			WHERE ($statuses IS NULL OR m.status IN $statuses) AND %s
			OPTIONAL MATCH (e:Entity {id: m.subject})
			RETURN m, [l IN labels(e) WHERE l <> 'Entity'][0] AS subjectLabel
			ORDER BY m.id""".formatted(INFERRED_FILTER);

	static final String ALL = "MATCH (m:Measure) WHERE " + INFERRED_FILTER + " RETURN m ORDER BY m.id";

	static final String METRICS = """
			MATCH (m:Measure)
			RETURN m.metric AS metric, count(*) AS count, collect(DISTINCT m.unit) AS units
			ORDER BY metric""";

	private final Graph graph;

	MeasureRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	@Override
	public List<Measure> forSubjects(Collection<String> subjectIds, String metric, boolean includeInferred) {
		return this.graph.query(BY_SUBJECTS)
			.bind("subjects", List.copyOf(Set.copyOf(subjectIds)))
			.bind("metric", metric)
			.bind("includeInferred", includeInferred)
			.list(row -> row.measure("m"));
	}

	@Override
	public Map<String, Measure> findByIds(Collection<String> ids) {
		Map<String, Measure> found = new LinkedHashMap<>();
		this.graph.query(BY_IDS)
			.bind("ids", List.copyOf(Set.copyOf(ids)))
			.list(row -> row.measure("m"))
			.forEach(m -> found.putIfAbsent(m.id(), m));
		return found;
	}

	@Override
	public List<Measure> all(boolean includeInferred) {
		return this.graph.query(ALL).bind("includeInferred", includeInferred).list(row -> row.measure("m"));
	}

	@Override
	public List<MetricInfo> metrics() {
		return this.graph.query(METRICS)
			.list(row -> new MetricInfo(row.string("metric"), row.integer("count", 0),
					row.strings("units").stream().map(Unit::valueOf).sorted().toList()));
	}

	@Override
	public List<Subjected> ofMetric(String metric, List<String> statuses, boolean includeInferred) {
		return this.graph.query(BY_METRIC)
			.bind("metric", metric)
			.bind("statuses", statuses)
			.bind("includeInferred", includeInferred)
			.list(row -> new Subjected(row.measure("m"),
					EntityKind.fromLabel(row.string("subjectLabel")).orElse(null)));
	}

}
