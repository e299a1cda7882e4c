package org.ecograph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a command-line tool ({@code load}, {@code token}, {@code export}) finds its database, and the Spring
 * properties it starts its context with: quiet logging, no bundled-script loading, its own embedded server on any free
 * port, or, with {@code --uri}, a Bolt connection with the credentials of {@code --user}/{@code --password},
 * {@code --password-file}, or by default the password file of the configured store
 * ({@code <ecograph.neo4j.home>/bolt-password}) when it exists.
 */
public final class CommandLineConnection {

	private String uri;

	private String user;

	private String password;

	private Path passwordFile;

	/** Talk to a running Ecograph's or Neo4j's Bolt URI instead of opening the embedded store. */
	public void uri(String uri) {
		this.uri = uri;
	}

	/** The user of {@link #uri}. */
	public void user(String user) {
		this.user = user;
	}

	/** The password of {@link #uri}. */
	public void password(String password) {
		this.password = password;
	}

	/** A file holding the password of {@link #uri}. */
	public void passwordFile(Path passwordFile) {
		this.passwordFile = passwordFile;
	}

	/** Whether the command opens the embedded store itself (no {@code --uri}). */
	public boolean embedded() {
		return this.uri == null;
	}

	/**
	 * The properties the command's context starts with: the quiet ones, then the connection's. The user's own
	 * {@code --key=value} come after them and win.
	 * @param userArguments the user's {@code --key=value} arguments (for {@code ecograph.neo4j.home})
	 * @throws IllegalArgumentException when a named password file cannot be read
	 */
	public Map<String, String> properties(List<String> userArguments) {
		Map<String, String> properties = quietProperties();
		if (this.uri != null) {
			properties.put("ecograph.neo4j.embedded", "false");
			properties.put("spring.neo4j.uri", this.uri);
		}
		if (this.user != null) {
			properties.put("spring.neo4j.authentication.username", this.user);
		}
		if (this.password != null) {
			properties.put("spring.neo4j.authentication.password", this.password);
		}
		if (!embedded()) {
			addBoltCredentials(properties, userArguments);
		}
		return properties;
	}

	/**
	 * A command prints its own report: the user sees the command's progress, not the framework's start-up, and an
	 * expected failure (a busy store) as one sentence rather than a stack trace. An unreachable {@code --uri} is
	 * reported after a few seconds; the command's own embedded server takes any free Bolt port.
	 */
	private static Map<String, String> quietProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.org.ecograph", "INFO");
		properties.put("logging.level.org.ecograph.EcographApplication", "WARN");
		properties.put("logging.level.org.neo4j.driver", "ERROR");
		// Neo4j's notifications on the statements (deprecations, unknown property keys), logged by Spring Data Neo4j
		properties.put("logging.level.org.springframework.data.neo4j.cypher", "ERROR");
		properties.put("spring.neo4j.max-transaction-retry-time", "3s");
		properties.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		properties.put("logging.level.org.springframework.context", "ERROR");
		properties.put("ecograph.ingest.load-bundled-on-empty", "false");
		properties.put("ecograph.neo4j.bolt-port", "0");
		return properties;
	}

	/** The password unless {@code --password} gave it: from the password file named, else the configured store's. */
	private void addBoltCredentials(Map<String, String> properties, List<String> userArguments) {
		if (properties.containsKey("spring.neo4j.authentication.password")) {
			return;
		}
		Path file = this.passwordFile;
		if (file == null) {
			Path candidate = BoltPassword.file(home(userArguments));
			if (!Files.isReadable(candidate)) {
				return;
			}
			file = candidate;
		}
		properties.putIfAbsent("spring.neo4j.authentication.username", BoltPassword.USER);
		properties.put("spring.neo4j.authentication.password", BoltPassword.read(file));
	}

	private static Path home(List<String> userArguments) {
		String prefix = "--ecograph.neo4j.home=";
		return userArguments.stream()
			.filter(a -> a.startsWith(prefix))
			.reduce((a, b) -> b)
			.map(a -> Path.of(a.substring(prefix.length())))
			.orElse(Path.of("./data/neo4j"));
	}

}
