package org.ecograph.analysis;

import org.ecograph.model.Entity;

/**
 * An entity and its PageRank score.
 *
 * @param entity the entity
 * @param score its score; the scores of all entities sum to 1
 */
public record RankedEntity(Entity entity, double score) {
}
