package org.ecograph.analysis;

import org.ecograph.model.Entity;

/**
 * An entity every chain from the queried entity to others passes through
 * ({@link org.ecograph.analysis.scenario.Chokepoints}).
 *
 * @param entity the chokepoint
 * @param dominated how many other entities are reached only through it
 * @param dependentTotalShare the sum of the queried entity's total shares to the chokepoint and to the entities it
 * dominates; {@code null} when none is known
 * @param dependentShare that sum over the sum of the total shares to every counterpart, 0..1: the part of the
 * exposure that depends on the chokepoint; {@code null} when no share is known
 */
public record Chokepoint(Entity entity, int dominated, Double dependentTotalShare, Double dependentShare) {
}
