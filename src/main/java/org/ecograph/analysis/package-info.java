/**
 * The analyst's questions: influence paths, exposure, ranking and funding summaries. Paths, exposure and ranking run
 * on {@link org.ecograph.analysis.ClaimProjection}, a compact in-memory snapshot of the claim graph per graph
 * version, kept current by {@link org.ecograph.analysis.ProjectionHolder}; the algorithms
 * ({@link org.ecograph.analysis.PathFinder}, {@link org.ecograph.analysis.ExposureEngine},
 * {@link org.ecograph.analysis.PageRank}) are pure and exact. Only
 * {@link org.ecograph.analysis.AnalysisRepository} and {@link org.ecograph.analysis.ProjectionLoader} speak Cypher.
 * See docs/analysis.md and docs/adr/0001-claim-graph-projection.md.
 */
package org.ecograph.analysis;
