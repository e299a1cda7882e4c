/**
 * Subgraphs for viewers and exports: a neighbourhood cut out of the graph around some entities, nearest first, with
 * the relations among them. The breadth-first walk runs on the analysis projection in memory, then the entities and
 * relations kept are read by id through the catalog. Knows nothing of GraphQL or HTTP.
 */
package org.ecograph.subgraph;
