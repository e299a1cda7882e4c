package org.ecograph.api.graphql;

import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.ecograph.analysis.projection.EntitiesInMemory;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.model.Entity;
import org.springframework.stereotype.Component;

/**
 * {@code entity(id)}: from memory ({@link EntitiesInMemory}) when the selection asks nothing but what the projection
 * holds (id, kind, name, aliases and the concrete type), else, or when memory cannot answer, from the database
 * ({@link EntityCatalog}). Both give the same answer field for field.
 */
@Component
class EntityLookup {

	/** The fields of an entity the projection holds. */
	private static final Set<String> IN_MEMORY = Set.of("id", "kind", "name", "aliases", "__typename");

	private final EntitiesInMemory memory;

	private final EntityCatalog catalog;

	EntityLookup(EntitiesInMemory memory, EntityCatalog catalog) {
		this.memory = memory;
		this.catalog = catalog;
	}

	/** The entity with this id (or the entity it was merged into), {@code null} when none. */
	Entity find(String id, DataFetchingFieldSelectionSet selection) {
		if (inMemory(selection)) {
			Entity entity = this.memory.find(id).orElse(null);
			if (entity != null) {
				return entity;
			}
		}
		return this.catalog.findById(id).orElse(null);
	}

	/** Whether every field selected is one memory holds. */
	static boolean inMemory(DataFetchingFieldSelectionSet selection) {
		for (SelectedField field : selection.getFields()) {
			if (!IN_MEMORY.contains(field.getName())) {
				return false;
			}
		}
		return true;
	}

}
