package org.ecograph.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The analysis engine's settings: how much one question may cost and how many run at once. The projection's own
 * settings (refresh, warm-up, snapshots, build timeout) share the prefix and are
 * {@link org.ecograph.analysis.projection.ProjectionProperties}.
 *
 * @param maxExpansions the most partial paths one path search or one exposure enumeration (chains of 4 hops or more)
 * may expand; when reached, the answer says it is incomplete (it never is silently)
 * @param maxConcurrent how many analysis computations run at once; further requests wait their turn
 * @param answerCache how many exposure and path answers of the current snapshot are kept, keyed by the whole question
 * (filters included), for a question asked again and for a scenario's {@code before} side; 0 keeps none
 */
@ConfigurationProperties("ecograph.analysis")
public record AnalysisProperties(@DefaultValue("2000000") long maxExpansions, @DefaultValue("4") int maxConcurrent,
		@DefaultValue("256") int answerCache) {
}
