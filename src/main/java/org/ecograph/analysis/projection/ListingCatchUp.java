package org.ecograph.analysis.projection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * Brings a catalog listing read beside the builder up to the version of the snapshot it is for
 * ({@link ProjectionHolder}): a snapshot read back from its file has no listing, one is read on another thread while
 * updates go on, and the builder gives it to its next snapshot made up to date with the updates made meanwhile. Keeps
 * what each update of a snapshot without a listing touched (at most {@value #MAX_KEPT} updates), and the listing read
 * until the builder takes it. The builder thread calls {@link #updated}, {@link #listed} and {@link #take}; the
 * reading thread {@link #offer}.
 */
final class ListingCatchUp {

	static final int MAX_KEPT = 10_000;

	private final Deque<Update> updates = new ArrayDeque<>();

	private volatile ProjectionLoader.Listed pending;

	/**
	 * An update of a snapshot without a listing.
	 *
	 * @param from the version updated
	 * @param to the version made
	 * @param entities the ids of the entities it touched
	 * @param listed those that exist at {@code to}, as listed
	 */
	private record Update(long from, long to, Set<String> entities, Map<String, NameListing.Entry> listed) {
	}

	/** A listing read, for the builder to take. */
	void offer(ProjectionLoader.Listed listed) {
		this.pending = listed;
	}

	/** Whether a listing read waits to be taken. */
	boolean pending() {
		return this.pending != null;
	}

	/** Notes an update from {@code from} to {@code to} of a snapshot without a listing, and what it touched. */
	void updated(long from, long to, Set<String> entities, Map<String, NameListing.Entry> listed) {
		this.updates.addLast(new Update(from, to, entities, listed));
		if (this.updates.size() > MAX_KEPT) {
			this.updates.removeFirst();
		}
	}

	/** The current snapshot has a listing: the updates noted so far are needed no more. */
	void listed() {
		this.updates.clear();
	}

	/**
	 * The listing read (taken: the next call answers {@code null} unless another is offered) brought up to
	 * {@code version}: as read when it is of that version or newer (the update from {@code version} then carries it
	 * on), else with what every update since its version touched; {@code null} when none was read, or the updates
	 * since its version are not all known.
	 */
	NameListing take(long version) {
		ProjectionLoader.Listed listed = this.pending;
		this.pending = null;
		if (listed == null || listed.version() >= version) {
			return listed == null ? null : listed.listing();
		}
		NameListing listing = listed.listing();
		long at = listed.version();
		for (Update update : this.updates) {
			if (update.to() <= at) {
				continue;
			}
			if (update.from() > at) {
				return null;
			}
			listing = listing.with(update.entities(), update.listed());
			at = update.to();
		}
		return at == version ? listing : null;
	}

}
