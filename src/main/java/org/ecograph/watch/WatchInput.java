package org.ecograph.watch;

import org.ecograph.analysis.exposure.ExposureDirection;

/**
 * A question to save; which fields a kind needs and allows is checked by {@link WatchService#save}.
 *
 * @param kind the kind of question
 * @param entity the entity watched (EXPOSURE_ABOVE, RANK_TOP, ENTITY_TOUCHED)
 * @param counterpart the one counterpart of an EXPOSURE_ABOVE; {@code null} for any
 * @param from where the paths of a NEW_PATH start
 * @param to where the paths of a NEW_PATH end
 * @param maxHops the most relations of a path or an exposure chain (EXPOSURE_ABOVE, NEW_PATH); default 3
 * @param threshold the share an EXPOSURE_ABOVE fires at, 0 (exclusive) to 1
 * @param top the size of the ranking's top (RANK_TOP), or how many paths a NEW_PATH keeps (default 5)
 * @param direction the direction of an EXPOSURE_ABOVE; default UPSTREAM (what {@code entity} depends on)
 */
public record WatchInput(WatchKind kind, String entity, String counterpart, String from, String to, Integer maxHops,
		Double threshold, Integer top, ExposureDirection direction) {
}
