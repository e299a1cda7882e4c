package org.ecograph.analysis.projection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.ecograph.CapturesTheLog;
import org.ecograph.EcographApplication;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.EntityListing;
import org.ecograph.catalog.Page;
import org.ecograph.catalog.PageRequest;
import org.ecograph.ingest.LoadCommand;
import org.ecograph.model.Entity;
import org.ecograph.neo4j.SeededStoreTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart over an unchanged graph reads the saved snapshot back instead of rebuilding it; a graph changed behind
 * the app's back (a write that added an entity without bumping the version) is rebuilt, not served stale. The catalog's
 * listing is kept in the file too, and decoded beside the builder after the read-back.
 */
@CapturesTheLog
class ProjectionRestartTests {

	private static final String READ_BACK = "built from the snapshot saved in";

	/**
	 * What the load commands load: a small valid graph (a source, two entities, a claim) rather than the bundled
	 * scripts, whose load is what other tests are about; the snapshot's saving does not depend on the graph's size.
	 */
	static final String SMALL_GRAPH = "src/test/resources/ingest/base";

	@TempDir
	Path home;

	@Test
	void aRestartReadsTheSavedSnapshotUnlessTheGraphChanged(CapturedOutput output) throws InterruptedException {
		Path store = this.home.resolve("store");
		// a seeded store without a snapshot (a copy of the tests' template; StartupTimelineTests starts on an empty one)
		SeededStoreTemplate.copyInto(store);
		List<String> first;
		try (ConfigurableApplicationContext app = start(store)) {
			first = TestProjections.fingerprint(app.getBean(ProjectionHolder.class).snapshot().projection());
		}
		assertThat(store.resolve("analysis").resolve(ProjectionFile.NAME)).as("saved by the first run").exists();
		assertThat(output.getOut()).doesNotContain(READ_BACK);
		assertThat(output.getOut().lines().filter(line -> line.matches(".*\\s(WARN|ERROR)\\s+\\d+ ---.*")))
			.as("a clean start that builds and saves the snapshot (the schema inspected) logs no WARN or ERROR")
			.isEmpty();

		try (ConfigurableApplicationContext app = start(store)) {
			ClaimProjection restarted = app.getBean(ProjectionHolder.class).snapshot().projection();
			assertThat(output.getOut()).contains(READ_BACK);
			assertThat(TestProjections.fingerprint(restarted)).isEqualTo(first);
			assertListingReadBack(app);
			assertThat(output.getOut()).as("the listing came with the file, not read from the database")
				.containsPattern("Entity listing of graph version \\d+ read from the snapshot's file")
				.doesNotContainPattern("Entity listing of graph version \\d+ made");
			try (var session = app.getBean(Driver.class).session()) {
				session.run("CREATE (:Entity:Company {id: 'company:behind-the-back', name: 'Behind the back'})").consume();
			}
		}

		try (ConfigurableApplicationContext app = start(store)) {
			ClaimProjection rebuilt = app.getBean(ProjectionHolder.class).snapshot().projection();
			assertThat(rebuilt.node("company:behind-the-back")).as("rebuilt, not read back").isNotNegative();
			assertThat(output.getOut().split(READ_BACK, -1)).as("read back once only").hasSize(2);
		}
	}

	/**
	 * A snapshot saved without the catalog's listing (the one current at a shutdown may not have it yet): the start
	 * reads it back, then reads the listing beside the builder, which gives it to the snapshot.
	 */
	@Test
	void aSnapshotSavedWithoutItsListingHasItReadAfterTheReadBack(CapturedOutput output) throws Exception {
		Path store = this.home.resolve("unlisted");
		SeededStoreTemplate.copyInto(store);
		ClaimProjection bare;
		ProjectionFile.Key key;
		try (ConfigurableApplicationContext app = start(store)) {
			ClaimProjection built = app.getBean(ProjectionHolder.class).snapshot().projection();
			assertThat(built.listing()).as("made with the build").isNotNull();
			bare = new ClaimProjection(built, built.canonicalIds());
			key = app.getBean(ProjectionLoader.class).currentKey();
		}
		assertThat(bare.listing()).isNull();
		ProjectionFile.write(bare, key, store.resolve("analysis"));
		try (ConfigurableApplicationContext app = start(store)) {
			app.getBean(ProjectionHolder.class).snapshot();
			assertThat(output.getOut().split(READ_BACK, -1)).as("read back").hasSize(2);
			assertListingReadBack(app);
			assertThat(output.getOut()).containsPattern("Entity listing of graph version \\d+ made");
		}
	}

