package org.ecograph.model;

import java.util.Arrays;
import java.util.List;

/** How far along a claim is, as its source states it. */
public enum ClaimStatus {

	/** Stated as a fact or as having happened. */
	REPORTED,
	/** Promised, pledged or agreed. */
	COMMITTED,
	/** Planned or scheduled by the actor. */
	PLANNED,
	/** A prediction or estimate by analysts or the source. */
	FORECAST,
	/** A bill, amendment or demand that has not been adopted. */
	PROPOSED;

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
