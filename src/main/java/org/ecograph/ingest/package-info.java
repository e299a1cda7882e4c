/**
 * The steward's loader: finds versioned Cypher scripts ({@code V0002__description.cypher}), splits them into
 * statements, runs each script in one transaction, validates the graph it produced before commit, records applied
 * scripts with their checksums, and reports what it did. Also the {@code load} command and the first-start seeding.
 * <p>
 * Every read and write goes through the data layer ({@code ScriptRepository}) in Spring transactions of the loader's
 * own timeout ({@link org.ecograph.ingest.IngestProperties#transactionTimeout()}). The one exception runs inside an
 * embedded Neo4j: {@code ScriptValidationListener} and {@code ScriptTouches} use Neo4j's kernel API to validate at
 * commit what a script touched (docs/adr/0005-scoped-script-validation.md).
 */
package org.ecograph.ingest;
