package org.ecograph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecograph.model.GraphLoaded;
import org.ecograph.neo4j.CommandLineConnection;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.ecograph.neo4j.EmbeddedNeo4jStartException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ecograph load [--dry-run] [--uri bolt://host:7687] [--user U] [--password P | --password-file F]
 * <file-or-folder>...}: loads
 * versioned scripts and exits with 0 on success, 1 when a script is refused, 2 on a usage error.
 * <p>
 * Without {@code --uri} it opens the configured embedded store itself (the application must not be running on it);
 * with {@code --uri} it talks to a running Ecograph's Bolt port or any Neo4j server. Other {@code --key=value}
 * arguments are Spring properties (e.g. {@code --ecograph.neo4j.home=/srv/ecograph}). When it wrote to the store it
 * opened itself, it then saves the analysis snapshot of the new graph ({@link GraphLoaded}), so the next start is
 * ready for analysis in seconds.
 */
public final class LoadCommand {

	/** Exit code of a successful load. */
	public static final int OK = 0;

	/** Exit code of a refused load. */
	public static final int REFUSED = 1;

	/** Exit code of a usage error. */
	public static final int USAGE = 2;

	static final String USAGE_TEXT = """
			Usage: ecograph load [--dry-run] [--uri bolt://localhost:7687] [--user neo4j]
			                     [--password secret | --password-file file]
			                     [--spring.property=value ...] <file-or-folder>...
			  Loads versioned Cypher scripts (V<version>__<description>.cypher) in version order, each once,
			  each in one validated transaction.
			  --dry-run   run and validate, then roll everything back
			  --uri       a running Ecograph's or Neo4j's Bolt URI; without it the embedded store is opened
			              (ecograph.neo4j.home, default ./data/neo4j) and Ecograph must not be running on it;
			              then the analysis snapshot of the new graph is saved for the next start
			  --user, --password   credentials for --uri (or SPRING_NEO4J_AUTHENTICATION_USERNAME/_PASSWORD)
			  --password-file      a file holding the password for --uri; by default the running Ecograph's
			                       <ecograph.neo4j.home>/bolt-password, when it exists""";

	private LoadCommand() {
	}

	/** Whether these program arguments ask for the load command. */
	public static boolean isLoadInvocation(String[] args) {
		return args.length > 0 && "load".equals(args[0]);
	}

