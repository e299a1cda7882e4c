package org.ecograph.catalog;

/**
 * Forward pagination: at most {@code first} items after the item whose cursor is {@code after} ({@code null} for
 * the first page). Callers validate {@code first} against their limits.
 */
public record PageRequest(int first, String after) {

	public PageRequest {
		if (first < 0) {
			throw new IllegalArgumentException("first must not be negative: " + first);
		}
	}

}
