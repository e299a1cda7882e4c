/**
 * Influence paths: the k best simple paths between two entities on the projection, exactly
 * ({@link org.ecograph.analysis.paths.PathFinder}), through a corridor of breadth-first or strength balls grown from
 * both ends and a best-first enumeration under admissible bounds.
 */
package org.ecograph.analysis.paths;
