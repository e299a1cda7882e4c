/**
 * Ranking: weighted PageRank over the claims of the projection ({@link org.ecograph.analysis.ranking.PageRank}),
 * computed once per graph version and selection ({@link org.ecograph.analysis.ranking.RankingCache}).
 */
package org.ecograph.analysis.ranking;
