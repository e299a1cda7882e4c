/**
 * The catalog: look entities up by id, list and search them, list relations (claims) page by page or by id, and the
 * sources claims cite. The public faces are {@link org.ecograph.catalog.EntityCatalog},
 * {@link org.ecograph.catalog.RelationCatalog} and {@link org.ecograph.catalog.SourceCatalog}; their Cypher lives in
 * package-private repositories on {@link org.ecograph.data.Graph} (relations by id through the data layer's one
 * {@link org.ecograph.data.ClaimLookup}). Read-only; every query runs in a read-only transaction, so a cluster routes
 * it to a reader, and carries the configured transaction timeout. Knows nothing of GraphQL.
 */
package org.ecograph.catalog;
