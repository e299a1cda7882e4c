/**
 * Backup and restore without Neo4j Enterprise tools: {@code ecograph export <folder>} writes the whole knowledge
 * base (entities, claims, sources, the audit trail, merged ids, tokens' hashes, the schema) as two versioned Cypher
 * scripts that {@code ecograph load <folder>} restores into an empty store. The backup reads in one read transaction
 * of the data layer, a consistent snapshot, bounded by {@code ecograph.backup.transaction-timeout}
 * ({@link org.ecograph.backup.BackupProperties}).
 */
package org.ecograph.backup;
