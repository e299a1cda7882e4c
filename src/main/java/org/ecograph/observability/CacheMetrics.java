package org.ecograph.observability;

import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.ecograph.analysis.AnalysisService;
import org.ecograph.analysis.CacheCounts;
import org.springframework.stereotype.Component;

/**
 * The analysis caches as Micrometer's usual cache meters: {@code cache.gets} (tags {@code cache}, {@code result} hit
 * or miss) and {@code cache.size}, for the answer details of entities and claims and for rankings. The GraphQL
 * document cache registers the same meters itself (it belongs to the API).
 */
@Component
class CacheMetrics implements MeterBinder {

	private final AnalysisService analysis;

	CacheMetrics(AnalysisService analysis) {
		this.analysis = analysis;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (CacheCounts cache : this.analysis.cacheCounts()) {
			String name = cache.cache();
			FunctionCounter.builder("cache.gets", this, m -> m.counts(name).hits())
				.tags("cache", name, "result", "hit")
				.description("Lookups answered from the cache")
				.register(registry);
			FunctionCounter.builder("cache.gets", this, m -> m.counts(name).misses())
				.tags("cache", name, "result", "miss")
				.description("Lookups the cache could not answer")
				.register(registry);
			Gauge.builder("cache.size", this, m -> m.counts(name).size())
				.tags("cache", name)
				.description("Entries in the cache")
				.register(registry);
		}
	}

	private CacheCounts counts(String name) {
		List<CacheCounts> all = this.analysis.cacheCounts();
		return all.stream().filter(c -> c.cache().equals(name)).findFirst().orElseThrow();
	}

}
