package org.ecograph.catalog;

import java.util.List;
import java.util.Map;

import org.ecograph.model.NotFoundException;

/** Some of the entity ids a request names do not exist. */
public final class UnknownEntitiesException extends NotFoundException {

	private final List<String> ids;

	public UnknownEntitiesException(List<String> ids) {
		super((ids.size() == 1 ? "No entity with id " : "No entities with ids ") + String.join(", ", ids));
		this.ids = List.copyOf(ids);
	}

	/** The ids that were not found, in the order they were asked for. */
	public List<String> ids() {
		return this.ids;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("ids", this.ids);
	}

}
