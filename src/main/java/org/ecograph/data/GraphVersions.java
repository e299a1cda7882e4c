package org.ecograph.data;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the claim graph, kept in the database as the single node {@code (:GraphVersion {id: 'graph'})}.
 * Every write of entities or claims (a loaded script, a steward's mutation) calls {@link #bump} in its own
 * transaction, so the version and the data commit together or not at all.
 * <p>
 * Requests never read it from the database: {@link #known()} answers from memory. This instance learns of its own
 * writes at once (a bump, once committed, raises the known version before the write returns to its caller) and of
 * other instances' writes when something reads the database's version ({@link #stamped()}, {@link #poll()}): the
 * analysis projection's poller does every {@code ecograph.analysis.refresh-interval}, and a request that asks for a
 * version this instance does not know yet does through {@link #awaitAtLeast} (ADR 0011). Several instances over one
 * database therefore each know every version at most one refresh interval after it was committed, and at once when a
 * client names it.
 */
@Component
public class GraphVersions {

	private static final String READ = """
			OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
			RETURN coalesce(v.version, 0) AS version, v.stamp AS stamp""";

	/** {@link #READ}'s version and stamp, for a statement that goes on ({@link #stampedWith}). */
	private static final String READ_THEN = """
			OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
			WITH coalesce(v.version, 0) AS version, v.stamp AS stamp
			""";

	/**
	 * Increments the version and gives it a new random stamp; takes a write lock on the node until commit. The stamp
	 * tells two graphs with the same version number apart (a store restored from a backup and written again), so what
	 * was derived from one version (a saved analysis snapshot) is never taken for another.
	 */
	private static final String BUMP = """
			MERGE (v:GraphVersion {id: 'graph'})
			SET v.version = coalesce(v.version, 0) + 1, v.stamp = randomUUID(), v.changedAt = datetime()
			RETURN v.version AS version""";

	/** How often {@link #awaitAtLeast} asks the database again while it waits. */
	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

	private final Graph graph;

	private final Transactions transactions;

	/**
	 * The newest version known committed, -1 before the first read or commit. Written under {@code this} (with
	 * {@link #commits}); read without a lock, so a request never waits for a writer's bookkeeping.
	 */
	private volatile long known = -1;

	/**
	 * {@link #known} less the versions of this instance's writes still in their commit listeners ({@link #settled()}).
	 * Written under {@code this}; read without a lock.
	 */
	private volatile long settled = -1;

	/** The versions of this instance's writes committed and still in their listeners. Guarded by {@code this}. */
	private final NavigableSet<Long> unsettled = new TreeSet<>();

	private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

	/** How many of this instance's bumps have committed; tells a read that raced with one. Guarded by {@code this}. */
	private long commits;

	GraphVersions(Graph graph, Transactions transactions) {
		this.graph = graph;
		this.transactions = transactions;
	}

	/**
	 * One version of the graph as a transaction sees it.
	 *
	 * @param version the version number, 0 for a graph never written
	 * @param stamp the version's random stamp, {@code null} for a graph never written or last written before stamps
	 */
	public record Stamped(long version, String stamp) {
	}

	/**
	 * Bumps the version in the caller's (write) transaction; returns the new version. Once that transaction commits,
	 * {@link #known()} is at least the new version; a rolled back bump is never known.
	 */
	public long bump() {
		long version = this.graph.query(BUMP).single(row -> row.integer("version", 0));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed(version);
					try {
						GraphVersions.this.listeners.forEach(listener -> listener.accept(version));
					}
					finally {
						settled(version);
					}
				}
			});
		}
		return version;
	}

	/** The version the caller's transaction sees, 0 for a graph never written (a database read). */
	public long read() {
		return stamped().version();
	}

	/** The version the caller's transaction sees, with its stamp (a database read, which {@link #known()} learns). */
	public Stamped stamped() {
		long commitsBefore = commits();
		Stamped stamped = this.graph
			.query(READ)
			.single(row -> new Stamped(row.integer("version", 0), row.string("stamp")));
		observed(stamped.version(), commitsBefore);
		return stamped;
	}

	/**
	 * The same, with what {@code rest} reads in the same statement: {@code rest} follows a clause binding
	 * {@code version} and {@code stamp} (a constant of the caller, never input; values are {@code parameters}) and
	 * returns them beside its own columns; {@code mapper} receives the version and the row. One round trip where a
	 * reader needs the version and what depends on it (the projection's changes up to it).
	 */
	public <T> T stampedWith(String rest, Map<String, Object> parameters, BiFunction<Stamped, Row, T> mapper) {
		long commitsBefore = commits();
		Map.Entry<Stamped, T> read = this.graph.query(READ_THEN + rest).bindAll(parameters).single(row -> {
			Stamped stamped = new Stamped(row.integer("version", 0), row.string("stamp"));
			return Map.entry(stamped, mapper.apply(stamped, row));
		});
		observed(read.getKey().version(), commitsBefore);
		return read.getValue();
	}

	/**
	 * The newest version this instance knows committed, from memory: its own commits, and what the last database read
	 * saw; -1 when it has neither written nor read it yet ({@link #current()} then reads it).
	 */
	public long known() {
		return this.known;
	}

	/** {@link #known()}, reading the database only when nothing is known yet (the first request after a start). */
	public long current() {
		long version = known();
		return version >= 0 ? version : poll();
	}

	/**
	 * The newest version a reader must be answered on: {@link #known()} less this instance's own writes whose
	 * {@link #onCommitted} listeners are still running (their writers wait there for their analysis snapshot, and
	 * none of them has returned to its client yet); reads the database only when nothing is known yet, as
	 * {@link #current()}.
	 * A write is settled once its listeners return, so the next request after a mutation returned needs its version.
	 */
	public long settled() {
		if (this.settled < 0) {
			poll();
		}
		return this.settled;
	}

	/** Reads the database's version in a read transaction of its own (or the caller's), and learns it. */
	public long poll() {
		return this.transactions.read(this::read);
	}

	/**
	 * Waits until this instance knows version {@code min} or later, reading the database's version every few
	 * milliseconds for at most {@code wait} (a write of another instance, not seen by the poller yet); returns the
	 * version known then, which is below {@code min} when the database did not reach it in time.
	 */
	public long awaitAtLeast(long min, Duration wait) {
		long version = known();
		if (version >= min) {
			required(min);
			return version;
		}
		long deadline = System.nanoTime() + wait.toNanos();
		while (true) {
			version = Math.max(poll(), known());
			if (version >= min) {
				required(min);
				return version;
			}
			if (System.nanoTime() - deadline >= 0) {
				return version;
			}
			try {
				Thread.sleep(TimeUnit.NANOSECONDS.toMillis(Math.min(POLL_NANOS, deadline - System.nanoTime())) + 1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return known();
			}
		}
	}

	private synchronized long commits() {
		return this.commits;
	}

	/**
	 * Calls {@code listener} with the new version after each of this instance's bumps commits, on the committing
	 * thread, before the write returns to its caller: the analysis waits there (bounded) for the snapshot of the new
	 * version, so a reader never waits for an unacknowledged write ({@link #settled()}).
	 */
	public void onCommitted(LongConsumer listener) {
		this.listeners.add(listener);
	}

	private synchronized void committed(long version) {
		this.commits++;
		this.known = Math.max(this.known, version);
		this.unsettled.add(version);
	}

	private synchronized void settled(long version) {
		this.unsettled.remove(version);
		this.settled = Math.max(this.settled, version);
	}

	/**
	 * What a read saw becomes the known version, even when lower (a store restored to an older version), unless one of
	 * this instance's bumps committed while the read ran: the read may then predate it, and the higher one stays.
	 */
	private synchronized void observed(long version, long commitsBefore) {
		this.known = this.commits == commitsBefore ? version : Math.max(this.known, version);
		long seen = this.commits == commitsBefore ? version : Math.max(this.settled, version);
		// a read that saw one of this instance's writes still in its listeners (the snapshot's own build reads the
		// version it builds) leaves that write unsettled
		Long unsettled = this.unsettled.isEmpty() ? null : this.unsettled.first();
		this.settled = unsettled != null && unsettled <= seen ? Math.max(this.settled, unsettled - 1) : seen;
	}

	/** A client named this version ({@link #awaitAtLeast}): every reader is answered on it or later from now. */
	private synchronized void required(long version) {
		this.settled = Math.max(this.settled, version);
	}

}
