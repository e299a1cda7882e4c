package org.ecograph.analysis;

import org.ecograph.model.Entity;

/**
 * An entity and its PageRank score.
 *
 * @param entity the entity
 * @param score its score; the scores of all entities sum to 1
 * @param computedOnVersion the graph version the scores were computed on: the answer's own, or under a stream of
 * writes an older one computed less than {@code ecograph.analysis.ranking-interval} before (the answer then warns)
 */
public record RankedEntity(Entity entity, double score, long computedOnVersion) {
}
