package org.ecograph.analysis.ranking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often rankings follow the graph (under the prefix the other analysis settings share).
 *
 * @param rankingInterval the least time between two computations of one ranking selection: under a stream of writes
 * a ranking computed less than this long ago, on an older graph version, is served (its answer says the version it
 * was computed on) instead of a new PageRank per version; {@code 0s} computes one per version
 */
@ConfigurationProperties("ecograph.analysis")
public record RankingProperties(@DefaultValue("2s") Duration rankingInterval) {
}
