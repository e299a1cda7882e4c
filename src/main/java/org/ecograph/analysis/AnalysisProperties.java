package org.ecograph.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Caps that keep path and exposure queries bounded on hub nodes.
 *
 * @param maxNeighbourhoodClaims the most claim rows a path or exposure query loads from the database; beyond it the
 * neighbourhood is cut and the answer covers what was loaded
 * @param maxExpansions the most steps a path or exposure enumeration tries in memory before it stops with what it
 * has found
 */
@ConfigurationProperties("ecograph.analysis")
public record AnalysisProperties(@DefaultValue("20000") int maxNeighbourhoodClaims,
		@DefaultValue("200000") long maxExpansions) {
}
