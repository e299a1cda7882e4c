package org.ecograph.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Neo4j runtime.
 *
 * @param embedded whether Ecograph starts its own embedded Neo4j; {@code false} uses {@code spring.neo4j.uri}
 * @param home directory of the embedded store (created if absent)
 * @param boltPort Bolt port on localhost of the embedded server; 0 picks any free port
 * @param pageCache page cache size of the embedded server, in Neo4j's notation (e.g. {@code 256m}, {@code 2g})
 * @param transactionTimeout server-side limit for any one transaction of the embedded server
 * @param importDirectory where {@code LOAD CSV ... FROM 'file:///x.csv'} of the embedded server reads {@code x.csv}
 * (created if absent); the {@code load} command sets it to the folder of the scripts it loads
 * @param boltAuth whether the embedded Bolt server requires the user {@code neo4j} and the password generated into
 * {@code <home>/bolt-password} (readable by its owner only); {@code false} for development only: any local process
 * could then write to the store past every validation rule ({@code ecograph.neo4j.bolt-auth})
 * @param transactionMemory the most memory all transactions of the embedded server may hold together, in Neo4j's
 * notation (e.g. {@code 1g}; Neo4j's {@code dbms.memory.transaction.total.max}); blank for Neo4j's default (70 % of
 * the heap). A transaction that needs more fails with Neo4j's "memory limit" error
 * ({@code ecograph.neo4j.transaction-memory})
 * @param preallocateLogs whether the embedded server reserves each transaction log file's full size on disk when it
 * creates it (Neo4j's {@code db.tx_log.preallocate}, on by default: about 256 MB per database, fewer fragmented
 * appends); off for short-lived stores such as the tests' ({@code ecograph.neo4j.preallocate-logs})
 * @param seedArchive whether a fresh store (no database yet) starts as a copy of the seeded database the build packed
 * ({@link SeedArchive}) instead of empty; on unless the bundled scripts are off
 * ({@code ecograph.neo4j.seed-archive}, which defaults to {@code ecograph.ingest.load-bundled-on-empty})
 * @param inProcess whether the application's own statements run inside the embedded database, in its transactions,
 * rather than over Bolt to it: the default, a third less CPU per write; {@code false} sends them over Bolt as to an
 * external server (for comparison). Other clients reach the embedded server over Bolt either way
 * ({@code ecograph.neo4j.in-process})
 */
@ConfigurationProperties("ecograph.neo4j")
public record EmbeddedNeo4jProperties(
		@DefaultValue("true") boolean embedded,
		@DefaultValue("./data/neo4j") Path home,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache,
		@DefaultValue("5m") Duration transactionTimeout,
		@DefaultValue("./data/import") Path importDirectory,
		@DefaultValue("true") boolean boltAuth,
		@DefaultValue("") String transactionMemory,
		@DefaultValue("true") boolean preallocateLogs,
		@DefaultValue("true") boolean seedArchive,
		@DefaultValue("true") boolean inProcess) {

	@ConstructorBinding
	public EmbeddedNeo4jProperties {
	}

	/** These settings with this limit of the memory of all transactions ({@code 1m}, {@code 2g}). */
	public EmbeddedNeo4jProperties withTransactionMemory(String limit) {
		return new EmbeddedNeo4jProperties(this.embedded, this.home, this.boltPort, this.pageCache,
				this.transactionTimeout, this.importDirectory, this.boltAuth, limit, this.preallocateLogs,
				this.seedArchive, this.inProcess);
	}

	/**
	 * Settings of an in-process server for tests and tools that start one themselves, reading CSV files from
	 * {@code <home>/import}, without reserving transaction logs ahead (short-lived stores), empty when fresh (no seed
	 * archive).
	 */
	public EmbeddedNeo4jProperties(boolean embedded, Path home, int boltPort, String pageCache,
			Duration transactionTimeout, boolean boltAuth) {
		this(embedded, home, boltPort, pageCache, transactionTimeout, home.resolve("import"), boltAuth, "", false,
				false, true);
	}

	/**
	 * Settings of an in-process server for tests and tools that start one themselves and talk to it without a
	 * password (Bolt authentication off), reading CSV files from {@code <home>/import}, without reserving transaction
	 * logs ahead, empty when fresh (no seed archive).
	 */
	public EmbeddedNeo4jProperties(boolean embedded, Path home, int boltPort, String pageCache,
			Duration transactionTimeout) {
		this(embedded, home, boltPort, pageCache, transactionTimeout, home.resolve("import"), false, "", false, false,
				true);
	}

}
