package org.ecograph.watch;

/** The kinds of standing question, each with the fields of {@link WatchInput} it needs. */
public enum WatchKind {

	/** {@code entity}'s exposure (to {@code counterpart}, or to any counterpart) is at or above {@code threshold}. */
	EXPOSURE_ABOVE,

	/** The paths of at most {@code maxHops} relations between {@code from} and {@code to} (the strongest {@code top}). */
	NEW_PATH,

	/** {@code entity} is among the {@code top} entities of the ranking. */
	RANK_TOP,

	/** The claims touching {@code entity}: any added, changed, retracted or removed. */
	ENTITY_TOUCHED

}
