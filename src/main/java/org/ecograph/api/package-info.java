/**
 * The GraphQL API: controllers (thin, no Cypher), the {@code Date} and {@code JSON} scalars, the entity type
 * resolution, the request limits and the mapping of every expected failure to a GraphQL error. The schema lives in
 * the top-level {@code graphql/} folder.
 */
package org.ecograph.api;
