package org.ecograph.catalog;

/** A request the catalog cannot answer as asked. The API maps each subtype to an error type. */
public sealed class CatalogException extends RuntimeException permits InvalidCursorException, UnknownEntitiesException {

	CatalogException(String message) {
		super(message);
	}

}
