package org.ecograph.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.ecograph.neo4j.CommandLineConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command of the jar ({@code java -jar ecograph.jar <name> ...}) that works on the knowledge base: it reads the
 * options every command shares, starts the application without its web server, quietly (its own embedded store, or a
 * running Ecograph or Neo4j over Bolt), runs its work, and maps whatever fails once ({@link CommandFailures}) to a
 * message and an exit code. A subclass adds only its own options ({@link #option}, {@link #argument},
 * {@link #validate}), what it needs before the database opens ({@link #prepare}) and its work ({@link #work}).
 * <p>
 * Shared options: {@code --uri bolt://host:7687}, {@code --user U}, {@code --password P},
 * {@code --password-file F} (the connection: {@link CommandLineConnection}), and {@code --key=value} Spring
 * properties (e.g. {@code --ecograph.neo4j.home=/srv/ecograph}), which win over the command's own.
 * <p>
 * A command is used once: it keeps what it read of its command line.
 */
public abstract class ConnectedCommand {

	/** Exit code: done. */
	public static final int OK = 0;

	/**
	 * Exit code: refused, as an expected outcome: the command's own refusal (a script breaking a rule), an unreachable
	 * database, a store that cannot be opened (in use by a running Ecograph), a database that timed out.
	 */
	public static final int REFUSED = 1;

	/** Exit code: the command line is wrong; the usage is printed. */
	public static final int USAGE = 2;

	/** Exit code: an unexpected failure (a bug); its stack trace is printed. */
	public static final int FAILED = 3;

	private final String name;

	private final String usage;

	private final CommandLineConnection connection = new CommandLineConnection();

	private final List<String> userArguments = new ArrayList<>();

	/**
	 * @param name the word that selects the command ({@code load})
	 * @param usage its usage text, printed after a usage error
	 */
	protected ConnectedCommand(String name, String usage) {
		this.name = name;
		this.usage = usage;
	}

	/**
	 * The command {@code args} name (their first word), from {@code commands}: the jar's one list of commands; empty
	 * when the arguments name none (the application serves the API).
	 */
	public static Optional<ConnectedCommand> selectedBy(String[] args,
			List<Supplier<? extends ConnectedCommand>> commands) {
		return args.length == 0 ? Optional.empty()
				: commands.stream().<ConnectedCommand>map(Supplier::get).filter(c -> c.name.equals(args[0])).findFirst();
	}

	/** The word that selects the command. */
	public final String name() {
		return this.name;
	}

	final String usage() {
		return this.usage;
	}

	/**
	 * Runs the command and returns its exit code; never throws.
	 * @param application the Spring Boot application whose configuration (Neo4j, the capabilities) the command starts
	 * @param args the whole command line, {@code args[0]} being the command's name
	 * @param out where the command's report goes
	 * @param err where failures go
	 */
	public final int execute(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		try {
			List<String> springArguments = parse(Arrays.asList(args).subList(1, args.length));
			prepare();
			if (done(out)) {
				return OK;
			}
			try (ConfigurableApplicationContext context = start(application, springArguments)) {
				work(context, out);
			}
			afterClose(out);
			return OK;
		}
		catch (Exception ex) {
			return CommandFailures.report(this, ex, err);
		}
	}

	/** Reads the command line after the command's name; the Spring arguments of the command's context. */
	private List<String> parse(List<String> args) {
		Arguments arguments = new Arguments(args);
		while (arguments.hasNext()) {
			String arg = arguments.next();
			switch (arg) {
				case "--uri" -> this.connection.uri(arguments.valueOf(arg));
				case "--user" -> this.connection.user(arguments.valueOf(arg));
				case "--password" -> this.connection.password(arguments.valueOf(arg));
				case "--password-file" -> this.connection.passwordFile(Path.of(arguments.valueOf(arg)));
				default -> {
					if (arg.startsWith("--") && arg.contains("=")) {
						this.userArguments.add(arg);
					}
					else if (!option(arg, arguments)) {
						if (arg.startsWith("-")) {
							throw new UsageException("Unknown option " + arg);
						}
						argument(arg);
					}
				}
			}
		}
		validate();
		Map<String, String> properties;
		try {
			properties = this.connection.properties(this.userArguments);
		}
		catch (IllegalArgumentException ex) {
			// a password file that cannot be read
			throw new UsageException(ex.getMessage());
		}
		// A command has no analyst and no steward: no analysis snapshot is built and no validation planned in the
		// background (the context would close under them, and log that the build failed), and the GraphQL schema,
		// which serves nothing without a web server, is not inspected (it would warn of every field unmapped)
		properties.put("ecograph.analysis.warm-up", "false");
		properties.put("ecograph.steward.warm-up", "false");
		properties.put("spring.graphql.schema.inspection.enabled", "false");
		addProperties(properties, this.connection.embedded());
		// the user's own --key=value wins: Spring would join two values of one key given on the command line ("0,0")
		this.userArguments.stream()
			.filter(a -> a.startsWith("--") && a.indexOf('=') > 2)
			.map(a -> a.substring(2, a.indexOf('=')))
			.forEach(properties::remove);
		List<String> springArguments = new ArrayList<>();
		properties.forEach((key, value) -> springArguments.add("--" + key + "=" + value));
		springArguments.addAll(this.userArguments);
		return springArguments;
	}

	private static ConfigurableApplicationContext start(Class<?> application, List<String> springArguments) {
		try {
			return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.run(springArguments.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			throw new CommandFailures.StartFailure(ex);
		}
	}

	/**
	 * Takes {@code option}, one of the command's own, reading its value from {@code arguments} if it has one.
	 * @return whether it is one of the command's options
	 * @throws UsageException when its value is wrong
	 */
	protected boolean option(String option, Arguments arguments) {
		return false;
	}

	/**
	 * Takes an argument that is not an option (a path, an action), in the order given.
	 * @throws UsageException when the command takes no more of them
	 */
	protected void argument(String argument) {
		throw new UsageException("Unexpected argument " + argument);
	}

	/**
	 * Checks the command line once read.
	 * @throws UsageException when something is missing
	 */
	protected void validate() {
	}

	/**
	 * Adds the command's own Spring properties to its context's.
	 * @param embedded whether the command opens the embedded store itself (no {@code --uri})
	 */
	protected void addProperties(Map<String, String> properties, boolean embedded) {
	}

	/**
	 * What the command does before the database is opened, so that a mistake fails in a second (the scripts named are
	 * found).
	 * @throws CommandRefusedException when the command cannot go on
	 */
	protected void prepare() {
	}

	/**
	 * Whether the command has nothing to do (what it would write is there already), asked after {@link #prepare} and
	 * before the database is opened; {@code true} ends it with {@link #OK} at once.
	 * @param out where it says so
	 */
	protected boolean done(PrintStream out) throws Exception {
		return false;
	}

	/**
	 * What the command does once its context is closed (the embedded store shut down cleanly), after its work.
	 * @param out where its report goes
	 */
	protected void afterClose(PrintStream out) throws Exception {
	}

	/**
	 * The command's work in its started context.
	 * @param out where its report goes
	 * @throws CommandRefusedException when it refuses, as an expected outcome
	 */
	protected abstract void work(ConfigurableApplicationContext context, PrintStream out) throws Exception;

}
