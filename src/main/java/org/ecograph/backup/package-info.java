/**
 * Backup and restore without Neo4j Enterprise tools: {@code ecograph export <folder>} writes the whole knowledge
 * base (entities, claims, sources, the audit trail, merged ids, tokens' hashes, the schema) as two versioned Cypher
 * scripts that {@code ecograph load <folder>} restores into an empty store.
 */
package org.ecograph.backup;
