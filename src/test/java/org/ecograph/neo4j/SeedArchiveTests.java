package org.ecograph.neo4j;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Packing a stopped store's default database and unpacking it into a fresh store directory, and only there. */
class SeedArchiveTests {

	@Test
	void packsTheDefaultDatabaseOnlyAndUnpacksItIntoAFreshStore(@TempDir Path dir) throws IOException {
		Path store = fakeStore(dir.resolve("store"));
		Path archive = dir.resolve("classes").resolve(SeedArchive.RESOURCE);

		int files = SeedArchive.pack(store, archive, Map.of("graph.version", "7", "scripts.last", "V0002"));

		assertThat(files).isEqualTo(3);
		assertThat(SeedArchive.manifest(archive)).get()
			.satisfies(m -> assertThat(m.getProperty(SeedArchive.NEO4J_VERSION)).isEqualTo(SeedArchive.neo4jVersion()))
			.satisfies(m -> assertThat(m.getProperty("graph.version")).isEqualTo("7"));
		assertThat(Files.list(archive.getParent()).map(p -> p.getFileName().toString()))
			.as("nothing half-written is left beside it").containsExactly(SeedArchive.RESOURCE);

		Path home = dir.resolve("fresh");
		Files.createDirectories(home);
		Files.writeString(home.resolve(BoltPassword.FILE_NAME), "kept\n");
		Optional<String> done = SeedArchive.unpackIfFresh(home, loaderOf(archive));

		assertThat(done).get().asString().contains("seeded from the archive").contains("V0002");
		assertThat(Files.readString(home.resolve("data/databases/neo4j/neostore"))).isEqualTo("store");
		assertThat(Files.readString(home.resolve("data/transactions/neo4j/neostore.transaction.db.0")))
			.isEqualTo("log");
		assertThat(Files.exists(home.resolve("data/databases/neo4j/database_lock"))).as("a lock is never packed")
			.isFalse();
		assertThat(Files.exists(home.resolve("data/databases/system"))).as("the system database is never packed")
			.isFalse();
		assertThat(Files.readString(home.resolve(BoltPassword.FILE_NAME))).isEqualTo("kept\n");
	}

	/** A store with database files, or with transaction logs only (damaged: Neo4j says what is wrong), is not fresh. */
	@ParameterizedTest
	@ValueSource(strings = { "data/databases/neo4j/neostore", "data/transactions/neo4j/neostore.transaction.db.0" })
	void leavesAStoreThatHoldsDatabaseFilesOrLogsAsItIs(String file, @TempDir Path dir) throws IOException {
		Path archive = dir.resolve("classes").resolve(SeedArchive.RESOURCE);
		SeedArchive.pack(fakeStore(dir.resolve("store")), archive, Map.of());
		Path home = dir.resolve("used");
		Files.createDirectories(home.resolve(file).getParent());
		Files.writeString(home.resolve(file), "mine");

		assertThat(SeedArchive.unpackIfFresh(home, loaderOf(archive))).isEmpty();
		assertThat(Files.readString(home.resolve(file))).isEqualTo("mine");
		assertThat(Files.list(home.resolve("data")).map(p -> p.getFileName().toString())).as("nothing added")
			.containsExactly(file.split("/")[1]);
	}

	@Test
	void startsEmptyWhenThereIsNoArchiveOrOneOfAnotherNeo4jRelease(@TempDir Path dir) throws IOException {
		Path home = dir.resolve("fresh");
		assertThat(SeedArchive.unpackIfFresh(home, loaderOf(dir.resolve("none").resolve(SeedArchive.RESOURCE))))
			.get()
			.asString()
			.contains("no seed archive");

		Path archive = dir.resolve("classes").resolve(SeedArchive.RESOURCE);
		writeZip(archive, Map.of(SeedArchive.MANIFEST, SeedArchive.NEO4J_VERSION + "=4.4.0\n",
				"data/databases/neo4j/neostore", "old"));
		assertThat(SeedArchive.unpackIfFresh(home, loaderOf(archive))).get()
			.asString()
			.contains("another Neo4j release");
		assertThat(Files.exists(home.resolve("data"))).isFalse();
	}

