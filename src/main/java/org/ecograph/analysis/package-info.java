/**
 * The analyst's questions over the claim graph: influence paths between two entities, exposure (who depends on
 * whom, directly and through chains), a weighted PageRank of the players, and funding summaries.
 * <p>
 * The algorithms ({@link org.ecograph.analysis.PathSearch}, {@link org.ecograph.analysis.ExposureCalculator},
 * {@link org.ecograph.analysis.PageRank}, {@link org.ecograph.analysis.FundingAggregator}) are pure functions over
 * an in-memory {@link org.ecograph.analysis.ClaimGraph}; only {@link org.ecograph.analysis.AnalysisRepository}
 * speaks Cypher. The maths is explained in {@code docs/analysis.md}.
 */
package org.ecograph.analysis;
