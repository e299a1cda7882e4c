package org.ecograph.analysis.projection;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the snapshots of a {@link ProjectionHolder} came to be, for an operator's metrics: per way of making one, how
 * many were made and the time they took in all (monotonic sums, so a scraper derives rates and averages), the
 * duration of the last, and how many attempts failed. Written by the holder's single builder thread, read by any.
 */
public final class ProjectionTimings {

	/** How a snapshot was made. */
	public enum Kind {

		/** Read whole from the database. */
		BUILD,

		/** The previous snapshot with what steward mutations touched re-read. */
		UPDATE,

		/** Read back from the file saved beside the store at the last shutdown or build. */
		RESTORE

	}

	private final Map<Kind, AtomicLong> counts = new EnumMap<>(Kind.class);

	private final Map<Kind, AtomicLong> nanos = new EnumMap<>(Kind.class);

	private final AtomicLong failures = new AtomicLong();

	private volatile long lastNanos = -1;

	private volatile long lastCompletedAt;

	ProjectionTimings() {
		for (Kind kind : Kind.values()) {
			this.counts.put(kind, new AtomicLong());
			this.nanos.put(kind, new AtomicLong());
		}
	}

	void record(Kind kind, long nanos) {
		this.counts.get(kind).incrementAndGet();
		this.nanos.get(kind).addAndGet(nanos);
		this.lastNanos = nanos;
		this.lastCompletedAt = System.currentTimeMillis();
	}

	void failed() {
		this.failures.incrementAndGet();
	}

	/** How many snapshots were made this way since start. */
	public long count(Kind kind) {
		return this.counts.get(kind).get();
	}

	/** The time all snapshots made this way took, in nanoseconds. */
	public long totalNanos(Kind kind) {
		return this.nanos.get(kind).get();
	}

	/** The time the last snapshot took to make, in nanoseconds; -1 before the first. */
	public long lastNanos() {
		return this.lastNanos;
	}

	/** When the last snapshot was swapped in, in epoch milliseconds; 0 before the first. */
	public long lastCompletedAt() {
		return this.lastCompletedAt;
	}

	/** How many attempts to make a snapshot failed since start (each is logged). */
	public long failures() {
		return this.failures.get();
	}

}
