package org.ecograph.observability;

import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.analysis.projection.ProjectionTimings;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.springframework.stereotype.Component;

/**
 * The analysis projection's meters ({@code ecograph.projection.*}, see docs/observability.md): whether it is ready,
 * its graph version and the database's, how many versions it lags behind, its size and estimated memory, and how its
 * snapshots were made (build, update, restore: counts and total time) and how long the last took. Read when scraped;
 * the database's version is read at most once a second.
 */
@Component
class ProjectionMetrics implements MeterBinder {

	private static final long DATABASE_VERSION_TTL_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final ProjectionHolder holder;

	private final Transactions transactions;

	private final GraphVersions versions;

	private volatile long databaseVersion = -1;

	private volatile long databaseVersionReadAt;

	ProjectionMetrics(ProjectionHolder holder, Transactions transactions, GraphVersions versions) {
		this.holder = holder;
		this.transactions = transactions;
		this.versions = versions;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("ecograph.projection.ready", this, m -> m.holder.currentOrNull() == null ? 0 : 1)
			.description("1 when the analysis projection is in memory, 0 while the first snapshot is built")
			.register(registry);
		gauge(registry, "ecograph.projection.version", "The graph version the analysis answers from",
				ClaimProjection::version);
		Gauge.builder("ecograph.projection.database.version", this, ProjectionMetrics::databaseVersion)
			.description("The graph version in the database (NaN when it cannot be read)")
			.register(registry);
		Gauge.builder("ecograph.projection.lag", this, ProjectionMetrics::lag)
			.description("How many graph versions the analysis projection is behind the database")
			.baseUnit("versions")
			.register(registry);
		gauge(registry, "ecograph.projection.entities", "Entities in the analysis projection", ClaimProjection::entityCount);
		gauge(registry, "ecograph.projection.claims", "Claims in the analysis projection", ClaimProjection::claimCount);
		Gauge.builder("ecograph.projection.memory.estimated", this, m -> projected(m, ClaimProjection::estimatedBytes))
			.description("An estimate of the heap the current snapshot holds (its arrays and entity ids)")
			.baseUnit("bytes")
			.register(registry);
		ProjectionTimings timings = this.holder.timings();
		for (ProjectionTimings.Kind kind : ProjectionTimings.Kind.values()) {
			FunctionTimer.builder("ecograph.projection.refresh", timings, t -> t.count(kind), t -> t.totalNanos(kind),
					TimeUnit.NANOSECONDS)
				.description("Snapshots of the analysis projection made since start, and the time they took")
				.tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
				.register(registry);
		}
		TimeGauge.builder("ecograph.projection.refresh.last", timings, TimeUnit.NANOSECONDS,
				t -> t.lastNanos() < 0 ? Double.NaN : t.lastNanos())
			.description("How long the last snapshot took to make")
			.register(registry);
		TimeGauge.builder("ecograph.projection.age", timings, TimeUnit.MILLISECONDS,
				t -> t.lastCompletedAt() == 0 ? Double.NaN : System.currentTimeMillis() - t.lastCompletedAt())
			.description("Time since the current snapshot was swapped in")
			.register(registry);
		FunctionCounter.builder("ecograph.projection.refresh.failures", timings, ProjectionTimings::failures)
			.description("Attempts to make a snapshot that failed (each is logged)")
			.register(registry);
	}

	private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<ClaimProjection> f) {
		Gauge.builder(name, this, m -> projected(m, f)).description(description).register(registry);
	}

	private static double projected(ProjectionMetrics metrics, ToDoubleFunction<ClaimProjection> f) {
		ClaimProjection projection = metrics.holder.currentOrNull();
		return projection == null ? Double.NaN : f.applyAsDouble(projection);
	}

	private double lag() {
		ClaimProjection projection = this.holder.currentOrNull();
		double database = databaseVersion();
		if (projection == null || Double.isNaN(database)) {
			return Double.NaN;
		}
		return Math.max(0, database - projection.version());
	}

	private double databaseVersion() {
		long now = System.nanoTime();
		if (this.databaseVersion < 0 || now - this.databaseVersionReadAt > DATABASE_VERSION_TTL_NANOS) {
			try {
				this.databaseVersion = this.transactions.read(this.versions::read);
				this.databaseVersionReadAt = now;
			}
			catch (RuntimeException ex) {
				// the database is unreachable: the health endpoint says so; the metric says "unknown"
				return Double.NaN;
			}
		}
		return this.databaseVersion;
	}

}
