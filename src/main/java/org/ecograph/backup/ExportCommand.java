package org.ecograph.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.ecograph.command.CommandRefusedException;
import org.ecograph.command.ConnectedCommand;
import org.ecograph.command.UsageException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ecograph export [--uri bolt://localhost:7687 [--user neo4j] [--password-file f]] <folder>}: backs the
 * knowledge base up as two versioned scripts in {@code folder}; {@code ecograph load <folder>} restores them into
 * an empty store. Like {@code load}, it opens the embedded store itself, or reads a running Ecograph over Bolt.
 * Exit codes: 0 written, 1 refused, 2 usage error.
 */
public final class ExportCommand extends ConnectedCommand {

	private static final String USAGE_TEXT = """
			Usage: ecograph export [--uri bolt://localhost:7687] [--user neo4j] [--password-file file] <folder>
			  Writes the whole knowledge base (entities, claims, sources, the audit trail, merged ids, token hashes,
			  the schema) as V0001__backup_schema.cypher and V0002__backup_data.cypher into a new or empty folder.
			  Restore into an empty store with: ecograph load <folder>""";

	private Path folder;

	/** The command, before it read its command line. */
	public ExportCommand() {
		super("export", USAGE_TEXT);
	}

	/** Runs the command; {@code args[0]} is {@code export}. */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		return new ExportCommand().execute(application, args, out, err);
	}

	@Override
	protected void argument(String argument) {
		if (this.folder != null) {
			throw new UsageException("Unexpected argument " + argument);
		}
		this.folder = Path.of(argument);
	}

	@Override
	protected void validate() {
		if (this.folder == null) {
			throw new UsageException("Name the folder to write the backup into.");
		}
	}

	@Override
	protected void work(ConfigurableApplicationContext context, PrintStream out) {
		try {
			out.println(context.getBean(BackupWriter.class).write(this.folder));
		}
		catch (IllegalArgumentException | IOException ex) {
			// a folder that is not empty, or cannot be written
			throw new CommandRefusedException(ex.getMessage(), ex);
		}
	}

}
