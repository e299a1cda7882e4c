package org.ecograph.analysis.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A small cache of computed answers on one snapshot: the answers of the last snapshot asked, at most {@code size} of
 * them, the least recently used dropped first. A key is the whole question (its query record, filter and anything
 * else the computation reads besides the projection), so a hit is the very value the computation would give: the
 * algorithms are deterministic functions of the projection and the question. An answer on a newer snapshot empties
 * the cache (the older answers are of no use any more); an answer on an older one (a request that took its snapshot
 * before a refresh) is computed and not kept. Values must be immutable.
 * <p>
 * Shared by the plain questions and a scenario's {@code before} side ({@code ScenarioService}): an analyst who asked
 * "how exposed is X" and then "and if Y goes away" pays only the scenario's side.
 */
public final class VersionAnswers {

	private final int size;

	/** The snapshot the answers are of, weakly: a cache never keeps a replaced snapshot alive. */
	private java.lang.ref.WeakReference<ClaimProjection> snapshot = new java.lang.ref.WeakReference<>(null);

	private long version = Long.MIN_VALUE;

	private final Map<Object, Object> answers;

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	/** @param size the most answers kept; 0 keeps none */
	public VersionAnswers(int size) {
		this.size = size;
		this.answers = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
				return size() > VersionAnswers.this.size;
			}

		};
	}

	/**
	 * The answer to {@code question} on {@code g}: the one kept, else {@code compute}'s (computed outside the lock,
	 * then kept when {@code g} is the newest snapshot asked). Never for an overlay (a scenario's answers are its
	 * request's alone) nor for a past day's graph ({@link ProjectionOnDay}: it has the current snapshot's version,
	 * and keeping its answers would drop the current ones; {@link DayProjections} keeps the day's graph itself).
	 */
	public <V> V get(ClaimProjection g, Object question, Supplier<V> compute) {
		if (!keeps(g)) {
			return compute.get();
		}
		V kept = kept(g, question);
		if (kept != null) {
			return kept;
		}
		V computed = compute.get();
		keep(g, question, computed);
		return computed;
	}

	/** Whether answers on {@code g} are kept: not an overlay's, not a past day's ({@link #get}). */
	private boolean keeps(ClaimProjection g) {
		return !(g instanceof OverlaidProjection || g instanceof ProjectionOnDay || this.size <= 0);
	}

	/**
	 * The answer kept for {@code question} on {@code g}, {@code null} when there is none (counted as a hit when
	 * there is): for a caller that computes it some other way when it is not kept (a scenario computes the graph's
	 * answer in one walk with its own, then {@link #keep keeps} it).
	 */
	@SuppressWarnings("unchecked")
	public synchronized <V> V kept(ClaimProjection g, Object question) {
		if (!keeps(g) || this.snapshot.get() != g) {
			return null;
		}
		Object kept = this.answers.get(question);
		if (kept != null) {
			this.hits.increment();
		}
		return (V) kept;
	}

	/**
	 * Keeps {@code computed}, the answer to {@code question} on {@code g} computed by the caller, as {@link #get}
	 * keeps what it computes (counted as a miss); nothing for an overlay or a past day's graph.
	 */
	public void keep(ClaimProjection g, Object question, Object computed) {
		if (!keeps(g)) {
			return;
		}
		this.misses.increment();
		synchronized (this) {
			if (this.snapshot.get() != g && g.version() >= this.version) {
				this.snapshot = new java.lang.ref.WeakReference<>(g);
				this.version = g.version();
				this.answers.clear();
			}
			if (this.snapshot.get() == g && computed != null) {
				this.answers.put(question, computed);
			}
		}
	}

	/** Lookups answered from the cache since start. */
	public long hits() {
		return this.hits.sum();
	}

	/** Lookups that computed. */
	public long misses() {
		return this.misses.sum();
	}

	/** The answers kept now. */
	public synchronized int size() {
		return this.answers.size();
	}

}
