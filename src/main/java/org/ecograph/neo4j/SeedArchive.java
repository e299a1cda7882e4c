package org.ecograph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.neo4j.kernel.internal.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store of the default database ({@code neo4j}) packed at build time, which a fresh embedded store starts from
 * instead of an empty one (ADR 0016, "The seed archive"): the first start then opens a seeded database as a restart
 * does, instead of planning and running every bundled script on a cold JVM.
 * <p>
 * <b>What it holds.</b> The files of the {@code neo4j} database and its transaction logs after a clean shutdown
 * (a checkpoint), and a manifest ({@value #MANIFEST}): the Neo4j release that wrote them and whatever the packer adds
 * (the bundled scripts applied and their checksums, the graph version). Never the {@code system} database (users,
 * the Bolt password), the Bolt password file, Neo4j's logs or an API token: each store creates its own on its first
 * start.
 * <p>
 * <b>When it is used.</b> Only on a store directory that has no database yet (neither {@code <home>/data/databases}
 * nor {@code <home>/data/transactions}), and only when the archive was written by the same Neo4j release (a store
 * format this server reads as it is); any other case starts the empty store as before and says why at INFO. It is unpacked before the server starts, so the
 * server creates its {@code system} database beside it and opens {@code neo4j} as it finds it.
 */
public final class SeedArchive {

	/** The archive's resource name on the class path (written by the build into the application's classes). */
	public static final String RESOURCE = "ecograph-seed-store.zip";

	/** The manifest's entry name in the archive. */
	public static final String MANIFEST = "seed-archive.properties";

	/** The manifest key of the Neo4j release that wrote the store. */
	public static final String NEO4J_VERSION = "neo4j.version";

	/** The folders of a store directory the archive holds: the default database and its transaction logs. */
	private static final List<String> PACKED = List.of("data/databases/neo4j", "data/transactions/neo4j");

	/** Files Neo4j holds while it runs, never part of a packed store. */
	private static final String LOCK = "database_lock";

	private static final Logger log = LoggerFactory.getLogger(SeedArchive.class);

	private SeedArchive() {
	}

	/** The Neo4j release of this class path, as the manifest records it. */
	public static String neo4jVersion() {
		return Version.getNeo4jVersion();
	}

	/**
	 * Whether {@code home} is a store directory with no database yet: absent, empty, or holding only files such as the
	 * Bolt password; neither database files nor transaction logs.
	 */
	static boolean fresh(Path home) {
		Path data = home.resolve("data");
		return !Files.exists(data.resolve("databases")) && !Files.exists(data.resolve("transactions"));
	}

	/**
	 * Unpacks the archive on the class path into {@code home} when it is a fresh store directory and the archive
	 * suits this server. The files are unpacked into a folder of their own inside {@code home} and then moved into
	 * place, folder by folder: a failure leaves the store directory as it was, never half a database, and removes
	 * nothing but that folder. An archive that cannot be read is a broken build, not a reason not to start: the store
	 * then starts empty and the bundled scripts are loaded, and a WARN says why.
	 * @return what was done, for the log and the start-up timeline; empty when the store was not fresh
	 */
	static Optional<String> unpackIfFresh(Path home, ClassLoader classLoader) {
		if (!fresh(home)) {
			return Optional.empty();
		}
		URL archive = classLoader.getResource(RESOURCE);
		if (archive == null) {
			log.info("A fresh store: no seed archive in this build ({} not on the class path); the bundled scripts "
					+ "will be loaded", RESOURCE);
			return Optional.of("a fresh store, no seed archive");
		}
		long started = System.nanoTime();
		Path root = home.toAbsolutePath().normalize();
		Path unpacked = root.resolve(".seed-archive-" + UUID.randomUUID());
		try {
			Properties manifest = manifest(archive)
				.orElseThrow(() -> new IOException("no " + MANIFEST + " in it: not an archive this build wrote"));
			String written = manifest.getProperty(NEO4J_VERSION);
			if (!neo4jVersion().equals(written)) {
				log.info("A fresh store: the seed archive was written by Neo4j {}, this server is {}; the bundled "
						+ "scripts will be loaded instead", written, neo4jVersion());
				return Optional.of("a fresh store, seed archive of another Neo4j release not used");
			}
			int files = unpack(archive, unpacked);
			for (String folder : PACKED) {
				Files.createDirectories(root.resolve(folder).getParent());
				Files.move(unpacked.resolve(folder), root.resolve(folder), StandardCopyOption.ATOMIC_MOVE);
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			String scripts = manifest.getProperty("scripts.last", "?");
			log.info("A fresh store: the seeded database unpacked from the seed archive in {} ms ({} files; bundled "
					+ "scripts up to {}, graph version {}, built {})", millis, files, scripts,
					manifest.getProperty("graph.version", "?"), manifest.getProperty("built", "?"));
			return Optional.of("a fresh store seeded from the archive (scripts up to " + scripts + ") in " + millis
					+ " ms");
		}
		catch (IOException | RuntimeException ex) {
			log.warn("A fresh store: the seed archive {} could not be unpacked ({}); the store starts empty and the "
					+ "bundled scripts will be loaded instead (rebuild the jar to restore the archive)", archive,
					ex.toString());
			return Optional.of("a fresh store, seed archive not unpacked");
		}
		finally {
			try {
				delete(unpacked);
			}
			catch (IOException ex) {
				log.warn("Could not remove the folder the seed archive was unpacked into: remove {}", unpacked, ex);
			}
		}
	}

	/** The manifest of the archive at {@code archive}; empty when it has none. */
	public static Optional<Properties> manifest(URL archive) throws IOException {
		try (InputStream in = archive.openStream(); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(MANIFEST)) {
					Properties manifest = new Properties();
					manifest.load(zip);
					return Optional.of(manifest);
				}
			}
		}
		return Optional.empty();
	}

	/** The manifest of the archive file {@code archive}; empty when the file or its manifest is absent. */
	public static Optional<Properties> manifest(Path archive) throws IOException {
		return Files.isRegularFile(archive) ? manifest(archive.toUri().toURL()) : Optional.empty();
	}

	private static int unpack(URL archive, Path home) throws IOException {
		Path root = home.toAbsolutePath().normalize();
		int files = 0;
		try (InputStream in = archive.openStream(); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(MANIFEST)) {
					continue;
				}
				Path target = root.resolve(entry.getName()).normalize();
				if (!target.startsWith(root) || PACKED.stream().noneMatch(p -> target.startsWith(root.resolve(p)))) {
					throw new IOException("The seed archive holds " + entry.getName()
							+ ", outside the folders a seed holds (" + PACKED + ")");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(zip, target);
					files++;
				}
			}
		}
		return files;
	}

	/**
	 * Packs the default database of the stopped store {@code home} into the archive {@code archive} with
	 * {@code manifest} and the Neo4j release; the archive appears whole or not at all (written beside it, then moved).
	 * @return the number of files packed
	 */
	public static int pack(Path home, Path archive, Map<String, String> manifest) throws IOException {
		Path root = home.toAbsolutePath().normalize();
		for (String folder : PACKED) {
			if (!Files.isDirectory(root.resolve(folder))) {
				throw new IOException("Not a stopped store with a default database: " + root.resolve(folder)
						+ " is missing");
			}
		}
		Files.createDirectories(archive.toAbsolutePath().getParent());
		Path partial = archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".partial");
		List<Path> files = new ArrayList<>();
		for (String folder : PACKED) {
			Files.walkFileTree(root.resolve(folder), new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (!file.getFileName().toString().equals(LOCK)) {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}
			});
		}
		files.sort(null);
		Map<String, String> all = new TreeMap<>(manifest);
		all.put(NEO4J_VERSION, neo4jVersion());
		try {
			try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.putNextEntry(new ZipEntry(MANIFEST));
				Properties properties = new Properties();
				properties.putAll(all);
				properties.store(zip, "The seed archive: see org.ecograph.neo4j.SeedArchive");
				zip.closeEntry();
				for (Path file : files) {
					zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
					Files.copy(file, zip);
					zip.closeEntry();
				}
			}
			Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		return files.size();
	}

	/** Removes {@code root} and everything under it, if it exists (a store packed, a folder unpacked). */
	public static void delete(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
