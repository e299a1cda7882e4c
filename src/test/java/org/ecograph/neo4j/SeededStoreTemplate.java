package org.ecograph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.ecograph.EcographApplication;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A store seeded once by the application's own first start, copied for every test context that only needs "a freshly
 * seeded store" ({@link SeededStoreTemplateCustomizerFactory}), instead of loading the bundled scripts again for each
 * (5-10 s each when the JVM is warm, about 20 s cold).
 * <p>
 * <b>How it is built.</b> The first caller in a JVM starts the application itself ({@link EcographApplication}, no
 * web server) on an empty store under {@code target/neo4j-tests/seed-template-<key>}: the embedded Neo4j, the bolt
 * password, and the bundled scripts loaded as on any first start ({@code BundledScriptsOnEmptyDatabase}, one
 * validated batch); or, when the build's seed archive was built today ({@link #archiveBuiltToday()}), the archive
 * opened once by Neo4j alone, which is what a first start from the archive leaves. The application (or Neo4j) is
 * then closed, which shuts Neo4j down cleanly (a checkpoint: the files on disk are a consistent store), and its log
 * folder is removed. The analysis projection is neither built nor saved
 * ({@code ecograph.analysis.warm-up=false}, no snapshot directory), so a copy holds no ADR 0001 snapshot and each
 * context builds its projection from its database, as it did on a store it seeded itself. Without a web server no first
 * admin token is created; each context that copies the template creates its own, as on a first start.
 * <p>
 * <b>How it is used.</b> {@link #copyInto(Path)} copies the template's files (never started again, hence never
 * changed) into a store directory before the context's embedded Neo4j starts on it. The context then starts as on a
 * restart: the bundled scripts are checked, none pending; the password file matches the system database, so it is not
 * set again. Every copy has the template's graph version, stamp and Neo4j store id: each copy is a store of its own in
 * a server of its own, a write to one gives it a new version with a new random stamp, and the stamp only tells saved
 * snapshots of one store apart (each context keeps its snapshots in its own store folder).
 * <p>
 * <b>Stale templates.</b> The folder's name is a hash of everything the first start depends on: the application's
 * compiled classes and resources (its code, its configuration, the bundled {@code cypher/} scripts, hence the schema
 * scripts and the graph version they give), the test configuration ({@code config/application.properties}), the Neo4j
 * release (its jar, hence the store format) and the day (UTC): the seed's audit trail is dated by its load, and tests
 * ask what changed "yesterday to today". A change to any of them builds another template (and removes the old ones); an
 * unchanged build reuses the template of an earlier JVM (a second {@code mvn test}), taking a
 * file lock ({@code seed-template.lock}) so that two JVMs never build or remove one at the same time. A folder is
 * only given its final name once built, so a half-built template is never copied.
 */
public final class SeededStoreTemplate {

	private static final Logger log = LoggerFactory.getLogger(SeededStoreTemplate.class);

	/** Where test stores live (the tests' {@code ecograph.neo4j.home=target/neo4j-tests/...}). */
	static final Path ROOT = Path.of("target", "neo4j-tests");

	static final String PREFIX = "seed-template-";

	/** Changed when what a template holds changes in a way the key does not see. */
	private static final String FORMAT = "2";

	/** The store folder inside a template's folder. */
	private static final String STORE = "store";

	private static Path template;

	private SeededStoreTemplate() {
	}

