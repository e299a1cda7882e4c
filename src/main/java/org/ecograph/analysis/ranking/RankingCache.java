package org.ecograph.analysis.ranking;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.model.ClaimFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * PageRank per selection (filter and weighting), computed at most once per {@code ecograph.analysis.ranking-interval}
 * and served from memory. A request on a newer graph version than the cached ranking's gets that ranking while it is
 * younger than the interval (its {@link Ranked#version()} says which version it was computed on), else a new one on
 * its own version: under a stream of writes a ranking is recomputed at most once per interval, not once per write,
 * and the interval of a selection is at least {@code ranking-interval-factor} times its last computation's duration
 * (so a large graph's PageRank does not take the cores from the requests under a stream of writes). The
 * default selection (every relation, weighted by amount) is computed in the background when a new snapshot is swapped
 * in, or, when the interval has not elapsed, once it has; other selections on their first request. At most
 * {@value #MAX_ENTRIES} selections are held, each with its latest ranking only.
 */
@Component
public class RankingCache implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RankingCache.class);

	static final int MAX_ENTRIES = 64;

	private static final Key DEFAULT = new Key(ProjectionFilter.of(ClaimFilter.NONE), RankingWeight.AMOUNT);

	private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	private final long intervalNanos;

	private final int intervalFactor;

	/** How long each selection's last computation took, in nanoseconds. */
	private final Map<Key, Long> durations = new ConcurrentHashMap<>();

	private final ProjectionHolder holder;

	/** Whether a background computation of the default selection is scheduled. */
	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "ecograph-ranking");
		thread.setDaemon(true);
		return thread;
	});

	RankingCache(ProjectionHolder holder, RankingProperties properties) {
		this.holder = holder;
		this.intervalNanos = Math.max(0, properties.rankingInterval().toNanos());
		this.intervalFactor = properties.rankingIntervalFactor();
		if (holder != null) {
			holder.onNewSnapshot(() -> this.worker.execute(this::precompute));
		}
	}

	/**
	 * Scores and the order of nodes by score, computed on one graph version.
	 *
	 * @param version the graph version the scores were computed on
	 * @param ids the ids of that version's nodes, by node index; {@code null} when the ranking is only ever read with
	 * the graph it was computed on (a scenario's)
	 * @param scores each node's score, by node index
	 * @param order the nodes by score, descending, ties by id
	 */
	public record Ranked(long version, String[] ids, double[] scores, int[] order) {

		/** A ranking of {@code g}, read with {@code g} only. */
		public static Ranked of(ClaimProjection g, double[] scores, int[] order) {
			return new Ranked(g.version(), null, scores, order);
		}

		/**
		 * The first {@code n} entities by score that {@code wanted} accepts, as nodes of {@code g} (the graph the
		 * ranking was computed on, or a later version: an entity {@code g} lacks is left out, one it added is not
		 * ranked), with their scores.
		 */
		public Top top(int n, ClaimProjection g, IntPredicate wanted) {
			boolean same = this.ids == null || g.version() == this.version;
			int[] nodes = new int[Math.min(n, this.order.length)];
			double[] scores = new double[nodes.length];
			int size = 0;
			for (int i = 0; i < this.order.length && size < nodes.length; i++) {
				int node = same ? this.order[i] : g.node(this.ids[this.order[i]]);
				if (node >= 0 && wanted.test(node)) {
					scores[size] = this.scores[this.order[i]];
					nodes[size++] = node;
				}
			}
			return new Top(Arrays.copyOf(nodes, size), Arrays.copyOf(scores, size));
		}

	}

	/**
	 * The head of a ranking.
	 *
	 * @param nodes nodes of the graph it was read with, by score
	 * @param scores their scores
	 */
	public record Top(int[] nodes, double[] scores) {
	}

	private record Key(ProjectionFilter filter, RankingWeight weight) {
	}

	/** A selection's latest ranking: the version it is computed on and when its computation began. */
	private record Entry(long version, long started, CompletableFuture<Ranked> ranked) {
	}

	/**
	 * The ranking of this selection for a request on {@code g}: computed on {@code g}, or on an older version less
	 * than the interval ago.
	 */
	public Ranked ranked(ClaimProjection g, ProjectionFilter filter, RankingWeight weight) {
		return ranked(g, filter, weight, false);
	}

	/** The same; {@code exact} asks for a ranking computed on {@code g}'s version, whatever the interval. */
	public Ranked ranked(ClaimProjection g, ProjectionFilter filter, RankingWeight weight, boolean exact) {
		Key key = new Key(filter, weight);
		long now = System.nanoTime();
		long interval = exact ? 0 : interval(key);
		Entry mine = new Entry(g.version(), now, new CompletableFuture<>());
		Entry chosen = this.cache.compute(key, (k, e) -> usable(e, g.version(), now, interval) ? e
				: e != null && e.version() > g.version() ? e : mine);
		if (chosen != mine && chosen.version() <= g.version()) {
			this.hits.increment();
			return chosen.ranked().join();
		}
		this.misses.increment();
		if (chosen != mine) {
			// a request on an older snapshot than the cached ranking's: computed for it, not kept
			return compute(g, filter, weight);
		}
		if (this.cache.size() > MAX_ENTRIES) {
			this.cache.keySet().removeIf(k -> !k.equals(key));
			this.durations.keySet().removeIf(k -> !k.equals(key));
		}
		try {
			Ranked ranked = compute(g, filter, weight);
			this.durations.put(key, System.nanoTime() - now);
			mine.ranked().complete(ranked);
			return ranked;
		}
		catch (RuntimeException ex) {
			this.cache.remove(key, mine);
			mine.ranked().completeExceptionally(ex);
			throw ex;
		}
	}

	/**
	 * The least time between two computations of this selection: the configured interval, or {@code factor} times its
	 * last computation's duration when that is longer; 0 when the interval is 0.
	 */
	private long interval(Key key) {
		if (this.intervalNanos == 0) {
			return 0;
		}
		long last = this.durations.getOrDefault(key, 0L);
		return Math.max(this.intervalNanos, last > Long.MAX_VALUE / this.intervalFactor ? Long.MAX_VALUE
				: last * this.intervalFactor);
	}

	/** Whether {@code e} may answer a request on {@code version}: its own, or an older one within the interval. */
	private static boolean usable(Entry e, long version, long now, long interval) {
		if (e == null || e.ranked().isCompletedExceptionally()) {
			return false;
		}
		return e.version() == version || (e.version() < version && now - e.started() < interval);
	}

	private static Ranked compute(ClaimProjection g, ProjectionFilter filter, RankingWeight weight) {
		long started = System.nanoTime();
		double[] scores = PageRank.scores(g, filter, weight);
		String[] ids = new String[scores.length];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = g.entityId(i);
		}
		Ranked ranked = new Ranked(g.version(), ids, scores, PageRank.order(scores));
		log.info("Ranking of graph version {} ({} by {}) computed in {} ms", g.version(),
				filter.equals(DEFAULT.filter()) ? "all relations" : "a selection", weight,
				(System.nanoTime() - started) / 1_000_000);
		return ranked;
	}

	/**
	 * Computes the default selection on the current snapshot, unless it is computed on it already; when its last
	 * computation began less than the interval ago, schedules this again for when the interval has elapsed.
	 */
	private void precompute() {
		ClaimProjection g = this.holder.currentOrNull();
		if (g == null) {
			return;
		}
		Entry e = this.cache.get(DEFAULT);
		if (e != null && e.version() >= g.version()) {
			return;
		}
		long wait = e == null ? 0 : e.started() + interval(DEFAULT) - System.nanoTime();
		if (wait > 0) {
			if (this.scheduled.compareAndSet(false, true)) {
				this.worker.schedule(() -> {
					this.scheduled.set(false);
					precompute();
				}, wait, TimeUnit.NANOSECONDS);
			}
			return;
		}
		try {
			ranked(g, DEFAULT.filter(), DEFAULT.weight());
		}
		catch (RuntimeException ex) {
			log.warn("The ranking of graph version {} could not be computed: {}", g.version(), ex.getMessage());
		}
	}

	/** Rankings served from the cache (or from a computation already running) since start. */
	public long hits() {
		return this.hits.sum();
	}

	/** Rankings computed since start, the background ones after each new snapshot included. */
	public long misses() {
		return this.misses.sum();
	}

	/** The selections cached now. */
	public int size() {
		return this.cache.size();
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
