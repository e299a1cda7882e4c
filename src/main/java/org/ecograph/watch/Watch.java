package org.ecograph.watch;

import java.util.Map;

import org.ecograph.analysis.exposure.ExposureDirection;

/**
 * A saved question with its last answer.
 *
 * @param id {@code watch:<uuid>}
 * @param kind the kind of question
 * @param entity see {@link WatchInput}
 * @param counterpart see {@link WatchInput}
 * @param from see {@link WatchInput}
 * @param to see {@link WatchInput}
 * @param maxHops see {@link WatchInput}; {@code null} where the kind has none
 * @param threshold see {@link WatchInput}
 * @param top see {@link WatchInput}
 * @param direction see {@link WatchInput}
 * @param answer the last answer (its shape per kind: docs/api.md)
 * @param graphVersion the graph version of the last answer
 */
public record Watch(String id, WatchKind kind, String entity, String counterpart, String from, String to,
		Integer maxHops, Double threshold, Integer top, ExposureDirection direction, Map<String, Object> answer,
		long graphVersion) {
}
