package org.ecograph.analysis.projection;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * How the in-memory projection is kept current and saved (the engine's own limits are in
 * {@code AnalysisProperties} of the analysis face, under the same prefix).
 *
 * @param refreshInterval how often each app instance reads the graph version from the database, to learn of a write of
 * another instance or the loader (its own writes it knows at once; requests never read it, ADR 0011); also how long a
 * verified API token is trusted without a database check
 * @param refreshWait how long a request waits for the snapshot of a newer graph version (or, on the first start, for
 * the first snapshot) before it answers from the older one, saying so, or answers "warming up"
 * @param writeWait how long a write of this instance waits, before it returns to its writer, for the snapshot of its
 * version: readers never wait for a write that has not returned, and once it has, they have its snapshot at once (or,
 * past this wait, wait for it up to {@code refreshWait} as for another instance's write)
 * @param warmUp whether the first snapshot is built in the background as soon as the application is ready, and the
 * graph version polled; when off (the {@code load} command), a snapshot is built on the first question only
 * @param snapshotDirectory where each full build's snapshot is saved ({@link ProjectionFile}) and read back on the
 * next start when the graph has not changed since; blank to neither save nor read one
 * @param buildTimeout how long the read transaction of a build or an update may take (whole seconds; a bare number
 * is seconds)
 */
@ConfigurationProperties("ecograph.analysis")
public record ProjectionProperties(@DefaultValue("2s") Duration refreshInterval, @DefaultValue("20s") Duration refreshWait,
		@DefaultValue("2s") Duration writeWait, @DefaultValue("true") boolean warmUp,
		@DefaultValue("") String snapshotDirectory,
		@DefaultValue("3600") @DurationUnit(ChronoUnit.SECONDS) Duration buildTimeout) {

	/** The snapshot directory, or {@code null} when snapshots are not saved. */
	Path snapshots() {
		return this.snapshotDirectory == null || this.snapshotDirectory.isBlank() ? null
				: Path.of(this.snapshotDirectory.strip());
	}

}
