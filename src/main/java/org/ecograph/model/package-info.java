/**
 * The vocabulary of the claim graph and its records, and nothing else: no Cypher, no driver, no Spring. The closed
 * sets of entity kinds, relation (claim) kinds (each with its verb, dependent side and whether exposure follows it by
 * default), claim statuses, amount kinds, units and bounds; the labels of the nodes that are not entities; the shapes
 * of ids and their one check; the records {@link org.ecograph.model.Entity}, {@link org.ecograph.model.Claim},
 * {@link org.ecograph.model.Measure}, {@link org.ecograph.model.Source}, the claim filter; and the root of every
 * error a client is told about ({@link org.ecograph.model.EcographException}). The Cypher schema, the loader's
 * validation, the GraphQL enums and the explorer's vocabulary are derived from these or held to them by tests.
 */
package org.ecograph.model;
