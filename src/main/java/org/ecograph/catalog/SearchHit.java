package org.ecograph.catalog;

import org.ecograph.model.Entity;

/** A search result: the entity and its Lucene relevance (only comparable within one search). */
public record SearchHit(Entity entity, double score) {

}
