package org.ecograph.consistency;

/** What a consistency finding is about. */
public enum FindingKind {

	/** Shares of one total add up to more than 1, or already to 1 while further parts have no share. */
	SHARES_EXCEED_TOTAL,
	/** Two figures of one quantity disagree, or a figure is impossible given another. */
	CONTRADICTING_FIGURES,
	/** A figure is off from what another implies by a power of ten of at least 1000: a slip of unit or magnitude. */
	UNIT_ERROR,
	/** The parts of a whole add up to more than the whole. */
	PARTS_EXCEED_WHOLE,
	/** A figure is exactly at a physical limit, an assumption the source does not state (full load all year). */
	FULL_LOAD_ASSUMED,
	/** A source reports data as already used that it says will only be published later. */
	USED_BEFORE_AVAILABLE

}
