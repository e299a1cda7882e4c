package org.ecograph.watch;

import java.util.List;
import java.util.Map;

/**
 * One change of a saved question's answer.
 *
 * @param id {@code watchEvent:<seq>}
 * @param seq its place in the feed: increasing in the order events are recorded
 * @param watch the question
 * @param graphVersion the graph version of the new answer
 * @param before the previous answer
 * @param after the new answer
 * @param causeIds the claims that caused the change: added, changed or removed since the previous answer, among
 * those the answers rest on
 */
public record WatchEvent(String id, long seq, Watch watch, long graphVersion, Map<String, Object> before,
		Map<String, Object> after, List<String> causeIds) {

	/** The prefix of an event id. */
	static final String PREFIX = "watchEvent:";

	static String id(long seq) {
		return PREFIX + seq;
	}

}
