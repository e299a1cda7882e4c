package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ecograph.api.ApiLimits;
import org.ecograph.api.Limits;
import org.ecograph.catalog.PageRequest;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

/** Turns the arguments several fields share (paging, claim filters, kind lists) into catalog requests. */
public final class Arguments {

	/** The schema's default page size, for clients that pass an explicit {@code first: null}. */
	public static final int DEFAULT_FIRST = 20;

	private Arguments() {
	}

	/** A page request, {@code first} checked against {@link ApiLimits#maxFirst()}. */
	public static PageRequest page(Integer first, String after, ApiLimits limits) {
		int size = first == null ? DEFAULT_FIRST : first;
		Limits.check("first", size, 0, limits.maxFirst());
		return new PageRequest(size, after);
	}

	/** The claim filter of the {@code kinds}, {@code status}, {@code minConfidence} and {@code asOf} arguments. */
	public static ClaimFilter claimFilter(List<RelationKind> kinds, List<ClaimStatus> status, Double minConfidence,
			LocalDate asOf) {
		Limits.checkFraction("minConfidence", minConfidence);
		return ClaimFilter.of(kinds, status, minConfidence, asOf);
	}

	/**
	 * The claim filter of the {@code kinds}, {@code status}, {@code minConfidence}, {@code asOf} and
	 * {@code includeInferred} arguments ({@code null} includeInferred keeps inferred claims, the schema's default).
	 */
	public static ClaimFilter claimFilter(List<RelationKind> kinds, List<ClaimStatus> status, Double minConfidence,
			LocalDate asOf, Boolean includeInferred) {
		return withInferred(claimFilter(kinds, status, minConfidence, asOf), includeInferred);
	}

	/** {@code filter} keeping or leaving out inferred claims; {@code null} keeps them (the schema's default). */
	public static ClaimFilter withInferred(ClaimFilter filter, Boolean includeInferred) {
		return filter.withRecord(filter.knownOn(), includeInferred(includeInferred), filter.includeRetracted());
	}

	/** {@code filter} showing or hiding retracted claims; {@code null} hides them (the schema's default). */
	public static ClaimFilter withRetracted(ClaimFilter filter, Boolean includeRetracted) {
		return filter.withRecord(filter.knownOn(), filter.includeInferred(), Boolean.TRUE.equals(includeRetracted));
	}

	/** The {@code includeInferred} argument, {@code true} when absent or null. */
	public static boolean includeInferred(Boolean includeInferred) {
		return !Boolean.FALSE.equals(includeInferred);
	}

	/** A list argument as a set; {@code null} stays {@code null} (no filter). */
	public static <T> Set<T> set(List<T> items) {
		return items == null ? null : Set.copyOf(items);
	}

}
