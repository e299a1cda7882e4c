/**
 * The steward's loader: finds versioned Cypher scripts ({@code V0002__description.cypher}), splits them into
 * statements, runs each script in one transaction, validates the graph it produced before commit, records applied
 * scripts with their checksums, and reports what it did. Also the {@code load} command and the first-start seeding.
 */
package org.ecograph.ingest;
