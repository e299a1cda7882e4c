/**
 * The steward's write path: upserting entities, claims and sources, retracting claims, merging duplicate entities
 * and reverting changes, each in one write transaction of the data layer ({@code ChangeWriter} on
 * {@link org.ecograph.data.Transactions}: the configured database, the default timeout, one bookmark chain) validated
 * by the loader's rules over what it touched, recorded as a {@code :Change} node (who, when, operation, before and
 * after) and bumping the graph version; and the audit trail that reads those changes back ({@code history},
 * {@code changes}) through its package-private repository. The package's Cypher stays here ({@code GraphState},
 * {@code AuditRepositoryImpl}); claims are found by id through {@link org.ecograph.data.ClaimLookup}.
 */
package org.ecograph.steward;
