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
 * @param rankingIntervalFactor under a stream of writes, a selection's interval is at least this many times its last
 * computation's duration (a PageRank of 1.5 s at 5M claims is then recomputed at most every 15 s, so rankings take
 * at most about a tenth of the cores whatever the graph's size); ignored when the interval is {@code 0s}
 */
@ConfigurationProperties("ecograph.analysis")
public record RankingProperties(@DefaultValue("2s") Duration rankingInterval,
		@DefaultValue("10") int rankingIntervalFactor) {

	/** Checks the factor. */
	public RankingProperties {
		if (rankingIntervalFactor < 1) {
			throw new IllegalArgumentException("ecograph.analysis.ranking-interval-factor must be at least 1, was "
					+ rankingIntervalFactor);
		}
	}

}
