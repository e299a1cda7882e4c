/**
 * The steward's write path: upserting entities, claims and sources, retracting claims, merging duplicate entities
 * and reverting changes, each in one transaction validated by the loader's rules over what it touched, recorded as a
 * {@code :Change} node (who, when, operation, before and after) and bumping the graph version; and the audit trail
 * that reads those changes back ({@code history}, {@code changes}).
 */
package org.ecograph.steward;
