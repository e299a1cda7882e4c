package org.ecograph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spring properties a command-line tool ({@code load}, {@code token}, {@code export}) starts its context with:
 * quiet logging, no bundled-script loading, its own embedded server on any free port, and the Bolt credentials of
 * {@code --uri}: {@code --user}/{@code --password}, {@code --password-file}, or by default the password file of the
 * configured store ({@code <ecograph.neo4j.home>/bolt-password}) when it exists.
 */
public final class CommandLineConnection {

	private CommandLineConnection() {
	}

	/** The properties every command starts with; the user's own {@code --key=value} come after and win. */
	public static Map<String, String> quietProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.org.ecograph", "INFO");
		properties.put("logging.level.org.ecograph.EcographApplication", "WARN");
		properties.put("logging.level.org.neo4j.driver", "ERROR");
		properties.put("spring.neo4j.max-transaction-retry-time", "3s");
		properties.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		properties.put("logging.level.org.springframework.context", "ERROR");
		properties.put("ecograph.ingest.load-bundled-on-empty", "false");
		properties.put("ecograph.neo4j.bolt-port", "0");
		return properties;
	}

	/**
	 * Adds the credentials of a {@code --uri} connection to {@code properties} unless {@code --password} gave them:
	 * from {@code passwordFile}, else from the configured store's password file when it exists.
	 * @param userArguments the user's {@code --key=value} arguments (for {@code ecograph.neo4j.home})
	 * @throws IllegalArgumentException when a named password file cannot be read
	 */
	public static void addBoltCredentials(Map<String, String> properties, Path passwordFile,
			List<String> userArguments) {
		if (properties.containsKey("spring.neo4j.authentication.password")) {
			return;
		}
		Path file = passwordFile;
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
