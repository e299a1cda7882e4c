/**
 * The one data layer: every read and write of the application reaches Neo4j through {@link org.ecograph.data.Graph},
 * inside a Spring transaction of the {@code Neo4jTransactionManager} ({@code @Transactional} or
 * {@link org.ecograph.data.Transactions}), so one database selection ({@code spring.data.neo4j.database}), one
 * timeout ({@code ecograph.neo4j.query-timeout}) and one bookmark chain hold everywhere. Rows come back as
 * {@link org.ecograph.data.Row}s, never as driver types; the mapping of nodes and relationships to the model's records,
 * the graph version, the audit trail's write, the claim filter rendered as Cypher, the one claim-by-id lookup and the
 * classification of database failures live here. Capabilities keep their own Cypher in their own repositories and
 * hand it to {@link org.ecograph.data.Graph}; nothing outside this package and {@code org.ecograph.neo4j} imports the
 * Neo4j driver. The one exception is the loader's validation listener, which runs inside the embedded kernel
 * (see docs/adr/0006-house-layout-and-data-layer.md).
 */
package org.ecograph.data;