	/**
	 * Copies the seeded template's store into {@code home}, which must be absent or empty, building the template first
	 * if this JVM has none yet.
	 */
	public static void copyInto(Path home) {
		Path store = store();
		long started = System.nanoTime();
		try {
			if (Files.isDirectory(home) && !isEmpty(home)) {
				throw new IllegalStateException("Not copying the seeded template into " + home + ": it holds files");
			}
			copyTree(store, home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy the seeded template " + store + " into " + home, ex);
		}
		log.info("Seeded store copied from the template {} into {} in {} ms (the bundled scripts are not loaded again)",
				store.getParent().getFileName(), home, (System.nanoTime() - started) / 1_000_000);
	}

	/** The template's store folder, built if this JVM has not built or found it yet. */
	static synchronized Path store() {
		if (template == null || !Files.isDirectory(template)) {
			template = findOrBuild();
		}
		return template.resolve(STORE);
	}

	private static Path findOrBuild() {
		String key = key();
		Path dir = ROOT.resolve(PREFIX + key);
		try {
			Files.createDirectories(ROOT);
			try (FileChannel channel = FileChannel.open(ROOT.resolve("seed-template.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				if (Files.isDirectory(dir.resolve(STORE))) {
					log.info("Seeded store template {} found (built earlier with the same scripts, code and day)", dir);
					return dir;
				}
				removeOthers(dir);
				build(dir);
				return dir;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the seeded store template " + dir, ex);
		}
	}

	private static void build(Path dir) throws IOException {
		long started = System.nanoTime();
		Path building = dir.resolveSibling(dir.getFileName() + ".building-" + UUID.randomUUID());
		Path store = building.resolve(STORE).toAbsolutePath();
		if (archiveBuiltToday()) {
			// What a first start from the archive leaves (SeedArchiveStartTests: the application's start adds nothing
			// to the graph): the archive's database, and the system database with the store's own Bolt password.
			log.info("Building the seeded store template {}: the build's seed archive, opened once by Neo4j", dir);
			EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(true, store, 0, "32m",
					Duration.ofMinutes(5), building.resolve("import").toAbsolutePath(), true, "", false, true, true);
			try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(properties)) {
				if (server.fresh().filter(f -> f.contains("seeded from the archive")).isEmpty()) {
					throw new IllegalStateException("The seeded store template " + store
							+ " did not start from the seed archive: " + server.fresh().orElse("a used store"));
				}
			}
		}
		else {
			log.info("Building the seeded store template {}: a first start of the application on an empty store", dir);
			firstStart(building, store);
		}
		// Neo4j's own logs of the template's start are not part of a fresh store
		deleteTree(store.resolve("logs"));
		deleteTree(store.resolve("analysis"));
		deleteTree(building.resolve("import"));
		Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
		log.info("Seeded store template {} built in {} ms", dir, (System.nanoTime() - started) / 1_000_000);
	}

	/** The application's first start on the empty store {@code store}, loading the bundled scripts. */
	private static void firstStart(Path building, Path store) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EcographApplication.class)
			.web(WebApplicationType.NONE)
			.run("--ecograph.neo4j.home=" + store, "--ecograph.neo4j.bolt-port=0", "--spring.main.banner-mode=off",
					"--ecograph.neo4j.import-directory=" + building.resolve("import").toAbsolutePath(),
					// no projection in the background and no snapshot file: each copy builds its own from its database
					"--ecograph.analysis.warm-up=false", "--ecograph.analysis.snapshot-directory=",
					// the template must be seeded whatever a developer's environment says
					"--ecograph.ingest.load-bundled-on-empty=true", "--ecograph.neo4j.embedded=true",
					"--ecograph.neo4j.seed-archive=false", "--ecograph.neo4j.bolt-auth=true")) {
			long version = app.getBean(Driver.class)
				.executableQuery("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version")
				.execute()
				.records()
				.stream()
				.mapToLong(r -> r.get("version").asLong())
				.findFirst()
				.orElse(0);
			if (version <= 0) {
				throw new IllegalStateException("The seeded store template " + store + " was not seeded (graph version "
						+ version + ")");
			}
		}
	}

	/**
	 * Whether the build's seed archive (ADR 0016) was built today (UTC): a template made of it is then the store a
	 * first start that loads the scripts today would leave (the seed's times are the build's, of the same day), at the
	 * cost of one start of Neo4j instead of an application's first start. An older archive (a build of an earlier day,
	 * kept while the scripts did not change) would date the seed before the day the tests ask about: the template then
	 * loads the scripts.
	 */
	static boolean archiveBuiltToday() {
		URL archive = SeededStoreTemplate.class.getClassLoader().getResource(SeedArchive.RESOURCE);
		if (archive == null) {
			return false;
		}
		try {
			String built = SeedArchive.manifest(archive).map(m -> m.getProperty("built", "")).orElse("");
			return built.startsWith(LocalDate.now(ZoneOffset.UTC).toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the seed archive " + archive, ex);
		}
	}

	/** Templates of other keys (older scripts, code or days) and builds a stopped JVM left half-done. */
	private static void removeOthers(Path keep) throws IOException {
		List<Path> others;
		try (Stream<Path> list = Files.list(ROOT)) {
			others = list.filter(p -> p.getFileName().toString().startsWith(PREFIX) && !p.equals(keep)
					&& Files.isDirectory(p)).toList();
		}
		for (Path other : others) {
			deleteTree(other);
		}
	}

	/**
	 * The hash of everything a first start's store depends on (see the class comment), in hexadecimal (16
	 * characters).
	 */
	static String key() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, "format " + FORMAT);
			update(digest, "day " + LocalDate.now(ZoneOffset.UTC));
			update(digest, "neo4j " + location(DatabaseManagementServiceBuilder.class));
			Path application = Path.of(location(EcographApplication.class).toURI());
			if (Files.isDirectory(application)) {
				List<Path> files;
				try (Stream<Path> walk = Files.walk(application)) {
					files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
				}
				files.sort(Comparator.comparing(p -> application.relativize(p).toString()));
				for (Path file : files) {
					update(digest, application.relativize(file).toString());
					digest.update(Files.readAllBytes(file));
				}
			}
			else {
				update(digest, application.toString());
				digest.update(Files.readAllBytes(application));
			}
			for (String name : List.of("application.properties", "config/application.properties")) {
				for (URL url : Collections.list(SeededStoreTemplate.class.getClassLoader().getResources(name))) {
					update(digest, url.toString());
					try (InputStream in = url.openStream()) {
						digest.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException | URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static URL location(Class<?> type) {
		return type.getProtectionDomain().getCodeSource().getLocation();
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.findAny().isEmpty();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				// the attributes too: the bolt password file is readable by its owner only
				Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
