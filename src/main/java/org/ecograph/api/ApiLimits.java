// TEMPORARY until api-catalog merges: a copy of the catalog helper's ApiLimits, so the analysis controller compiles.
package org.ecograph.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** TEMPORARY copy of the API's limits. */
@ConfigurationProperties("ecograph.api")
public record ApiLimits(@DefaultValue("6") int maxHops, @DefaultValue("20") int maxK,
		@DefaultValue("100") int maxFirst, @DefaultValue("3") int maxSubgraphHops,
		@DefaultValue("5000") int maxSubgraphLimit, @DefaultValue("12") int maxDepth,
		@DefaultValue("2000") int maxComplexity, @DefaultValue("10s") Duration queryTimeout) {
}
