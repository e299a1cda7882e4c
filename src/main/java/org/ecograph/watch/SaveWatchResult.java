package org.ecograph.watch;

import java.util.List;

/**
 * What saving (or deleting) a watch did.
 *
 * @param watch the watch saved (or deleted); {@code null} when nothing was written
 * @param userErrors why nothing was written; empty on success
 */
public record SaveWatchResult(Watch watch, List<WatchUserError> userErrors) {
}