	@Test
	void aLoadSavesTheSnapshotThatTheNextStartReads(CapturedOutput output) {
		Path store = this.home.resolve("loaded");
		int exit = LoadCommand.run(EcographApplication.class,
				new String[] { "load", "--ecograph.neo4j.home=" + store, SMALL_GRAPH });
		assertThat(exit).isZero();
		assertThat(store.resolve("analysis").resolve(ProjectionFile.NAME)).as("saved by the load").exists();
		try (ConfigurableApplicationContext app = start(store)) {
			assertThat(app.getBean(ProjectionHolder.class).snapshot().projection().claimCount()).isPositive();
			assertThat(output.getOut()).contains(READ_BACK);
		}
	}

	/**
	 * Also: a build still running when the application closes (here held in its new-snapshot listener until the
	 * shutdown interrupts it, when the snapshot saver has stopped) ends without a warning; CI once saw "Building the
	 * analysis projection failed: ... rejected from ... Terminated" there.
	 */
	@Test
	void aBlankDirectoryNeitherSavesNorReads(CapturedOutput output) throws Exception {
		Path store = this.home.resolve("plain");
		// a seeded store to build from (a copy of the tests' template: the seed's load is not under test here)
		SeededStoreTemplate.copyInto(store);
		AtomicReference<Thread> builder = new AtomicReference<>();
		try (ConfigurableApplicationContext app = start(store, "--ecograph.analysis.snapshot-directory=",
				"--ecograph.analysis.warm-up=false")) {
			ProjectionHolder holder = app.getBean(ProjectionHolder.class);
			holder.onNewSnapshot(() -> {
				builder.set(Thread.currentThread());
				try {
					Thread.sleep(60_000);
				}
				catch (InterruptedException closing) {
					// the shutdown interrupted the builder: give it time to stop the saver too
					try {
						Thread.sleep(500);
					}
					catch (InterruptedException again) {
						Thread.currentThread().interrupt();
					}
				}
			});
			assertThat(holder.snapshot().projection().claimCount()).isPositive();
		}
		assertThat(builder.get()).as("the build reached its new-snapshot listener").isNotNull();
		builder.get().join(10_000);
		assertThat(builder.get().isAlive()).as("the build ended after the shutdown").isFalse();
		assertThat(output.getOut().lines().filter(line -> line.matches(".*\\s(WARN|ERROR)\\s+\\d+ ---.*")))
			.as("a build cut short by the shutdown is no failure to warn of")
			.isEmpty();
		assertThat(store.resolve("analysis")).doesNotExist();
		try (var files = Files.walk(store)) {
			assertThat(files.filter(p -> p.getFileName().toString().startsWith("projection"))).isEmpty();
		}
	}

	/**
	 * The catalog's listing is there (within 30 s: it is decoded or read beside the builder) and answers as the
	 * database does (its pages are compared field for field in {@code EntitiesInMemoryTests}).
	 */
	private static void assertListingReadBack(ConfigurableApplicationContext app) throws InterruptedException {
		EntitiesInMemory memory = app.getBean(EntitiesInMemory.class);
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (memory.list(null, null, null, 1, false) == null && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		EntityListing.Listed listed = memory.list(null, null, null, 1_000, true);
		assertThat(listed).as("the listing").isNotNull();
		Page<Entity> fromDatabase = app.getBean(EntityCatalog.class)
			.list(null, null, new PageRequest(1_000, null), true);
		assertThat(listed.entities().stream().map(Entity::id))
			.containsExactlyElementsOf(fromDatabase.edges().stream().map(e -> e.node().id()).toList());
		assertThat(listed.total()).isEqualTo(fromDatabase.totalCount()).isGreaterThan(50);
	}

	private static ConfigurableApplicationContext start(Path store, String... more) {
		String[] args = { "--ecograph.neo4j.home=" + store, "--ecograph.neo4j.bolt-port=0",
				"--ecograph.neo4j.bolt-auth=false", "--spring.main.banner-mode=off" };
		String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return new SpringApplicationBuilder(EcographApplication.class).web(WebApplicationType.NONE).run(all);
	}

}
