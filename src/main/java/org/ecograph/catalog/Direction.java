package org.ecograph.catalog;

/** Which relations of an entity to list, seen from the entity. */
public enum Direction {

	/** Relations the entity is the source of. */
	OUT,
	/** Relations the entity is the target of. */
	IN,
	/** Both. */
	BOTH

}
