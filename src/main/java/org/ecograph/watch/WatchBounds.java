package org.ecograph.watch;

/**
 * The configured bounds a saved question is held to, given by the API (its {@code ecograph.api.*} limits).
 *
 * @param maxHops the most relations of a path or an exposure chain
 * @param maxK the most paths a NEW_PATH may keep
 * @param maxFirst the largest top of a RANK_TOP
 */
public record WatchBounds(int maxHops, int maxK, int maxFirst) {
}
