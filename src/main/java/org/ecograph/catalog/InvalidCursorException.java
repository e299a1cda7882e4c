package org.ecograph.catalog;

import org.ecograph.model.InvalidArgumentException;

/** An {@code after} cursor that this listing did not hand out. */
public final class InvalidCursorException extends InvalidArgumentException {

	InvalidCursorException(String cursor) {
		super("after '" + cursor + "' is not a cursor of this listing: pass an endCursor or edge cursor it returned");
	}

}
