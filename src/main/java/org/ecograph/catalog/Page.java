package org.ecograph.catalog;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a listing: its items with cursors, where it stands, and how many items the whole listing has.
 *
 * @param edges the items in listing order
 * @param pageInfo whether items follow or precede, and the first and last cursors
 * @param totalCount the number of items over all pages; {@code null} when the caller did not ask for it (counting
 * costs a pass over the whole listing, a page does not)
 */
public record Page<T>(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {

	public Page {
		edges = List.copyOf(edges);
	}

	/** An empty listing. */
	public static <T> Page<T> empty() {
		return new Page<>(List.of(), new PageInfo(false, false, null, null), 0L);
	}

	/** This page without its total, for callers that did not ask for it. */
	public Page<T> withoutTotal() {
		return new Page<>(this.edges, this.pageInfo, null);
	}

	/**
	 * The page of a listing given one more item than asked for (to tell whether more follow).
	 * @param fetched up to {@code first + 1} items following the cursor
	 * @param first how many items were asked for
	 * @param hasPrevious whether items of the listing precede the page (a cursor was given)
	 * @param totalCount the size of the listing, {@code null} when not asked for
	 * @param cursor the cursor of an item
	 */
	static <T> Page<T> of(List<T> fetched, int first, boolean hasPrevious, Long totalCount,
			Function<T, String> cursor) {
		List<Edge<T>> edges = fetched.stream().limit(first).map(item -> new Edge<>(cursor.apply(item), item)).toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Page<>(edges, new PageInfo(fetched.size() > first, hasPrevious, start, end), totalCount);
	}

}
