package org.ecograph.model;

/**
 * Published by the {@code load} command after it applied scripts to the embedded store it opened itself (no
 * application is running on that store), so what is derived from the graph can be prepared for the next start: the
 * analysis snapshot is built and saved then, and the next start reads it back instead of every claim.
 */
public record GraphLoaded() {
}
