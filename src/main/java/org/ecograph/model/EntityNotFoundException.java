package org.ecograph.model;

/**
 * No entity has the given id. Any service may throw it; the API maps it to a {@code NOT_FOUND} error naming the id.
 */
public class EntityNotFoundException extends RuntimeException {

	private final String id;

	public EntityNotFoundException(String id) {
		super("No entity with id " + id);
		this.id = id;
	}

	/** The id that was not found. */
	public String id() {
		return this.id;
	}

}
