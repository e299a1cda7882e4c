package org.ecograph.api.graphql;

import org.ecograph.api.BadRequestException;
import org.ecograph.model.Ids;

/**
 * Which figures the measure fields return: of one metric or all, with or without inferred ones.
 *
 * @param metric a metric name (a slug such as {@code planned-capacity}); {@code null} for every metric where the
 * field allows it
 * @param includeInferred whether inferred figures are kept; absent or {@code null} keeps them (the schema's default)
 */
record MeasureArguments(String metric, Boolean includeInferred) {

	/** The longest metric name accepted. */
	static final int MAX_METRIC_LENGTH = 100;

	/**
	 * @throws BadRequestException when the metric is not a slug of at most {@value #MAX_METRIC_LENGTH} characters
	 */
	MeasureArguments {
		if (metric != null && (metric.length() > MAX_METRIC_LENGTH || !metric.matches(Ids.SLUG))) {
			throw new BadRequestException("metric '" + (metric.length() > MAX_METRIC_LENGTH
					? metric.substring(0, MAX_METRIC_LENGTH) + "..." : metric) + "' is not a metric name: expected "
					+ "lowercase letters, digits and single hyphens (at most " + MAX_METRIC_LENGTH
					+ " characters), e.g. planned-capacity; measureMetrics lists the metrics the graph holds");
		}
		includeInferred = !Boolean.FALSE.equals(includeInferred);
	}

}
