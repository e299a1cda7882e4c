/**
 * What-if questions on the in-memory claim graph: a scenario's copy-on-write overlay of the projection (entities and
 * claims removed, shares and amounts capped or scaled, hypothetical claims added: {@link
 * org.ecograph.analysis.scenario.Scenarios}), and the evidence an answer rests on: the claims whose removal changes a
 * path answer or an exposure ({@link org.ecograph.analysis.scenario.CriticalClaims}) and the entities every chain
 * passes through ({@link org.ecograph.analysis.scenario.Chokepoints}). Uses the projection and the algorithms of
 * {@code paths}, {@code exposure} and {@code ranking}; only the analysis' face uses it.
 */
package org.ecograph.analysis.scenario;
