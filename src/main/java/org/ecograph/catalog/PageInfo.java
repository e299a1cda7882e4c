package org.ecograph.catalog;

/** Where a page stands in its listing, Relay style. Cursors are {@code null} when the page is empty. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

}
