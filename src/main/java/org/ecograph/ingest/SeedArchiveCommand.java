package org.ecograph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ecograph.command.CommandRefusedException;
import org.ecograph.command.ConnectedCommand;
import org.ecograph.command.UsageException;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.ecograph.neo4j.SeedArchive;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ecograph seed-archive <file.zip>}: seeds a new embedded store with the bundled scripts, exactly as a first
 * start does (one validated batch), stops it cleanly and packs its database into the {@link SeedArchive} that fresh
 * stores start from. The build runs it before packaging (ADR 0016); it does nothing when the archive was already built
 * from the same bundled scripts by the same Neo4j release (its manifest's {@value #KEY}).
 * <p>
 * The archive's manifest records the scripts applied (version and checksum each) and the graph version; the store it
 * packs is removed afterwards. It never holds the {@code system} database, a Bolt password or an API token (no web
 * server runs, so no first admin token is made).
 */
public final class SeedArchiveCommand extends ConnectedCommand {

	/** The manifest key of what the archive was built from: the bundled scripts and the Neo4j release. */
	public static final String KEY = "key";

	private static final String USAGE_TEXT = """
			Usage: ecograph seed-archive <file.zip>
			  Seeds an empty embedded store with the bundled scripts (as a first start does) and packs its database
			  into <file.zip>, which a fresh store then starts from. Nothing is done when <file.zip> was built from
			  the same bundled scripts by the same Neo4j release.""";

	private Path archive;

	private Path store;

	private List<CypherScript> bundled;

	private String key;

	private final Map<String, String> manifest = new LinkedHashMap<>();

	/** The command, before it read its command line. */
	public SeedArchiveCommand() {
		super("seed-archive", USAGE_TEXT);
	}

	@Override
	protected void argument(String argument) {
		if (this.archive != null) {
			throw new UsageException("Unexpected argument " + argument + ": name one archive file");
		}
		this.archive = Path.of(argument).toAbsolutePath().normalize();
	}

	@Override
	protected void validate() {
		if (this.archive == null) {
			throw new UsageException("Name the archive file to write, e.g. target/classes/" + SeedArchive.RESOURCE);
		}
	}

	@Override
	protected void addProperties(Map<String, String> properties, boolean embedded) {
		if (!embedded) {
			throw new UsageException("The seed archive packs an embedded store: --uri is not for this command");
		}
		this.store = this.archive.resolveSibling(this.archive.getFileName() + ".store-" + UUID.randomUUID());
		properties.put("ecograph.neo4j.home", this.store.toString());
		properties.put("ecograph.neo4j.import-directory", this.store.resolve("import").toString());
		properties.put("ecograph.ingest.load-bundled-on-empty", "true");
		properties.put("ecograph.neo4j.seed-archive", "false");
		properties.put("ecograph.neo4j.preallocate-logs", "false");
		properties.put("ecograph.neo4j.bolt-auth", "false");
		// the loader's lines are the progress; a start-up timeline would read as the build's
		properties.put("logging.level.org.ecograph.ingest.StartupTimeline", "WARN");
		// no analysis snapshot in the store: each store builds its own
		properties.put("ecograph.analysis.snapshot-directory", "");
	}

	@Override
	protected void prepare() {
		this.bundled = ScriptFinder.bundled();
		if (this.bundled.isEmpty()) {
			throw new CommandRefusedException("No bundled scripts on the class path (" + ScriptFinder.BUNDLED_LOCATION
					+ "): nothing to seed", null);
		}
		this.key = key(this.bundled);
	}

	@Override
	protected boolean done(PrintStream out) throws IOException {
		Optional<Properties> existing = SeedArchive.manifest(this.archive);
		if (existing.isPresent() && this.key.equals(existing.get().getProperty(KEY))) {
			out.println("Seed archive " + this.archive + " is up to date (built " + existing.get().getProperty("built")
					+ " from the same " + this.bundled.size() + " bundled scripts and Neo4j "
					+ SeedArchive.neo4jVersion() + ")");
			return true;
		}
		out.println("Seeding a new store with the " + this.bundled.size() + " bundled scripts for the seed archive "
				+ this.archive);
		return false;
	}

	@Override
	protected void work(ConfigurableApplicationContext context, PrintStream out) {
		Transactions transactions = context.getBean(Transactions.class);
		ScriptRepository scripts = context.getBean(ScriptRepository.class);
		IngestProperties properties = context.getBean(IngestProperties.class);
		List<AppliedScript> applied = transactions.read(properties.transactionTimeout(), scripts::applied);
		Map<Integer, String> expected = this.bundled.stream()
			.collect(Collectors.toMap(CypherScript::version, CypherScript::checksum));
		Map<Integer, String> found = applied.stream()
			.collect(Collectors.toMap(AppliedScript::version, AppliedScript::checksum));
		if (!expected.equals(found)) {
			throw new CommandRefusedException("The new store does not hold the bundled scripts as they are (applied "
					+ found.keySet() + ", bundled " + expected.keySet() + "): no archive written", null);
		}
		long version = context.getBean(GraphVersions.class).poll();
		if (version <= 0) {
			throw new CommandRefusedException("The new store was not seeded (graph version " + version
					+ "): no archive written", null);
		}
		this.manifest.put(KEY, this.key);
		this.manifest.put("built", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		this.manifest.put("graph.version", Long.toString(version));
		int last = this.bundled.get(this.bundled.size() - 1).version();
		this.manifest.put("scripts.last", String.format(Locale.ROOT, "V%04d", last));
		this.manifest.put("scripts", this.bundled.stream()
			.map(s -> s.version() + ":" + s.checksum())
			.collect(Collectors.joining(",")));
	}

	@Override
	protected void afterClose(PrintStream out) throws IOException {
		try {
			int files = SeedArchive.pack(this.store, this.archive, this.manifest);
			out.println("Seed archive " + this.archive + " written: " + files + " files, " + Files.size(this.archive)
					+ " bytes, graph version " + this.manifest.get("graph.version") + ", bundled scripts up to "
					+ this.manifest.get("scripts.last"));
		}
		finally {
			SeedArchive.delete(this.store);
		}
	}

	/**
	 * What an archive is built from, in hexadecimal: every bundled script (its version, description and checksum) and
	 * the Neo4j release (hence the store format).
	 */
	static String key(List<CypherScript> bundled) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("neo4j " + SeedArchive.neo4jVersion() + "\n").getBytes(StandardCharsets.UTF_8));
			for (CypherScript script : bundled) {
				digest.update((script.version() + " " + script.description() + " " + script.checksum() + "\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
