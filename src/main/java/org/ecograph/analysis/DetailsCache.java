package org.ecograph.analysis;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The details (entities, claims) that analysis answers name, kept for the graph version they were read at: the
 * central entities and hubs recur in answer after answer, and a detail read at one version is the same for every
 * answer computed on it. A new version empties the cache; at most {@code capacity} entries, least recently used out.
 *
 * @param <T> what is cached, by id
 */
final class DetailsCache<T> {

	private final int capacity;

	private final Map<String, T> entries;

	private long version = Long.MIN_VALUE;

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	DetailsCache(int capacity) {
		this.capacity = capacity;
		this.entries = new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
				return size() > DetailsCache.this.capacity;
			}

		};
	}

	/** What this cache served and missed since start, and what it holds now. */
	CacheCounts counts(String name) {
		int size;
		synchronized (this) {
			size = this.entries.size();
		}
		return new CacheCounts(name, this.hits.sum(), this.misses.sum(), size);
	}

	/** Whether every one of {@code ids} is cached for {@code version} (or there are none), so {@link #get} reads none. */
	synchronized boolean holdsAll(long version, Collection<String> ids) {
		return ids.isEmpty() || (version == this.version && this.entries.keySet().containsAll(ids));
	}

	/**
	 * The details of {@code ids} at {@code version}: those cached, and those {@code fetch} reads for the others (an id
	 * it does not return has no entry).
	 */
	Map<String, T> get(long version, Collection<String> ids, Function<List<String>, Map<String, T>> fetch) {
		Map<String, T> found = new LinkedHashMap<>();
		List<String> missing;
		synchronized (this) {
			if (version != this.version) {
				this.entries.clear();
				this.version = version;
			}
			for (String id : ids) {
				T cached = this.entries.get(id);
				if (cached != null) {
					found.put(id, cached);
				}
			}
			missing = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
		}
		this.hits.add(found.size());
		this.misses.add(missing.size());
		if (missing.isEmpty()) {
			return found;
		}
		Map<String, T> fetched = fetch.apply(missing);
		found.putAll(fetched);
		synchronized (this) {
			if (version == this.version) {
				this.entries.putAll(fetched);
			}
		}
		return found;
	}

}
