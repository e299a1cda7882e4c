package org.ecograph.measure;

/** What {@link MeasureAggregator} groups the figures of one metric by. */
public enum MeasureGrouping {

	/**
	 * The states a figure is located in ({@code places}), all of them together: a figure the source gives for Ohio and
	 * Texas together stays one figure of the group "Ohio, Texas". A figure without places whose subject is a state
	 * belongs to that state.
	 */
	STATE,
	/** The program the figure is about: its subject, or the program at an end of the claim it is about. */
	PROGRAM

}
