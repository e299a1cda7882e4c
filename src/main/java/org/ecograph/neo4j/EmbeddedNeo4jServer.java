package org.ecograph.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j server with a real Bolt connector on localhost and its store on disk. Clients (this
 * application's driver, cypher-shell, Neo4j Browser) talk to it over Bolt exactly as to an external server.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofMillis(200);

	private final DatabaseManagementService managementService;

	private final URI boltUri;

	private final Path home;

	private final AuthToken authToken;

	private final Duration startedIn;

	/** How a fresh store was started (from the seed archive, or empty and why), {@code null} on a store with data. */
	private final String fresh;

	/** How long the application waited for the start (all of it unless started early). */
	private volatile Duration awaited;

	private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

	private EmbeddedNeo4jServer(DatabaseManagementService managementService, URI boltUri, Path home,
			AuthToken authToken, Duration startedIn, String fresh) {
		this.managementService = managementService;
		this.boltUri = boltUri;
		this.home = home;
		this.authToken = authToken;
		this.startedIn = startedIn;
		this.awaited = startedIn;
		this.fresh = fresh;
	}

	/**
	 * Starts a server on the store under {@code properties.home()}; blocks until Bolt accepts connections.
	 * @throws EmbeddedNeo4jStartException when the store cannot be opened, e.g. another process holds it
	 */
	public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties) {
		Path home = properties.home().toAbsolutePath().normalize();
		Path imports = properties.importDirectory().toAbsolutePath().normalize();
		long started = System.nanoTime();
		DatabaseManagementService service;
		Optional<String> seeded;
		Optional<Path> initialPassword = Optional.empty();
		try {
			java.nio.file.Files.createDirectories(imports);
			seeded = properties.seedArchive()
					? SeedArchive.unpackIfFresh(home, EmbeddedNeo4jServer.class.getClassLoader()) : Optional.empty();
			if (properties.boltAuth()) {
				initialPassword = BoltPassword.initial(home);
			}
			DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
			if (!properties.transactionMemory().isBlank()) {
				builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
						ByteUnit.parse(properties.transactionMemory()));
			}
			service = builder
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", properties.boltPort()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				// Neo4j 5.26's in-JVM local channel does not work with Netty 4.2; TCP Bolt is what we use.
				.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, SHUTDOWN_WAIT)
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, SHUTDOWN_WAIT)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				// Bolt listens on loopback only, and with a password unless switched off for development.
				.setConfig(GraphDatabaseSettings.auth_enabled, properties.boltAuth())
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
				.setConfig(GraphDatabaseSettings.preallocate_logical_logs, properties.preallocateLogs())
				.setConfig(GraphDatabaseSettings.load_csv_file_url_root, imports)
				.build();
		}
		catch (RuntimeException | java.io.IOException ex) {
			throw new EmbeddedNeo4jStartException(home, ex);
		}
		URI uri = boundBoltUri(service);
		AuthToken auth;
		try {
			auth = properties.boltAuth() ? AuthTokens.basic(BoltPassword.USER, BoltPassword.ensure(home, service))
					: AuthTokens.none();
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw new EmbeddedNeo4jStartException(home, ex);
		}
		removeInitialPassword(initialPassword);
		Duration startedIn = Duration.ofNanos(System.nanoTime() - started);
		log.info("Embedded Neo4j started in {} ms: store {}, Bolt {}{}", startedIn.toMillis(), home, uri,
				properties.boltAuth() ? "" : " WITHOUT authentication (ecograph.neo4j.bolt-auth=false)");
		return new EmbeddedNeo4jServer(service, uri, home, auth, startedIn, seeded.orElse(null));
	}

	/** Neo4j read the initial password when it created its system database; the file has served. */
	private static void removeInitialPassword(Optional<Path> file) {
		file.ifPresent(f -> {
			try {
				java.nio.file.Files.deleteIfExists(f);
			}
			catch (java.io.IOException ex) {
				log.debug("Could not remove {}", f, ex);
			}
		});
	}

	private static URI boundBoltUri(DatabaseManagementService service) {
		var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return URI.create("bolt://" + address.getHost() + ":" + address.getPort());
	}

	/** The Bolt address clients connect to, e.g. {@code bolt://localhost:7687}. */
	public URI boltUri() {
		return this.boltUri;
	}

	/** The credentials of the Bolt server: the {@link BoltPassword} user, or none when authentication is off. */
	public AuthToken authToken() {
		return this.authToken;
	}

	/**
	 * How a fresh store was started: seeded from the {@link SeedArchive} or empty (and why); empty on a store that
	 * had a database already, or when the seed archive is off.
	 */
	public Optional<String> fresh() {
		return Optional.ofNullable(this.fresh);
	}

	/** How long the server took to start (for the start-up timeline). */
	public Duration startedIn() {
		return this.startedIn;
	}

	/**
	 * How long the application waited for this server: its whole start when started where the application needed
	 * it, what was left of it when started early beside Spring ({@link EmbeddedNeo4jEarlyStart}).
	 */
	public Duration awaited() {
		return this.awaited;
	}

	void awaited(Duration awaited) {
		this.awaited = awaited;
	}

	/** The store directory. */
	public Path home() {
		return this.home;
	}

	/** The management service, for in-process administration (tests, diagnostics). */
	public DatabaseManagementService managementService() {
		return this.managementService;
	}

	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		long started = System.nanoTime();
		this.managementService.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
