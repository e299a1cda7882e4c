package org.ecograph.steward;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One recorded change of the graph.
 *
 * @param id {@code change:<seq>}
 * @param seq its place in the order of changes (the graph version it produced)
 * @param at when it was committed
 * @param who the token name of the steward, or {@code loader} for a loaded script
 * @param operation the mutation ({@code upsertClaim}, ...) or {@code loadScript}
 * @param subjects the ids of the entities, claims, sources and merged ids it touched
 * @param before their state before, as a {@link Snapshot} map ({@code null} for a loaded script)
 * @param after their state after
 * @param source the source the steward named for the change, or the script's location
 * @param comment the steward's comment
 * @param revertOf the change this one reverted
 * @param revertedBy the change that reverted this one
 */
public record Change(String id, long seq, ZonedDateTime at, String who, String operation, List<String> subjects,
		Map<String, Object> before, Map<String, Object> after, String source, String comment, String revertOf,
		String revertedBy) {
}
