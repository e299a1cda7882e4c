package org.ecograph.analysis;

/**
 * How much an analysis answer says of the entities and claims it names. Paths, exposure and ranking are computed on
 * the projection, which knows every entity's and claim's id and kind; names, quotes, sources and the other details
 * are read from Neo4j afterwards, by id. A question that asks for no more than ids and kinds (a front end that has the
 * nodes already and highlights paths by id) is answered without that read.
 */
public enum AnswerDetail {

	/** Every field: entities and claims read from Neo4j (cached per graph version). */
	FULL,

	/**
	 * Ids and kinds only, from the projection: entities carry their id and kind, claims their id, kind and ends; any
	 * other field would be empty, so this is chosen only when the question selects none.
	 */
	IDS

}
