package org.ecograph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded server's Bolt user {@value #USER}: generated once, written to
 * {@code <home>/}{@value #FILE_NAME} readable by its owner only (POSIX {@code rw-------}), and set on the server at
 * every start (the in-process system database needs no login). Logs name the file, never the password.
 */
public final class BoltPassword {

	/** The Bolt user of the embedded server. */
	public static final String USER = "neo4j";

	/** The name of the password file in the store directory. */
	public static final String FILE_NAME = "bolt-password";

	private static final Logger log = LoggerFactory.getLogger(BoltPassword.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private BoltPassword() {
	}

	/** The password file of a store directory. */
	public static Path file(Path home) {
		return home.toAbsolutePath().normalize().resolve(FILE_NAME);
	}

	/**
	 * Reads a password file (the first line, trimmed).
	 * @throws IllegalArgumentException naming the file when it cannot be read or is empty
	 */
	public static String read(Path file) {
		try {
			String password = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (password.isEmpty()) {
				throw new IllegalArgumentException("The password file " + file + " is empty");
			}
			return password;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Cannot read the password file " + file + ": "
					+ ex.getClass().getSimpleName());
		}
	}

	/**
	 * Before the first start of a store (no {@code system} database yet): creates the password file if absent and
	 * gives the password to Neo4j as its initial one ({@code <home>/data/dbms/auth.ini}, as
	 * {@code neo4j-admin dbms set-initial-password} does), so the {@code system} database is created with it and
	 * {@link #ensure} has nothing to set: no {@code ALTER USER}, the JVM's first Cypher, on a cold JIT (3-5 s of a
	 * first start). Nothing happens on a store that has its {@code system} database.
	 * @return the initial-password file written, to remove once the server has started; empty when none was written
	 */
	static Optional<Path> initial(Path home) {
		Path root = home.toAbsolutePath().normalize();
		Path system = root.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		if (Files.exists(system)) {
			return Optional.empty();
		}
		Path file = file(root);
		String password = Files.exists(file) ? read(file) : create(file);
		Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, root).build();
		Path initial = CommunitySecurityModule.getInitialUserRepositoryFile(config);
		try (var fs = new DefaultFileSystemAbstraction()) {
			Files.deleteIfExists(initial);
			Files.createDirectories(initial.getParent());
			FileUserRepository users = new FileUserRepository(fs, initial, NullLogProvider.getInstance(),
					EmptyMemoryTracker.INSTANCE);
			users.start();
			try {
				users.create(new User(USER, null, SystemGraphCredential.createCredentialForPassword(
						password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
			}
			finally {
				users.shutdown();
			}
		}
		catch (Exception ex) {
			// the password is then set by ALTER USER once the server runs, as before
			log.debug("Could not give Neo4j its initial password in {}; it is set once the server runs", initial, ex);
			return Optional.empty();
		}
		return Optional.of(initial);
	}

	/** Creates the password file if absent, sets the password on the server and returns it. */
	static String ensure(Path home, DatabaseManagementService service) {
		Path file = file(home);
		boolean existed = Files.exists(file);
		String password = existed ? read(file) : create(file);
		warnIfReadableByOthers(file);
		// only a password read from the file may be set already; a failed try counts as a failed login
		if (existed && alreadySet(service, password)) {
			log.info("Bolt requires authentication: user {}, password in {} (readable by its owner only)", USER, file);
			return password;
		}
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (RuntimeException ex) {
			// Setting the password it already has is refused; that is the usual case of a restart.
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				throw ex;
			}
		}
		log.info("Bolt requires authentication: user {}, password in {} (readable by its owner only)", USER, file);
		return password;
	}

	/**
	 * Whether the server already accepts {@code password} for {@link #USER} (a restart): then the {@code ALTER USER}
	 * (the JVM's first Cypher, on the system database) is not needed. Asked of Neo4j's authentication manager as a
	 * Bolt login would; {@code false} whenever it cannot tell, and the password is set as on a first start.
	 */
	private static boolean alreadySet(DatabaseManagementService service, String password) {
		try {
			var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
			AuthManager auth = system.getDependencyResolver().resolveDependency(AuthManager.class);
			LoginContext login = auth.login(AuthToken.newBasicAuthToken(USER, password),
					ClientConnectionInfo.EMBEDDED_CONNECTION);
			return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
		}
		catch (Exception ex) {
			log.debug("Could not ask whether the Bolt password is set; setting it", ex);
			return false;
		}
	}

	private static String create(Path file) {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		try {
			Files.createDirectories(file.getParent());
			if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			else {
				Files.createFile(file);
				file.toFile().setReadable(false, false);
				file.toFile().setReadable(true, true);
				file.toFile().setWritable(false, false);
				file.toFile().setWritable(true, true);
			}
			Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
		}
		catch (FileAlreadyExistsException ex) {
			return read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the Bolt password file " + file, ex);
		}
		log.info("Generated a Bolt password for user {} into {}", USER, file);
		return password;
	}

	private static void warnIfReadableByOthers(Path file) {
		try {
			if (Files.getFileStore(file).supportsFileAttributeView("posix")
					&& !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
				log.warn("The Bolt password file {} is readable by others: chmod 600 it", file);
			}
		}
		catch (IOException ex) {
			log.debug("Cannot check the permissions of {}", file, ex);
		}
	}

}
