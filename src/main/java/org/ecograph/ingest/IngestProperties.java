package org.ecograph.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the loader.
 *
 * @param loadBundledOnEmpty at start-up, load the bundled {@code cypher/} scripts when the database holds no nodes
 * (a fresh embedded store, or an empty external server), and finish them when an earlier start applied only some
 * @param transactionTimeout the timeout of each of the loader's transactions (a script's, a dry run's, the history's),
 * {@code ecograph.ingest.transaction-timeout}, default 1 h: a script of a million claims runs for minutes, far longer
 * than the query timeout every other transaction gets ({@code ecograph.neo4j.query-timeout}); it overrides the
 * server's default limit ({@code ecograph.neo4j.transaction-timeout} for the embedded one)
 * @param nameKeyBatch entities (or recorded changes) per transaction when a start finds entities without their
 * name's search key (a store written by another client), or changes without their subject nodes (a store of an
 * earlier version), and writes them in the background ({@code ecograph.ingest.name-key-batch}, default 10,000;
 * {@code BackfillsOnStart}): lower it if Neo4j's transaction memory limit is hit
 */
@ConfigurationProperties("ecograph.ingest")
public record IngestProperties(@DefaultValue("true") boolean loadBundledOnEmpty,
		@DefaultValue("1h") Duration transactionTimeout, @DefaultValue("10000") int nameKeyBatch) {

	@ConstructorBinding
	public IngestProperties {
		if (nameKeyBatch < 1) {
			throw new IllegalArgumentException(
					"ecograph.ingest.name-key-batch must be at least 1 (entities per transaction), not " + nameKeyBatch);
		}
	}

	/** The loader's settings with the default batch of search keys (tests and tools). */
	public IngestProperties(boolean loadBundledOnEmpty, Duration transactionTimeout) {
		this(loadBundledOnEmpty, transactionTimeout, 10_000);
	}

}
