package org.ecograph.catalog;

/** An {@code after} cursor that this listing did not hand out. */
public final class InvalidCursorException extends CatalogException {

	InvalidCursorException(String cursor) {
		super("after '" + cursor + "' is not a cursor of this listing: pass an endCursor or edge cursor it returned");
	}

}
