/**
 * The catalog: look entities up by id, list and search them, list relations (claims) page by page, and cut a
 * neighbourhood out of the graph for viewers. Read-only; every query runs in a read-only transaction, so a cluster
 * routes it to a reader, and carries the configured transaction timeout. Knows nothing of GraphQL.
 */
package org.ecograph.catalog;
