package org.ecograph.model;

import java.util.List;
import java.util.Map;

/**
 * No entity has the given id. Any service may throw it; the API maps it to a {@code NOT_FOUND} error naming the id.
 */
public class EntityNotFoundException extends NotFoundException {

	private final String id;

	public EntityNotFoundException(String id) {
		super("No entity with id " + id);
		this.id = id;
	}

	/** The id that was not found. */
	public String id() {
		return this.id;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("ids", List.of(this.id));
	}

}
