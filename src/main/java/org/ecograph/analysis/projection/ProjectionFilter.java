package org.ecograph.analysis.projection;

import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

/**
 * A {@link ClaimFilter} compiled for {@link ClaimProjection#passes}: kinds and statuses as bit masks, dates as epoch
 * days. A record, so it serves as a cache key.
 */
public record ProjectionFilter(int kindMask, int statusMask, double minConfidence, int asOf, int knownOn,
		boolean includeInferred, boolean includeRetracted) {

	static final int ALL = -1;

	public static ProjectionFilter of(ClaimFilter filter) {
		int kinds = ALL;
		if (filter.kinds() != null) {
			kinds = 0;
			for (RelationKind k : filter.kinds()) {
				kinds |= 1 << k.ordinal();
			}
		}
		int statuses = ALL;
		if (filter.statuses() != null) {
			statuses = 0;
			for (ClaimStatus s : filter.statuses()) {
				statuses |= 1 << s.ordinal();
			}
		}
		return new ProjectionFilter(kinds, statuses,
				filter.minConfidence() == null ? Double.NaN : filter.minConfidence(),
				filter.asOf() == null ? ClaimProjection.NO_DATE : (int) filter.asOf().toEpochDay(),
				filter.knownOn() == null ? ClaimProjection.NO_DATE : (int) filter.knownOn().toEpochDay(),
				filter.includeInferred(), filter.includeRetracted());
	}

}
