package org.ecograph.observability;

import java.util.List;

import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.model.TestClaims;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code analysis} contributor of readiness, over a holder with and without a snapshot. */
class AnalysisHealthIndicatorTests {

	@Test
	void isOutOfServiceUntilTheFirstSnapshotIsInMemory() {
		Health health = new AnalysisHealthIndicator(() -> null).health();

		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("reason",
				"The analysis graph is still being built after start; catalog queries are served meanwhile");
	}

	@Test
	void isUpWithTheSnapshotsVersionAndSize() {
		var projection = TestProjections.of(List.of("company:a", "company:b", "company:c"),
				List.of(TestClaims.claim("claim:a-funds-b", RelationKind.FUNDS, "company:a", "company:b")), 7, "stamp");

		Health health = new AnalysisHealthIndicator(() -> projection).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("graphVersion", 7L)
			.containsEntry("entities", 3)
			.containsEntry("claims", 1);
	}

}
