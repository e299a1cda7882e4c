package org.ecograph.watch;

import java.util.Map;

/**
 * A watch as stored: the question and its last answer, with what only the evaluation reads.
 *
 * @param watch the question and its last answer
 * @param owner the id of the token that saved it
 * @param key what of the answer must differ for an event (per kind: {@link Questions})
 * @param evidence a fingerprint of each claim the last answer rests on, by claim id
 */
record Saved(Watch watch, String owner, String key, Map<String, String> evidence) {
}
