package org.ecograph.analysis;

import org.ecograph.model.Entity;

/**
 * One counterpart of an exposure asked under a scenario, beside the same question on the graph as it is.
 *
 * @param counterpart the other entity
 * @param before its exposure on the graph as it is; {@code null} when it is not among that answer's counterparts
 * @param after its exposure under the scenario; {@code null} when it is not among that answer's counterparts
 * @param delta {@code after.totalShare - before.totalShare}; {@code null} when a side or a side's total is
 */
public record ScenarioExposure(Entity counterpart, Exposure before, Exposure after, Double delta) {
}
