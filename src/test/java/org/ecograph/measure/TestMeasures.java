package org.ecograph.measure;

import java.util.List;
import java.util.Map;

import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Measure;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.Unit;

/** Hand-made measures for the pure tests. */
public final class TestMeasures {

	private TestMeasures() {
	}

	/** A reported figure with no period, places or whole. */
	public static Measure measure(String id, String subject, String metric, double value, Unit unit) {
		return measure(id, subject, metric, value, unit, MeasureBound.EXACT, List.of(), null);
	}

	public static Measure measure(String id, String subject, String metric, double value, Unit unit,
			MeasureBound bound, List<String> places, String partOf) {
		return new Measure(id, subject, metric, value, null, bound, unit, null, ClaimStatus.REPORTED, null, 0.5, "q",
				List.of("source:s"), null, null, places, null, partOf, false, null, Map.of());
	}

	/** {@code m} with a period, status and relativeTo. */
	public static Measure with(Measure m, String period, ClaimStatus status, String relativeTo) {
		return new Measure(m.id(), m.subjectId(), m.metric(), m.value(), m.valueTo(), m.bound(), m.unit(), period,
				status, m.asOf(), m.confidence(), m.quote(), m.sourceIds(), m.scope(), m.note(), m.placeIds(),
				relativeTo, m.partOfId(), m.inferred(), m.inference(), m.properties());
	}

	/** {@code m} as a range up to {@code valueTo}. */
	public static Measure range(Measure m, double valueTo) {
		return new Measure(m.id(), m.subjectId(), m.metric(), m.value(), valueTo, m.bound(), m.unit(), m.period(),
				m.status(), m.asOf(), m.confidence(), m.quote(), m.sourceIds(), m.scope(), m.note(), m.placeIds(),
				m.relativeToId(), m.partOfId(), m.inferred(), m.inference(), m.properties());
	}

}
