package org.ecograph.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecograph.neo4j.CommandLineConnection;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ecograph export [--uri bolt://localhost:7687 [--user neo4j] [--password-file f]] <folder>}: backs the
 * knowledge base up as two versioned scripts in {@code folder}; {@code ecograph load <folder>} restores them into
 * an empty store. Like {@code load}, it opens the embedded store itself, or reads a running Ecograph over Bolt.
 * Exit codes: 0 written, 1 refused, 2 usage error.
 */
public final class ExportCommand {

	static final int OK = 0;

	static final int REFUSED = 1;

	static final int USAGE = 2;

	static final String USAGE_TEXT = """
			Usage: ecograph export [--uri bolt://localhost:7687] [--user neo4j] [--password-file file] <folder>
			  Writes the whole knowledge base (entities, claims, sources, the audit trail, merged ids, token hashes,
			  the schema) as V0001__backup_schema.cypher and V0002__backup_data.cypher into a new or empty folder.
			  Restore into an empty store with: ecograph load <folder>""";

	private ExportCommand() {
	}

	/** Whether these program arguments ask for the export command. */
	public static boolean isExportInvocation(String[] args) {
		return args.length > 0 && "export".equals(args[0]);
	}

	/** Runs the command; {@code args[0]} is {@code export}. */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Map<String, String> properties = CommandLineConnection.quietProperties();
		List<String> userArguments = new ArrayList<>();
		Path folder = null;
		Path passwordFile = null;
		try {
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				switch (arg) {
					case "--uri" -> {
						properties.put("ecograph.neo4j.embedded", "false");
						properties.put("spring.neo4j.uri", value(args, ++i, arg));
					}
					case "--user" -> properties.put("spring.neo4j.authentication.username", value(args, ++i, arg));
					case "--password-file" -> passwordFile = Path.of(value(args, ++i, arg));
					default -> {
						if (arg.startsWith("--") && arg.contains("=")) {
							userArguments.add(arg);
						}
						else if (arg.startsWith("-") || folder != null) {
							throw new IllegalArgumentException("Unexpected argument " + arg);
						}
						else {
							folder = Path.of(arg);
						}
					}
				}
			}
			if (folder == null) {
				throw new IllegalArgumentException("Name the folder to write the backup into.");
			}
			if ("false".equals(properties.get("ecograph.neo4j.embedded"))) {
				CommandLineConnection.addBoltCredentials(properties, passwordFile, userArguments);
			}
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE_TEXT);
			return USAGE;
		}
		List<String> springArguments = new ArrayList<>();
		properties.forEach((key, value) -> springArguments.add("--" + key + "=" + value));
		springArguments.addAll(userArguments);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.run(springArguments.toArray(String[]::new))) {
			out.println(context.getBean(BackupWriter.class).write(folder));
			return OK;
		}
		catch (IllegalArgumentException | IOException ex) {
			err.println("EXPORT REFUSED: " + ex.getMessage());
			return REFUSED;
		}
		catch (ServiceUnavailableException ex) {
			err.println("EXPORT REFUSED: cannot reach Neo4j: " + ex.getMessage());
			return REFUSED;
		}
		catch (BeanCreationException ex) {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			err.println("EXPORT REFUSED: cannot open the database: " + root.getMessage());
			return REFUSED;
		}
	}

	private static String value(String[] args, int i, String option) {
		if (i >= args.length || args[i].startsWith("--")) {
			throw new IllegalArgumentException("Option " + option + " needs a value.");
		}
		return args[i];
	}

}