	/**
	 * Runs the command; {@code args[0]} is {@code load}.
	 * @param application the Spring Boot application whose configuration (Neo4j, loader) the command starts
	 */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Invocation invocation;
		try {
			invocation = Invocation.parse(List.of(args).subList(1, args.length));
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE_TEXT);
			return USAGE;
		}
		List<CypherScript> scripts;
		try {
			// Found and named before the database is opened, so a typo in a path fails in a second.
			scripts = ScriptFinder.inPaths(invocation.paths());
		}
		catch (ScriptDiscoveryException ex) {
			err.println("LOAD REFUSED: " + ex.getMessage());
			return REFUSED;
		}
		try (ConfigurableApplicationContext context = start(application, invocation)) {
			LoadReport report = context.getBean(ScriptLoader.class).load(scripts, invocation.dryRun());
			out.println(report.toText());
			boolean wrote = report.outcomes().stream().anyMatch(o -> o.action() == ScriptOutcome.Action.APPLIED);
			boolean ownStore = context.getBeanProvider(EmbeddedNeo4jServer.class).getIfAvailable() != null;
			if (wrote && !invocation.dryRun() && ownStore) {
				// the store is ours alone: prepare the next start's analysis snapshot now, while it is open
				context.publishEvent(new GraphLoaded());
			}
			return OK;
		}
		catch (LoadException ex) {
			err.println("LOAD REFUSED: " + ex.getMessage());
			err.println("Nothing of the refused script was written.");
			return REFUSED;
		}
		catch (ServiceUnavailableException ex) {
			err.println("LOAD REFUSED: cannot reach Neo4j: " + ex.getMessage());
			return REFUSED;
		}
		catch (BeanCreationException ex) {
			err.println("LOAD REFUSED: cannot open the database: " + rootMessage(ex));
			return REFUSED;
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, Invocation invocation) {
		SpringApplication app = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.build();
		return app.run(invocation.springArguments().toArray(String[]::new));
	}

	private static String rootMessage(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof EmbeddedNeo4jStartException) {
				return t.getMessage();
			}
		}
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	/** The parsed command line. */
	record Invocation(List<Path> paths, boolean dryRun, List<String> springArguments) {

		static Invocation parse(List<String> args) {
			List<Path> paths = new ArrayList<>();
			// Command-line properties outrank application.properties; the user's own --key=value come later and win.
			// A command prints its own report: the steward sees the loader's progress, not the framework's start-up,
			// and an expected failure (a busy store) as one sentence rather than a stack trace. An unreachable --uri
			// is reported after a few seconds; the command's own embedded server takes any free Bolt port.
			Map<String, String> properties = CommandLineConnection.quietProperties();
			// A load has no analyst: no analysis snapshot is built in the background.
			properties.put("ecograph.analysis.warm-up", "false");
			List<String> userArguments = new ArrayList<>();
			boolean dryRun = false;
			Path passwordFile = null;
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
					case "--dry-run" -> dryRun = true;
					case "--uri" -> {
						properties.put("ecograph.neo4j.embedded", "false");
						properties.put("spring.neo4j.uri", valueAfter(args, i++, arg));
					}
					case "--user" -> properties.put("spring.neo4j.authentication.username", valueAfter(args, i++, arg));
					case "--password" -> properties.put("spring.neo4j.authentication.password", valueAfter(args, i++, arg));
					case "--password-file" -> passwordFile = Path.of(valueAfter(args, i++, arg));
					default -> {
						if (arg.startsWith("--") && arg.contains("=")) {
							userArguments.add(arg);
						}
						else if (arg.startsWith("-")) {
							throw new IllegalArgumentException("Unknown option " + arg);
						}
						else {
							paths.add(Path.of(arg));
						}
					}
				}
			}
			if (paths.isEmpty()) {
				throw new IllegalArgumentException("Name at least one script file or folder to load.");
			}
			if ("false".equals(properties.get("ecograph.neo4j.embedded"))) {
				CommandLineConnection.addBoltCredentials(properties, passwordFile, userArguments);
			}
			else {
				properties.put("ecograph.neo4j.import-directory", importDirectory(paths).toString());
			}
			List<String> springArguments = new ArrayList<>();
			properties.forEach((key, value) -> springArguments.add("--" + key + "=" + value));
			springArguments.addAll(userArguments);
			return new Invocation(List.copyOf(paths), dryRun, springArguments);
		}

		/**
		 * Where {@code LOAD CSV FROM 'file:///x.csv'} finds {@code x.csv} when the command opens the store itself:
		 * the first folder named (or folder of a file named) that holds a {@code .csv} file, else the first one.
		 */
		static Path importDirectory(List<Path> paths) {
			List<Path> folders = paths.stream()
				.map(p -> p.toAbsolutePath().normalize())
				.map(p -> java.nio.file.Files.isDirectory(p) || p.getParent() == null ? p : p.getParent())
				.toList();
			for (Path folder : folders) {
				try (var files = java.nio.file.Files.list(folder)) {
					if (files.anyMatch(f -> f.getFileName().toString().endsWith(".csv"))) {
						return folder;
					}
				}
				catch (java.io.IOException ex) {
					// Unreadable here: the loader reports the path itself.
				}
			}
			return folders.get(0);
		}

		private static String valueAfter(List<String> args, int i, String option) {
			if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
				throw new IllegalArgumentException("Option " + option + " needs a value.");
			}
			return args.get(i + 1);
		}

	}

}
