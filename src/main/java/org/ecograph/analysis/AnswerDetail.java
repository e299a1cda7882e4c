package org.ecograph.analysis;

/**
 * How much an analysis answer says of the entities and claims it names, and where that comes from. Paths, exposure
 * and ranking are computed on the projection, which knows every entity's id, kind, name and aliases and every
 * claim's id, kind and ends; quotes, figures, sources, explanations and the entities' other fields are read from
 * Neo4j afterwards, by id. A question gets the least of these that its selection needs.
 */
public enum AnswerDetail {

	/**
	 * Ids and kinds only, from the projection: entities carry their id and kind, claims their id, kind and ends; any
	 * other field would be empty, so this is chosen only when the question selects none.
	 */
	IDS,

	/**
	 * Entities with their id, kind, name and aliases, from the snapshot the answer was computed on (same version);
	 * claims as for {@link #IDS}; no explanation. Nothing is read from Neo4j, unless the snapshot holds no names (then
	 * as {@link #FULL}).
	 */
	NAMES,

	/**
	 * Claims read from Neo4j (cached per graph version), with each step's explanation; entities as for {@link #NAMES}
	 * (from the snapshot, or from Neo4j when it holds no names).
	 */
	CLAIMS,

	/**
	 * Entities read from Neo4j (cached per graph version), with every field; claims as for {@link #IDS}, no
	 * explanation.
	 */
	ENTITIES,

	/** Every field: entities and claims read from Neo4j (cached per graph version). */
	FULL;

	/** Whether the answer's claims are read from Neo4j. */
	public boolean readsClaims() {
		return this == CLAIMS || this == FULL;
	}

	/** Whether the answer's entities are read from Neo4j whatever the snapshot holds. */
	public boolean readsEntities() {
		return this == ENTITIES || this == FULL;
	}

	/** The least detail that says all this one and {@code other} say. */
	public AnswerDetail and(AnswerDetail other) {
		boolean claims = readsClaims() || other.readsClaims();
		boolean entities = readsEntities() || other.readsEntities();
		if (entities) {
			return claims ? FULL : ENTITIES;
		}
		if (claims) {
			return CLAIMS;
		}
		return this == IDS ? other : this;
	}

}
