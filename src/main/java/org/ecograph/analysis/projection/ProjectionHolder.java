package org.ecograph.analysis.projection;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.ecograph.data.GraphVersions;
import org.ecograph.model.GraphLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Holds the current {@link ClaimProjection} and keeps it current. The first build starts in the background once the
 * application is ready (catalog queries are served meanwhile); afterwards a poller reads the graph version every
 * {@code ecograph.analysis.refresh-interval}. An analysis request compares its snapshot with the version it must
 * see ({@link GraphVersions#settled()}, memory only): a write of this instance returns to its writer once the snapshot
 * of its version is in (up to {@code write-wait}), so the next question after one sees it and no reader waits for a
 * write still under way; another instance's writes are known after the next poll, or at once for a request that names
 * the version it needs ({@code Ecograph-Min-Version}, ADR 0011). A new snapshot is built beside the old one and swapped in whole: a request keeps the snapshot it
 * started with. After steward mutations only, the new snapshot is the old one with what they touched re-read
 * ({@link ProjectionLoader#update}); after a loaded script it is rebuilt. Every app instance over the same database
 * does the same on its own, so several instances behind a load balancer all converge on the database's version.
 * Each full build is saved to {@code ecograph.analysis.snapshot-directory} ({@link ProjectionFile}), and so is the
 * current snapshot at shutdown; the first snapshot after a start is read back from there when the graph is still at
 * that version and stamp.
 */
@Component
public class ProjectionHolder implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProjectionHolder.class);

	private final ProjectionLoader loader;

	private final GraphVersions versions;

	private final ProjectionProperties properties;

	private final AtomicReference<ClaimProjection> current = new AtomicReference<>();

	private final AtomicReference<CompletableFuture<ClaimProjection>> building = new AtomicReference<>();

	private final AtomicLong claimsRead = new AtomicLong();

	private final ProjectionTimings timings = new ProjectionTimings();

	/** Set when the application closes: a build cut short then is no failure worth a warning. */
	private volatile boolean closing;

	private final ExecutorService builder = Executors.newSingleThreadExecutor(daemon("ecograph-projection"));

	private final ExecutorService saver = Executors.newSingleThreadExecutor(daemon("ecograph-projection-save"));

	/** The version of the snapshot last saved or read back, -1 for none. */
	private final AtomicLong saved = new AtomicLong(-1);

	private final ScheduledExecutorService poller = Executors
		.newSingleThreadScheduledExecutor(daemon("ecograph-projection-poll"));

	private volatile Runnable onNewSnapshot = () -> {
	};

	private final ApplicationEventPublisher events;

	/** Reads the catalog's listing beside the builder, so updates go on meanwhile ({@link #makeListing}). */
	private final ExecutorService lister = Executors.newSingleThreadExecutor(daemon("ecograph-listing"));

	/** Whether a listing is being read. */
	private final AtomicBoolean listing = new AtomicBoolean();

	/** The listing read and the updates since the current snapshot has had none. */
	private final ListingCatchUp catchUp = new ListingCatchUp();

	/** The listing the snapshot read back at the start came with, not decoded yet; {@code null} once decoded. */
	private volatile SavedListing savedListing;

	/**
	 * A listing as the projection's file kept it.
	 *
	 * @param version the version of the snapshot it came with
	 * @param listing the listing as saved
	 */
	private record SavedListing(long version, ProjectionFile.SavedListing listing) {
	}

	/** The newest version announced by {@link ProjectionPublished}, -1 for none. */
	private final AtomicLong published = new AtomicLong(-1);

	ProjectionHolder(ProjectionLoader loader, GraphVersions versions, ProjectionProperties properties,
			ApplicationEventPublisher events) {
		this.loader = loader;
		this.versions = versions;
		this.properties = properties;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!this.properties.warmUp()) {
			return;
		}
		refresh();
		long interval = Math.max(100, this.properties.refreshInterval().toMillis());
		this.poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
		// this instance's own writes: the writer waits for the new snapshot before its write returns, so no reader
		// waits for a write its writer has not been told of (GraphVersions.settled)
		this.versions.onCommitted(this::awaitOwnWrite);
	}

	/**
	 * On the committing thread of one of this instance's writes, before it returns to its caller: waits for the
	 * snapshot of its version (a build or an update), up to {@code ecograph.analysis.write-wait}. Every request that
	 * begins once the write has returned is then answered on its version without waiting (or, when the build failed or
	 * ran out of time, waits for it as {@link #snapshot()} does).
	 */
	private void awaitOwnWrite(long version) {
		ClaimProjection projection = this.current.get();
		if (projection != null && projection.version() < version) {
			awaitAtLeast(version, projection, this.properties.writeWait());
		}
	}

	/** Called with nothing after each swap (the ranking cache precomputes there). */
	public void onNewSnapshot(Runnable listener) {
		this.onNewSnapshot = listener;
	}

	/**
	 * The snapshot a request should use: the current one when it is of the version a reader must see
	 * ({@link GraphVersions#settled()}: what this instance knows, less its own writes not yet returned to their
	 * writers; no database read, but on the first request of a start); else the new one, waited for up to
	 * {@code ecograph.analysis.refresh-wait}; on the first start, the first one, waited for as long.
	 * @throws ProjectionNotReadyException when no snapshot exists yet and none arrives in time
	 */
	public Snapshot snapshot() {
		ClaimProjection projection = this.current.get();
		long version = this.versions.settled();
		if (projection != null && projection.version() >= version) {
			return new Snapshot(projection, false);
		}
		Snapshot best = awaitAtLeast(version, projection, this.properties.refreshWait());
		if (best == null) {
			throw new ProjectionNotReadyException(this.claimsRead.get());
		}
		return best;
	}

	/**
	 * The snapshot of {@code version} or later, built or waited for up to {@code wait}; else the newest there is, stale
	 * ({@code null} for none).
	 */
	private Snapshot awaitAtLeast(long version, ClaimProjection projection, Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		ClaimProjection best = projection;
		// A build already running when the write committed may end on the version before it: then one more build,
		// started now, reads the written version.
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				ClaimProjection fresh = refresh().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (fresh.version() >= version) {
					return new Snapshot(fresh, false);
				}
				best = best == null || fresh.version() > best.version() ? fresh : best;
			}
			catch (TimeoutException | java.util.concurrent.ExecutionException ex) {
				break;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return best == null ? null : new Snapshot(best, true);
	}

	/** How the snapshots so far were made and how long that took (for metrics). */
	public ProjectionTimings timings() {
		return this.timings;
	}

	/** The current snapshot without checking the database, if any. */
	public ClaimProjection currentOrNull() {
		return this.current.get();
	}

	private void poll() {
		try {
			ClaimProjection projection = this.current.get();
			if (projection == null || projection.version() < this.loader.currentVersion()) {
				refresh();
			}
		}
		catch (RuntimeException ex) {
			if (!this.closing) {
				log.warn("Could not read the graph version: {}", ex.getMessage());
			}
		}
	}

	/** Announces a snapshot of a version newer than any announced before. */
	private void publish(long version, long previous, Set<String> changedAt) {
		if (this.published.getAndAccumulate(version, Math::max) < version) {
			this.events.publishEvent(new ProjectionPublished(version, previous, changedAt));
		}
	}

	/** Starts a build unless one is running; returns the running or new build. */
	CompletableFuture<ClaimProjection> refresh() {
		CompletableFuture<ClaimProjection> running = this.building.get();
		if (running != null && !running.isDone()) {
			return running;
		}
		CompletableFuture<ClaimProjection> next = new CompletableFuture<>();
		if (!this.building.compareAndSet(running, next)) {
			return this.building.get();
		}
		try {
			this.builder.execute(() -> build(next));
		}
		catch (RejectedExecutionException closing) {
			next.completeExceptionally(new ProjectionNotReadyException(this.claimsRead.get()));
		}
		return next;
	}

	/** One build (or read-back, or update) on the builder thread, completing {@code next}. */
	private void build(CompletableFuture<ClaimProjection> next) {
		long started = System.nanoTime();
		try {
			this.claimsRead.set(0);
			ClaimProjection previous = this.current.get();
			NameListing carried = previous == null || previous.listing() != null ? null
					: this.catchUp.take(previous.version());
			ProjectionLoader.Updated updated = previous == null ? null : this.loader.updated(previous, carried);
			ClaimProjection built = previous == null ? restore() : updated == null ? null : updated.projection();
			boolean rebuilt = built == null;
			if (rebuilt) {
				built = this.loader.build(this.claimsRead::set);
			}
			this.timings.record(rebuilt ? ProjectionTimings.Kind.BUILD
					: previous == null ? ProjectionTimings.Kind.RESTORE : ProjectionTimings.Kind.UPDATE,
					System.nanoTime() - started);
			this.current.accumulateAndGet(built, (old, neu) -> old == null || neu.version() >= old.version() ? neu : old);
			next.complete(built);
			this.onNewSnapshot.run();
			publish(built.version(), previous == null ? -1 : previous.version(),
					rebuilt || updated == null ? null : updated.changedAt());
			if (built.listing() != null) {
				this.catchUp.listed();
			}
			else {
				if (updated != null && built != previous) {
					this.catchUp.updated(previous.version(), built.version(), updated.entities(), updated.listed());
				}
				if (this.catchUp.pending()) {
					refresh();
				}
				else {
					makeListingSoon();
				}
			}
			if (rebuilt) {
				ClaimProjection saving = built;
				try {
					this.saver.execute(() -> save(saving));
				}
				catch (RejectedExecutionException closing) {
					// the application is closing: destroy() saves the current snapshot itself
				}
			}
		}
		catch (RuntimeException ex) {
			if (this.closing) {
				log.debug("A projection build ended by the shutdown: {}", ex.getMessage());
			}
			else {
				log.warn("Building the analysis projection failed: {}", ex.getMessage());
				this.timings.failed();
			}
			next.completeExceptionally(ex);
		}
	}

	/** Starts reading the catalog's listing beside the builder, unless a read is under way. */
	private void makeListingSoon() {
		if (this.closing || !this.listing.compareAndSet(false, true)) {
			return;
		}
		try {
			this.lister.execute(this::makeListing);
		}
		catch (RejectedExecutionException closing) {
			this.listing.set(false);
		}
	}

	/**
	 * For a current snapshot without the catalog's listing (read back from a file): decodes the listing the file kept,
	 * or else reads every entity, beside the builder, and has the next build give the listing to its snapshot.
	 */
	private void makeListing() {
		try {
			ClaimProjection g = this.current.get();
			if (g == null || g.listing() != null || this.closing) {
				return;
			}
			SavedListing saved = this.savedListing;
			this.savedListing = null;
			if (saved != null && saved.version() <= g.version()) {
				long started = System.nanoTime();
				NameListing listing = saved.listing().decode(g);
				log.info("Entity listing of graph version {} read from the snapshot's file: {} entities in {} ms",
						saved.version(), listing.size(), (System.nanoTime() - started) / 1_000_000);
				this.catchUp.offer(new ProjectionLoader.Listed(saved.version(), listing));
			}
			else {
				this.catchUp.offer(this.loader.listing());
			}
			refresh();
		}
		catch (RuntimeException ex) {
			if (!this.closing) {
				log.warn("Could not read the entities for the catalog's listing (the database answers listings until"
						+ " the next snapshot): {}", ex.getMessage());
			}
		}
		finally {
			this.listing.set(false);
		}
	}

	/**
	 * After the {@code load} command wrote to the embedded store: builds the snapshot of the graph it wrote and saves
	 * it, so the next start reads it back (nothing without a snapshot directory). Progress goes to the log.
	 */
	@EventListener(GraphLoaded.class)
	void saveForTheNextStart() {
		Path directory = this.properties.snapshots();
		if (directory == null) {
			return;
		}
		log.info("Building the analysis snapshot of the loaded graph, for the next start to read from {}", directory);
		try {
			save(this.loader.build(this.claimsRead::set));
		}
		catch (RuntimeException ex) {
			// the load is committed; without a snapshot the next start reads the graph itself
			log.warn("The analysis snapshot of the loaded graph could not be built: {}", ex.getMessage());
		}
	}

	/** The snapshot saved for the database's current version and stamp, or {@code null}. */
	private ClaimProjection restore() {
		Path directory = this.properties.snapshots();
		if (directory == null) {
			return null;
		}
		long started = System.nanoTime();
		try {
			ProjectionFile.Key now = this.loader.currentKey();
			ProjectionFile.Saved read = ProjectionFile.readSaved(directory, now);
			ClaimProjection saved = read == null ? null : read.projection();
			if (saved != null) {
				saved = this.loader.withCanonicalIds(saved);
				this.savedListing = read.listing() == null ? null : new SavedListing(saved.version(), read.listing());
				this.saved.set(saved.version());
				log.info("Analysis projection of graph version {} built from the snapshot saved in {}: {} entities, {} "
						+ "claims in {} ms", saved.version(), directory, saved.entityCount(), saved.claimCount(),
						(System.nanoTime() - started) / 1_000_000);
			}
			return saved;
		}
		catch (IOException | RuntimeException ex) {
			if (this.closing) {
				// the shutdown ended the read (its database connection closed): nothing is wrong with the snapshot
				log.debug("Reading the analysis snapshot ended by the shutdown: {}", ex.getMessage());
			}
			else {
				log.warn("The analysis snapshot saved in {} could not be read ({}); rebuilding it from the database",
						directory, ex.getMessage());
			}
			return null;
		}
	}

	/** Saves {@code g} for the next start, unless it is saved already or has no stamp; never throws. */
	private void save(ClaimProjection g) {
		Path directory = this.properties.snapshots();
		if (directory == null || g.stamp() == null || this.saved.get() == g.version()) {
			return;
		}
		long started = System.nanoTime();
		try {
			ProjectionFile.Key now = this.loader.currentKey();
			if (now.version() != g.version()) {
				return;
			}
			ProjectionFile.write(g, now, directory);
			this.saved.set(g.version());
			log.info("Analysis projection of graph version {} saved in {} in {} ms", g.version(), directory,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The analysis projection of graph version {} could not be saved in {}: {}", g.version(),
					directory, ex.getMessage());
		}
	}

	/** Stops building and polling; saves the current snapshot when it is newer than the one saved. */
	@Override
	public void destroy() {
		this.closing = true;
		this.poller.shutdownNow();
		this.builder.shutdownNow();
		this.lister.shutdownNow();
		this.saver.shutdown();
		try {
			this.saver.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		ClaimProjection g = this.current.get();
		if (g != null) {
			save(g);
		}
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * The snapshot of one request.
	 *
	 * @param projection the graph it answers from
	 * @param stale whether the database holds a newer version that was not ready in time
	 */
	public record Snapshot(ClaimProjection projection, boolean stale) {
	}

}
