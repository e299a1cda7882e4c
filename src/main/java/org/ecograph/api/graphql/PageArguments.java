package org.ecograph.api.graphql;

import org.ecograph.api.ApiLimits;
import org.ecograph.api.Limits;
import org.ecograph.catalog.PageRequest;

/**
 * The paging arguments of a listing, {@code first} and {@code after}.
 *
 * @param first the page size; absent or {@code null} for {@value #DEFAULT_FIRST}, the schema's default
 * @param after the cursor (or, for the change feed, the change id) the page starts after; {@code null} for the start
 */
record PageArguments(Integer first, String after) {

	/** The schema's default page size, for clients that pass an explicit {@code first: null}. */
	static final int DEFAULT_FIRST = 20;

	PageArguments {
		first = first == null ? DEFAULT_FIRST : first;
	}

	/** {@code first}, checked to lie within 0..{@link ApiLimits#maxFirst()}. */
	int size(ApiLimits limits) {
		Limits.check("first", this.first, 0, limits.maxFirst());
		return this.first;
	}

	/** The page request, {@code first} checked as {@link #size} does. */
	PageRequest request(ApiLimits limits) {
		return new PageRequest(size(limits), this.after);
	}

}
