package org.ecograph.analysis.exposure;

/** Which way exposure is read. */
public enum ExposureDirection {

	/** What the entity depends on: its funders, customers, suppliers, data providers, programs. */
	UPSTREAM,
	/** Who depends on the entity. */
	DOWNSTREAM

}
