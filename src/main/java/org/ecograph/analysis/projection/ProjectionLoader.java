package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

import org.ecograph.data.ChangeLog;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link ClaimProjection} from Neo4j in one read transaction of at most
 * {@code ecograph.analysis.build-timeout}: the entities, then every claim between two entities, streamed (never
 * collected as records), with progress in the log every few seconds; or patches the previous one with what the audit
 * trail says changed since. Works the same on the embedded server, an external one or a cluster (reads go to a
 * reader). Each method is one transaction of its own, unless its caller has one.
 */
@Component
class ProjectionLoader {

	private static final Logger log = LoggerFactory.getLogger(ProjectionLoader.class);

	private static final long PROGRESS_NANOS = 5_000_000_000L;

	/** Beyond this many touched ids, a rebuild reads less than the changes would. */
	private static final int MAX_TOUCHED = 10_000;

	/**
	 * How many times an update reads the changes again when the version it read is ahead of the changes it found,
	 * before it asks for a rebuild.
	 */
	static final int READS_AGAIN = 5;

	private static final long READ_AGAIN_NANOS = 1_000_000L;

	private final ProjectionRepository repository;

	private final Transactions transactions;

	private final ProjectionProperties properties;

	/** Runs before the changes are read again: a pause of a millisecond. */
	private final Runnable beforeReadingAgain;

	@Autowired
	ProjectionLoader(ProjectionRepository repository, Transactions transactions, ProjectionProperties properties) {
		this(repository, transactions, properties, () -> LockSupport.parkNanos(READ_AGAIN_NANOS));
	}

	/** As the application's, with {@code beforeReadingAgain} in place of the pause (a test's commit that lands). */
	ProjectionLoader(ProjectionRepository repository, Transactions transactions, ProjectionProperties properties,
			Runnable beforeReadingAgain) {
		this.repository = repository;
		this.transactions = transactions;
		this.properties = properties;
		this.beforeReadingAgain = beforeReadingAgain;
	}

	/** The graph version the database holds now. */
	long currentVersion() {
		return this.transactions.read(() -> this.repository.stamped().version());
	}

	/** What a saved snapshot of the database as it is now must match (one transaction, count-store reads). */
	ProjectionFile.Key currentKey() {
		return this.transactions.read(this.repository::key);
	}

	/** {@code saved} (read back from a file, which does not keep them) with the ids that resolve to another now. */
	ClaimProjection withCanonicalIds(ClaimProjection saved) {
		ClaimProjection resolved = new ClaimProjection(saved, this.transactions.read(this.repository::canonicalIds));
		if (saved.listing() != null) {
			resolved.attach(saved.listing());
		}
		return resolved;
	}

	/**
	 * A snapshot of the whole claim graph, read in one transaction of at most {@code ecograph.analysis.build-timeout};
	 * {@code progress} receives the claims read so far.
	 */
	ClaimProjection build(LongConsumer progress) {
		return this.transactions.read(this.properties.buildTimeout(), () -> read(progress));
	}

	/**
	 * The snapshot of the database's version made from {@code old} and the changes since it, when every change since
	 * is a steward's (the audit trail names what each touched) and they touched few enough; {@code null} when a
	 * rebuild is needed (a loaded script, a gap in the trail, too many touched ids). One read transaction of at most
	 * {@code ecograph.analysis.build-timeout}.
	 */
	ClaimProjection update(ClaimProjection old) {
		Updated updated = updated(old);
		return updated == null ? null : updated.projection();
	}

	/**
	 * A snapshot made from an older one and the changes since it.
	 *
	 * @param projection the new snapshot
	 * @param changedAt the ids of the entities where the graph changed ({@link ProjectionDelta#changedAt}); {@code null}
	 * when not known (a change of judgements regrouped ids)
	 * @param entities the ids of the entities the changes touched
	 * @param listed those of them that exist now, as the catalog lists them, by id
	 */
	record Updated(ClaimProjection projection, Set<String> changedAt, Set<String> entities,
			Map<String, NameListing.Entry> listed) {
	}

