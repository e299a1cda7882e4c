package org.ecograph.analysis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The analysis engine's settings.
 *
 * @param maxExpansions the most partial paths one path search or one exposure enumeration (chains of 4 hops or more)
 * may expand; when reached, the answer says it is incomplete (it never is silently)
 * @param maxConcurrent how many analysis computations run at once; further requests wait their turn
 * @param refreshInterval how often each app instance checks the graph version for a write of another instance or the
 * loader
 * @param refreshWait how long a request waits for the snapshot of a newer graph version (or, on the first start, for
 * the first snapshot) before it answers from the older one, saying so, or answers "warming up"
 * @param warmUp whether the first snapshot is built in the background as soon as the application is ready, and the
 * graph version polled; when off (the {@code load} command), a snapshot is built on the first question only
 * @param snapshotDirectory where each full build's snapshot is saved ({@link ProjectionFile}) and read back on the
 * next start when the graph has not changed since; blank to neither save nor read one
 */
@ConfigurationProperties("ecograph.analysis")
public record AnalysisProperties(@DefaultValue("2000000") long maxExpansions, @DefaultValue("4") int maxConcurrent,
		@DefaultValue("2s") Duration refreshInterval, @DefaultValue("20s") Duration refreshWait,
		@DefaultValue("true") boolean warmUp, @DefaultValue("") String snapshotDirectory) {

	/** The snapshot directory, or {@code null} when snapshots are not saved. */
	java.nio.file.Path snapshots() {
		return this.snapshotDirectory == null || this.snapshotDirectory.isBlank() ? null
				: java.nio.file.Path.of(this.snapshotDirectory.strip());
	}

}
