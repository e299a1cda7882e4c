package org.ecograph.analysis.paths;

/** How influence paths are ordered. */
public enum PathRanking {

	/** Strongest first (product of step weights), ties by fewer hops. */
	STRENGTH,
	/** Fewest hops first, ties by strength. */
	HOPS

}
