package org.ecograph.ingest;

import java.time.ZonedDateTime;

/**
 * The record of a script applied to the database, kept as an {@code :AppliedScript} node.
 *
 * @param version the script's version
 * @param description its description
 * @param location where it was loaded from
 * @param checksum SHA-256 of its content at the time
 * @param appliedAt when it was committed
 * @param durationMs how long it took
 */
public record AppliedScript(int version, String description, String location, String checksum,
		ZonedDateTime appliedAt, long durationMs) {
}
