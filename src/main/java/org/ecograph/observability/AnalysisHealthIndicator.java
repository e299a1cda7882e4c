package org.ecograph.observability;

import java.util.function.Supplier;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code analysis}: {@code OUT_OF_SERVICE} until the first snapshot of the analysis
 * projection is in memory (paths, exposure and ranking answer "warming up" until then), {@code UP} with its graph
 * version and size after. It belongs to the readiness group ({@code /actuator/health/readiness}), so a load balancer
 * sends no traffic to an instance still warming up; liveness does not include it.
 */
@Component
class AnalysisHealthIndicator implements HealthIndicator {

	private final Supplier<ClaimProjection> current;

	@Autowired
	AnalysisHealthIndicator(ProjectionHolder holder) {
		this(holder::currentOrNull);
	}

	AnalysisHealthIndicator(Supplier<ClaimProjection> current) {
		this.current = current;
	}

	@Override
	public Health health() {
		ClaimProjection projection = this.current.get();
		if (projection == null) {
			return Health.outOfService()
				.withDetail("reason", "The analysis graph is still being built after start; catalog queries are "
						+ "served meanwhile")
				.build();
		}
		return Health.up()
			.withDetail("graphVersion", projection.version())
			.withDetail("entities", projection.entityCount())
			.withDetail("claims", projection.claimCount())
			.build();
	}

}
