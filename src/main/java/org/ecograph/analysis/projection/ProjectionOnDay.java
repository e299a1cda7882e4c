package org.ecograph.analysis.projection;

import java.time.LocalDate;

/**
 * A snapshot of the claim graph as the knowledge base held it at the end of a past day ({@code knownOn},
 * {@link DayProjections}): the same graph version as the snapshot it was made from, with the claims, figures and
 * merges of that day. The algorithms cannot tell it from a snapshot; what names an answer's claims reads their figures
 * of that day ({@link #day}).
 */
public final class ProjectionOnDay extends ClaimProjection {

	private final LocalDate day;

	ProjectionOnDay(ClaimProjection built, LocalDate day) {
		super(built);
		this.day = day;
	}

	/** The day whose end this snapshot stands at. */
	public LocalDate day() {
		return this.day;
	}

	/**
	 * The day {@code g} stands at: its own, or that of the snapshot a scenario's overlay lies over; {@code null} for
	 * the graph as it is.
	 */
	public static LocalDate dayOf(ClaimProjection g) {
		if (g instanceof ProjectionOnDay onDay) {
			return onDay.day;
		}
		return g instanceof OverlaidProjection overlay && overlay.base() instanceof ProjectionOnDay onDay ? onDay.day
				: null;
	}

}
