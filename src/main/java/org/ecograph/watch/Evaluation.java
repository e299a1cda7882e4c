package org.ecograph.watch;

import java.util.Map;

/**
 * One answer of a saved question.
 *
 * @param graphVersion the graph version it was computed on
 * @param answer the answer, as shown to the client
 * @param key what of the answer must differ for an event
 * @param evidence a fingerprint of each claim the answer rests on, by claim id
 */
record Evaluation(long graphVersion, Map<String, Object> answer, String key, Map<String, String> evidence) {
}
