/**
 * The vocabulary of the claim graph: the closed sets of entity kinds, relation (claim) kinds and claim statuses,
 * and the rules for well-formed ids. The Cypher schema and the loader's validation are derived from these.
 */
package org.ecograph.model;