	/** As {@link #update}, with where the graph changed; {@code null} when a rebuild is needed. */
	Updated updated(ClaimProjection old) {
		return updated(old, null);
	}

	/**
	 * As {@link #updated(ClaimProjection)}, the new snapshot's listing made from {@code listing} (of a version at
	 * least {@code old}'s, for an {@code old} that has none) or else from {@code old}'s.
	 */
	Updated updated(ClaimProjection old, NameListing listing) {
		return this.transactions.read(this.properties.buildTimeout(), () -> patch(old, listing));
	}

	/**
	 * The catalog's listing of every entity node, read in one transaction of at most
	 * {@code ecograph.analysis.build-timeout}, with the version it is of.
	 */
	Listed listing() {
		return this.transactions.read(this.properties.buildTimeout(), () -> {
			long started = System.nanoTime();
			long version = this.repository.stamped().version();
			List<NameListing.Entry> entries = new ArrayList<>();
			this.repository.forEachEntity(row -> {
				if (row.id() != null) {
					entries.add(NameListing.entry(row));
				}
			});
			long read = System.nanoTime();
			NameListing listing = NameListing.of(entries);
			log.info("Entity listing of graph version {} made: {} entities in {} ms ({} ms reading them), {} MB",
					version, listing.size(), (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000,
					listing.sizeInBytes() >> 20);
			return new Listed(version, listing);
		});
	}

	/**
	 * A listing and the graph version it is of.
	 *
	 * @param version the graph version
	 * @param listing the listing
	 */
	record Listed(long version, NameListing listing) {
	}

	private Updated patch(ClaimProjection old, NameListing carried) {
		long started = System.nanoTime();
		// the version, the changes up to it and the resolved ids: one statement
		ProjectionRepository.Pending pending = this.repository.pending(old.version());
		// Neo4j reads what is committed without a snapshot of it: a commit being applied may show the version it
		// bumped before the index entry of the change it recorded. Read again (each statement sees what has landed
		// since) rather than rebuild the whole snapshot for a commit a millisecond from done.
		for (int again = 0; again < READS_AGAIN && ahead(pending, old); again++) {
			this.beforeReadingAgain.run();
			pending = this.repository.pending(old.version());
		}
		GraphVersions.Stamped stamped = pending.stamped();
		long version = stamped.version();
		if (version <= old.version()) {
			if (carried != null) {
				old.attach(carried);
			}
			return new Updated(old, Set.of(), Set.of(), Map.of());
		}
		List<ProjectionRepository.Change> changes = pending.changes();
		if (changes.size() != version - old.version()) {
			log.info("Analysis projection of graph version {}: {} changes since version {} in the audit trail, not {};"
					+ " rebuilding it", version, changes.size(), old.version(), version - old.version());
			return null;
		}
		ProjectionDelta delta = new ProjectionDelta();
		for (ProjectionRepository.Change change : changes) {
			if (ChangeLog.LOAD_SCRIPT.equals(change.operation()) || !change.itemised()) {
				return null;
			}
			change.subjects().forEach(delta::touched);
		}
		if (delta.touchedCount() > MAX_TOUCHED) {
			return null;
		}
		// A steward's change names every claim it writes (ChangeWriter's Touched): the claims at a touched entity are
		// not re-read, so a change at a hub costs what it touched, not the hub's degree. Only a change of judgements,
		// which moves no claim but regroups ids, re-reads the claims at the ids it regrouped.
		Map<String, String> canonicalIds = pending.canonicalIds();
		Set<String> regrouped = ProjectionDelta.regrouped(old.canonicalIds(), canonicalIds);
		if (regrouped.isEmpty()) {
			// what the changes touched: one statement
			ProjectionRepository.Touched now = this.repository.touched(delta.entityIds, delta.claimIds);
			now.entities().forEach(delta::entityNow);
			now.claims().values().forEach(delta::claimNow);
		}
		else {
			delta.entityIds.addAll(regrouped);
			this.repository.forEachEntity(delta.entityIds, delta::entityNow);
			delta.regroup(old, regrouped);
			this.repository.forEachClaimAt(regrouped, delta::claimNow);
			this.repository.claims(delta.claimIds).values().forEach(delta::claimNow);
		}
		ClaimProjection projection = delta.applyTo(old, stamped, canonicalIds);
		NameListing listing = old.listing() != null ? old.listing() : carried;
		Map<String, NameListing.Entry> listed = delta.listedNow();
		if (listing != null) {
			projection.attach(listing.with(delta.entityIds, listed));
		}
		log.info("Analysis projection of graph version {} updated from version {}: {} entities and {} claims touched,"
				+ " {} claims in {} ms", version, old.version(), delta.entityIds.size(), delta.claimsRead.size(),
				projection.claimCount(), (System.nanoTime() - started) / 1_000_000);
		return new Updated(projection, regrouped.isEmpty() ? Set.copyOf(delta.changedAt) : null,
				Set.copyOf(delta.entityIds), listed);
	}

	/** Whether {@code pending} reads a version further from {@code old}'s than the changes it found since. */
	private static boolean ahead(ProjectionRepository.Pending pending, ClaimProjection old) {
		return pending.changes().size() < pending.stamped().version() - old.version();
	}

	private ClaimProjection read(LongConsumer progress) {
		long started = System.nanoTime();
		GraphVersions.Stamped stamped = this.repository.stamped();
		long version = stamped.version();
		long expected = this.repository.relationshipCount();
		Map<String, String> canonicalIds = this.repository.canonicalIds();
		List<ProjectionRepository.EntityRow> rows = new ArrayList<>();
		List<NameListing.Entry> listed = new ArrayList<>();
		this.repository.forEachEntity(row -> {
			if (row.id() != null) {
				listed.add(NameListing.entry(row));
				if (!canonicalIds.containsKey(row.id())) {
					rows.add(row);
				}
			}
		});
		rows.sort(Comparator.comparing(ProjectionRepository.EntityRow::id));
		String[] ids = new String[rows.size()];
		byte[] kinds = new byte[rows.size()];
		NameColumn.Builder names = new NameColumn.Builder(rows.size());
		Map<String, Integer> index = new HashMap<>(rows.size() * 2);
		for (int i = 0; i < ids.length; i++) {
			ProjectionRepository.EntityRow row = rows.get(i);
			ids[i] = row.id();
			kinds[i] = ProjectionDelta.ordinal(row.kind());
			names.add(row.name(), row.aliases());
			index.put(ids[i], i);
		}
		rows.clear();
		ClaimColumns claims = new ClaimColumns((int) Math.min(Integer.MAX_VALUE - 8, expected));
		long[] lastReport = { System.nanoTime() };
		this.repository.readClaims(id -> index.getOrDefault(canonicalIds.getOrDefault(id, id), -1), claims, c -> {
			if (System.nanoTime() - lastReport[0] > PROGRESS_NANOS) {
				log.info("Analysis projection of graph version {}: {} of about {} claims read", version, claims.count,
						expected);
				lastReport[0] = System.nanoTime();
			}
			if ((claims.count & 0xFFFF) == 0) {
				progress.accept(claims.count);
			}
		});
		ClaimProjection projection = new ClaimProjection(version, stamped.stamp(), ids, canonicalIds, kinds,
				names.build(), claims.trimmed());
		long listing = System.nanoTime();
		NameListing made = NameListing.of(listed);
		projection.attach(made);
		log.info("Analysis projection of graph version {} built: {} entities, {} claims in {} ms (the entity listing"
				+ " in {} ms, {} MB)", version, ids.length, projection.claimCount(),
				(System.nanoTime() - started) / 1_000_000, (System.nanoTime() - listing) / 1_000_000,
				made.sizeInBytes() >> 20);
		return projection;
	}

}
