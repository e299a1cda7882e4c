/**
 * The plain HTTP endpoint: {@code GET /export/{format}}, the subgraph of the GraphQL {@code subgraph} field as a file,
 * with its arguments parsed from text into the shared {@link org.ecograph.api.SubgraphArguments} and its failures
 * answered as {@code {"error": ...}}.
 */
package org.ecograph.api.http;
