package org.ecograph.measure;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ecograph.model.EntityKind;
import org.ecograph.model.Measure;

/** The reads of measures, in the caller's transaction. */
interface MeasureRepository {

	/** The measures of these subjects, ordered by metric then id; {@code metric} {@code null} for all. */
	List<Measure> forSubjects(Collection<String> subjectIds, String metric, boolean includeInferred);

	/** The measures with these ids, by id; unknown ids have no entry. */
	Map<String, Measure> findByIds(Collection<String> ids);

	/** Every measure, ordered by id. */
	List<Measure> all(boolean includeInferred);

	/** The metrics the graph holds, by name. */
	List<MetricInfo> metrics();

	/**
	 * The measures of one metric, ordered by id, with the kind of their subject.
	 * @param statuses only figures with one of these statuses (names, sorted); {@code null} for all
	 */
	List<Subjected> ofMetric(String metric, List<String> statuses, boolean includeInferred);

	/**
	 * A measure and the kind of its subject.
	 *
	 * @param measure the measure
	 * @param subjectKind the kind of the entity it is about; {@code null} when it is about a claim (or nothing known)
	 */
	record Subjected(Measure measure, EntityKind subjectKind) {
	}

}
