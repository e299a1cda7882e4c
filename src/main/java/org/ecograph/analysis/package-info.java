/**
 * The analyst's questions, the public face of the analysis: {@link org.ecograph.analysis.AnalysisService} answers
 * influence paths, exposure, ranking, neighbourhoods and funding summaries, {@link org.ecograph.analysis.ScenarioService}
 * the same under a what-if and the evidence answers rest on; both fetch the details their answers name.
 * It orchestrates only; the machinery lives one floor below, each sub-package one problem:
 * <ul>
 * <li>{@code projection}: the in-memory claim graph of one graph version, how it is read, patched, saved and kept
 * current, and the neighbourhood walk;</li>
 * <li>{@code paths}: the k best simple paths between two entities;</li>
 * <li>{@code exposure}: integrated shares over simple paths (who depends on whom);</li>
 * <li>{@code ranking}: weighted PageRank, cached per graph version;</li>
 * <li>{@code funding}: funding summaries, read through their own query;</li>
 * <li>{@code scenario}: what-if overlays, critical claims and chokepoints, on the projection and the algorithms.</li>
 * </ul>
 * Dependencies run one way: the face uses the sub-packages, never the reverse; {@code projection} uses no other
 * analysis package; the algorithms reach the projection through its accessors. See docs/analysis.md and
 * docs/adr/0001-claim-graph-projection.md.
 */
package org.ecograph.analysis;
