package org.ecograph.analysis.ranking;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * PageRank per graph version, computed once per selection (filter and weighting) and served from memory. The
 * default selection (every relation, weighted by amount) is computed in the background as soon as a new snapshot is
 * swapped in, so the first analyst after a load does not pay for it; other selections are computed on their first
 * request and cached. The cache holds the selections of the current version only, at most {@value #MAX_ENTRIES}.
 */
@Component
public class RankingCache implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RankingCache.class);

	static final int MAX_ENTRIES = 64;

	private final Map<Key, CompletableFuture<Ranked>> cache = new ConcurrentHashMap<>();

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "ecograph-ranking");
		thread.setDaemon(true);
		return thread;
	});

	RankingCache(ProjectionHolder holder) {
		holder.onNewSnapshot(() -> {
			ClaimProjection g = holder.currentOrNull();
			if (g != null) {
				this.worker.execute(() -> ranked(g, ProjectionFilter.of(ClaimFilter.NONE), RankingWeight.AMOUNT));
			}
		});
	}

	/**
	 * Scores and the order of nodes by score.
	 *
	 * @param scores each node's score, by node index
	 * @param order the nodes by score, descending, ties by id
	 */
	public record Ranked(double[] scores, int[] order) {

		/** The node's score. */
		public double score(int node) {
			return this.scores[node];
		}

		/** The first {@code n} nodes by score that {@code wanted} accepts. */
		public int[] top(int n, IntPredicate wanted) {
			int[] top = new int[Math.min(n, this.order.length)];
			int size = 0;
			for (int i = 0; i < this.order.length && size < top.length; i++) {
				if (wanted.test(this.order[i])) {
					top[size++] = this.order[i];
				}
			}
			return Arrays.copyOf(top, size);
		}

	}

	private record Key(long version, ProjectionFilter filter, RankingWeight weight) {
	}

	public Ranked ranked(ClaimProjection g, ProjectionFilter filter, RankingWeight weight) {
		Key key = new Key(g.version(), filter, weight);
		CompletableFuture<Ranked> mine = new CompletableFuture<>();
		CompletableFuture<Ranked> existing = this.cache.putIfAbsent(key, mine);
		if (existing != null) {
			this.hits.increment();
			return existing.join();
		}
		this.misses.increment();
		this.cache.keySet().removeIf(k -> k.version() < g.version());
		if (this.cache.size() > MAX_ENTRIES) {
			this.cache.keySet().removeIf(k -> !k.equals(key));
		}
		try {
			long started = System.nanoTime();
			double[] scores = PageRank.scores(g, filter, weight);
			Integer[] boxed = new Integer[scores.length];
			for (int i = 0; i < boxed.length; i++) {
				boxed[i] = i;
			}
			// Node indexes follow id order, so equal scores fall back to the id.
			Arrays.sort(boxed, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
			Ranked ranked = new Ranked(scores, Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
			log.info("Ranking of graph version {} ({} by {}) computed in {} ms", g.version(),
					filter.equals(ProjectionFilter.of(ClaimFilter.NONE)) ? "all relations" : "a selection", weight,
					(System.nanoTime() - started) / 1_000_000);
			mine.complete(ranked);
			return ranked;
		}
		catch (RuntimeException ex) {
			this.cache.remove(key);
			mine.completeExceptionally(ex);
			throw ex;
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
