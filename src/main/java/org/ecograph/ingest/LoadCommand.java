package org.ecograph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecograph.command.Arguments;
import org.ecograph.command.CommandRefusedException;
import org.ecograph.command.ConnectedCommand;
import org.ecograph.command.UsageException;
import org.ecograph.model.GraphLoaded;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ecograph load [--dry-run] [--uri bolt://host:7687] [--user U] [--password P | --password-file F]
 * <file-or-folder>...}: loads versioned scripts and exits with 0 on success, 1 when a script is refused, 2 on a usage
 * error.
 * <p>
 * Without {@code --uri} it opens the configured embedded store itself (the application must not be running on it);
 * with {@code --uri} it talks to a running Ecograph's Bolt port or any Neo4j server. Other {@code --key=value}
 * arguments are Spring properties (e.g. {@code --ecograph.neo4j.home=/srv/ecograph}). When it wrote to the store it
 * opened itself, it then saves the analysis snapshot of the new graph ({@link GraphLoaded}), so the next start is
 * ready for analysis in seconds.
 */
public final class LoadCommand extends ConnectedCommand {

	private static final String USAGE_TEXT = """
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

	private final List<Path> paths = new ArrayList<>();

	private boolean dryRun;

	private List<CypherScript> scripts;

	/** The command, before it read its command line. */
	public LoadCommand() {
		super("load", USAGE_TEXT);
	}

	/**
	 * Runs the command; {@code args[0]} is {@code load}.
	 * @param application the Spring Boot application whose configuration (Neo4j, loader) the command starts
	 */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		return new LoadCommand().execute(application, args, out, err);
	}

	@Override
	protected boolean option(String option, Arguments arguments) {
		if (!"--dry-run".equals(option)) {
			return false;
		}
		this.dryRun = true;
		return true;
	}

	@Override
	protected void argument(String argument) {
		this.paths.add(Path.of(argument));
	}

	@Override
	protected void validate() {
		if (this.paths.isEmpty()) {
			throw new UsageException("Name at least one script file or folder to load.");
		}
	}

	@Override
	protected void addProperties(Map<String, String> properties, boolean embedded) {
		if (embedded) {
			properties.put("ecograph.neo4j.import-directory", importDirectory(this.paths).toString());
		}
	}

	@Override
	protected void prepare() {
		try {
			// Found and named before the database is opened, so a typo in a path fails in a second.
			this.scripts = ScriptFinder.inPaths(this.paths);
		}
		catch (ScriptDiscoveryException ex) {
			throw new CommandRefusedException(ex.getMessage(), ex);
		}
	}

	@Override
	protected void work(ConfigurableApplicationContext context, PrintStream out) {
		LoadReport report;
		try {
			report = context.getBean(ScriptLoader.class).load(this.scripts, this.dryRun);
		}
		catch (LoadException ex) {
			throw new CommandRefusedException(ex.getMessage(), "Nothing of the refused script was written.", ex);
		}
		out.println(report.toText());
		boolean wrote = report.outcomes().stream().anyMatch(o -> o.action() == ScriptOutcome.Action.APPLIED);
		boolean ownStore = context.getBeanProvider(EmbeddedNeo4jServer.class).getIfAvailable() != null;
		if (wrote && !this.dryRun && ownStore) {
			// the store is ours alone: prepare the next start's analysis snapshot now, while it is open
			context.publishEvent(new GraphLoaded());
		}
	}

	/**
	 * Where {@code LOAD CSV FROM 'file:///x.csv'} finds {@code x.csv} when the command opens the store itself: the
	 * first folder named (or folder of a file named) that holds a {@code .csv} file, else the first one.
	 */
	static Path importDirectory(List<Path> paths) {
		List<Path> folders = paths.stream()
			.map(p -> p.toAbsolutePath().normalize())
			.map(p -> Files.isDirectory(p) || p.getParent() == null ? p : p.getParent())
			.toList();
		for (Path folder : folders) {
			try (var files = Files.list(folder)) {
				if (files.anyMatch(f -> f.getFileName().toString().endsWith(".csv"))) {
					return folder;
				}
			}
			catch (IOException ex) {
				// Unreadable here: the loader reports the path itself.
			}
		}
		return folders.get(0);
	}

}
