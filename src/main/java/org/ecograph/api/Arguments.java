package org.ecograph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ecograph.catalog.PageRequest;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

/** Turns the arguments several fields share (paging, claim filters, kind lists) into catalog requests. */
final class Arguments {

	/** The schema's default page size, for clients that pass an explicit {@code first: null}. */
	static final int DEFAULT_FIRST = 20;

	private Arguments() {
	}

	/** A page request, {@code first} checked against {@link ApiLimits#maxFirst()}. */
	static PageRequest page(Integer first, String after, ApiLimits limits) {
		int size = first == null ? DEFAULT_FIRST : first;
		Limits.check("first", size, 0, limits.maxFirst());
		return new PageRequest(size, after);
	}

	/** The claim filter of the {@code kinds}, {@code status}, {@code minConfidence} and {@code asOf} arguments. */
	static ClaimFilter claimFilter(List<RelationKind> kinds, List<ClaimStatus> status, Double minConfidence,
			LocalDate asOf) {
		Limits.checkFraction("minConfidence", minConfidence);
		return ClaimFilter.of(kinds, status, minConfidence, asOf);
	}

	/** A list argument as a set; {@code null} stays {@code null} (no filter). */
	static <T> Set<T> set(List<T> items) {
		return items == null ? null : Set.copyOf(items);
	}

}
