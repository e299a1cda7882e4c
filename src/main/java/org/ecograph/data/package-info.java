/**
 * The one data layer: every read and write of the application reaches Neo4j through {@link org.ecograph.data.Graph},
 * inside a Spring transaction ({@code @Transactional} or {@link org.ecograph.data.Transactions}) of the one
 * transaction manager: the embedded database's own transactions, run in process, by default; Spring Data Neo4j's
 * {@code Neo4jTransactionManager} over Bolt against an external server ({@code InProcessConfiguration}). So one
 * database selection ({@code spring.data.neo4j.database}), one timeout ({@code ecograph.neo4j.query-timeout}) and,
 * over Bolt, one bookmark chain hold everywhere. Rows come back as {@link org.ecograph.data.Row}s, never as driver or
 * kernel types, the same either way; the mapping of nodes and relationships to the model's records, the graph
 * version, the audit trail's write, the claim filter rendered as Cypher, the one claim-by-id lookup and the
 * classification of database failures live here. Capabilities keep their own Cypher in their own repositories and
 * hand it to {@link org.ecograph.data.Graph}; nothing outside this package and {@code org.ecograph.neo4j} imports the
 * Neo4j driver or runs a statement in the embedded kernel. The one exception is the loader's validation listener,
 * which runs inside the embedded kernel (see docs/adr/0006-house-layout-and-data-layer.md and
 * docs/adr/0017-statements-in-process.md).
 */
package org.ecograph.data;