	@Test
	void refusesAnEntryOutsideTheDatabaseFoldersAndLeavesTheStoreAsItWas(@TempDir Path dir) throws IOException {
		Path archive = dir.resolve("classes").resolve(SeedArchive.RESOURCE);
		writeZip(archive, Map.of(SeedArchive.MANIFEST, SeedArchive.NEO4J_VERSION + "=" + SeedArchive.neo4jVersion(),
				"data/databases/neo4j/neostore", "store", "data/databases/system/neostore", "users"));
		Path home = dir.resolve("fresh");
		Files.createDirectories(home.resolve("data/dbms"));
		Files.writeString(home.resolve("data/dbms/kept"), "kept");

		assertThat(SeedArchive.unpackIfFresh(home, loaderOf(archive))).as("the store starts empty: the scripts load")
			.get()
			.asString()
			.contains("seed archive not unpacked");
		assertThat(Files.list(home).map(p -> p.getFileName().toString())).as("no half-unpacked folder is left")
			.containsExactly("data");
		assertThat(Files.list(home.resolve("data")).map(p -> p.getFileName().toString()))
			.as("no database, and nothing else removed")
			.containsExactly("dbms");
		assertThat(Files.readString(home.resolve("data/dbms/kept"))).isEqualTo("kept");
	}

	@Test
	void startsEmptyWhenTheArchiveCannotBeRead(@TempDir Path dir) throws IOException {
		Path archive = dir.resolve("classes").resolve(SeedArchive.RESOURCE);
		Files.createDirectories(archive.getParent());
		Files.write(archive, new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });
		Path home = dir.resolve("fresh");

		assertThat(SeedArchive.unpackIfFresh(home, loaderOf(archive))).get()
			.asString()
			.contains("seed archive not unpacked");
		assertThat(SeedArchive.fresh(home)).isTrue();
	}

	@Test
	void refusesToPackADirectoryThatIsNotAStoppedStore(@TempDir Path dir) {
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> SeedArchive.pack(dir, dir.resolve(SeedArchive.RESOURCE), Map.of()))
			.withMessageContaining("data/databases/neo4j is missing");
	}

	/**
	 * The application's configuration ties the archive to the bundled scripts: a store that should start empty (the
	 * commands' own stores, an operator's {@code load-bundled-on-empty=false}) is not seeded from it either.
	 */
	@ParameterizedTest
	@CsvSource({ ",true", "ecograph.ingest.load-bundled-on-empty=false,false",
			"ecograph.ingest.load-bundled-on-empty=true,true", "ecograph.neo4j.seed-archive=false,false" })
	void theArchiveIsUsedWhereTheBundledScriptsWouldBeLoaded(String setting, boolean used) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
		if (setting != null) {
			String[] pair = setting.split("=");
			environment.getPropertySources().addFirst(new MapPropertySource("given", Map.of(pair[0], pair[1])));
		}
		EmbeddedNeo4jProperties bound = Binder.get(environment)
			.bindOrCreate("ecograph.neo4j", EmbeddedNeo4jProperties.class);

		assertThat(bound.seedArchive()).isEqualTo(used);
	}

	private static Path fakeStore(Path store) throws IOException {
		Files.createDirectories(store.resolve("data/databases/neo4j/schema"));
		Files.createDirectories(store.resolve("data/databases/system"));
		Files.createDirectories(store.resolve("data/transactions/neo4j"));
		Files.writeString(store.resolve("data/databases/neo4j/neostore"), "store");
		Files.writeString(store.resolve("data/databases/neo4j/database_lock"), "");
		Files.writeString(store.resolve("data/databases/neo4j/schema/index"), "index");
		Files.writeString(store.resolve("data/databases/system/neostore"), "users");
		Files.writeString(store.resolve("data/transactions/neo4j/neostore.transaction.db.0"), "log");
		Files.writeString(store.resolve(BoltPassword.FILE_NAME), "secret\n");
		return store;
	}

	private static void writeZip(Path archive, Map<String, String> entries) throws IOException {
		Files.createDirectories(archive.getParent());
		try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var entry : entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
	}

	/** A class loader that finds {@code archive} as the seed archive resource (and nothing of the application's). */
	private static ClassLoader loaderOf(Path archive) throws IOException {
		URL folder = archive.getParent().toUri().toURL();
		return new URLClassLoader(new URL[] { folder }, null) {
			@Override
			public URL getResource(String name) {
				return SeedArchive.RESOURCE.equals(name) ? findResource(name) : null;
			}
		};
	}

}
