package org.ecograph.analysis;

import org.ecograph.model.Entity;

/**
 * An entity every chain of the queried entity's exposure to some counterparts passes through, within the exposure's
 * hop bound ({@link org.ecograph.analysis.scenario.Chokepoints}).
 *
 * @param entity the chokepoint
 * @param dominated how many other counterparts it cuts off: every chain of known shares within the bound to each
 * passes through it
 * @param dependentTotalShare the sum of the queried entity's total shares to the chokepoint and to the counterparts it
 * cuts off; {@code null} when none is known
 * @param dependentShare that sum over the sum of the total shares to every counterpart, 0..1: the part of the
 * exposure that depends on the chokepoint; {@code null} when no share is known
 */
public record Chokepoint(Entity entity, int dominated, Double dependentTotalShare, Double dependentShare) {
}
