package org.ecograph.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.language.Field;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.ecograph.analysis.projection.EntitiesInMemory;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.EntityListing;
import org.ecograph.catalog.RelationListing;
import org.ecograph.model.Entity;
import org.springframework.stereotype.Component;

/**
 * An entity asked for by id: from memory ({@link EntitiesInMemory}) when the selection asks nothing but what the
 * projection holds (id, kind, name, aliases and the concrete type) and fields answered from the id alone (its
 * relations and measures, which their loaders fetch by id), else, or when memory cannot answer, from the database
 * ({@link EntityCatalog}). Both give the same answer field for field. For {@code entity(id)}, a relation's ends and
 * the entities of {@code entities(kinds, nameContains)}.
 */
@Component
class EntityLookup {

	/**
	 * The fields of an entity the projection holds and those answered from its id alone, as the analysis answers take
	 * them ({@link AnalysisSelection}), and the concrete type.
	 */
	private static final Set<String> IN_MEMORY = Stream
		.of(AnalysisSelection.ENTITY_BY_ID, AnalysisSelection.ENTITY_NAMES, Set.of("__typename"))
		.flatMap(Set::stream)
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * The fields of a relation memory answers ({@link RelationListing}), as the analysis answers take them, the ends
	 * as entities found by id; and the concrete type.
	 */
	private static final Set<String> RELATION_IN_MEMORY = Stream
		.concat(AnalysisSelection.RELATION_BY_ID.stream(), Stream.of("__typename"))
		.collect(Collectors.toUnmodifiableSet());

	private static final Set<String> ENDS = Set.of("from", "to");

	private final EntitiesInMemory memory;

	private final EntityCatalog catalog;

	EntityLookup(EntitiesInMemory memory, EntityCatalog catalog) {
		this.memory = memory;
		this.catalog = catalog;
	}

	/** The entity with this id (or the entity it was merged into), {@code null} when none. */
	Entity find(String id, DataFetchingEnvironment env) {
		Entity entity = fromMemory(id, env);
		return entity != null ? entity : this.catalog.findById(id).orElse(null);
	}

	/**
	 * The entity with this id (or the entity it was merged into) from memory, when the field fetched by {@code env}
	 * asks only what memory answers and memory holds the entity; else {@code null}, and the database must answer.
	 */
	Entity fromMemory(String id, DataFetchingEnvironment env) {
		return inMemory(env.getMergedField().getFields()) ? this.memory.find(id).orElse(null) : null;
	}

	/**
	 * The listing in memory when the {@code entities} field fetched by {@code env} asks of its entities only what
	 * memory answers, else {@code null} (the database answers).
	 */
	EntityListing listing(DataFetchingEnvironment env) {
		List<Field> nodes = below(env.getMergedField().getFields(), "edges", "node");
		return nodes != null && inMemory(nodes) ? this.memory : null;
	}

	/**
	 * The relations in memory when the {@code relations} field fetched by {@code env} asks of its relations only what
	 * memory answers (id, kind, the concrete type, and ends asking only what memory answers), else {@code null} (the
	 * database answers).
	 */
	RelationListing relationListing(DataFetchingEnvironment env) {
		List<Field> nodes = below(env.getMergedField().getFields(), "edges", "node");
		if (nodes == null) {
			return null;
		}
		for (Field node : nodes) {
			for (Selection<?> selection : node.getSelectionSet().getSelections()) {
				if (!(selection instanceof Field field) || !RELATION_IN_MEMORY.contains(field.getName())
						|| (ENDS.contains(field.getName()) && !inMemory(List.of(field)))) {
					return null;
				}
			}
		}
		return this.memory;
	}

	/**
	 * Whether these occurrences of an entity field (one field of the document, possibly written several times) select
	 * only fields memory answers. Read from the document, which costs nothing like computing the selection set for
	 * each of a page's hundred relation ends; a fragment counts as asking more, so the database answers it.
	 */
	static boolean inMemory(List<Field> fields) {
		for (Field field : fields) {
			SelectionSet selections = field.getSelectionSet();
			if (selections == null) {
				continue;
			}
			for (Selection<?> selection : selections.getSelections()) {
				if (!(selection instanceof Field sub) || !IN_MEMORY.contains(sub.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Whether the field fetched by {@code env} selects the field at {@code path} (e.g. {@code totalCount}), read from
	 * the document: the selection set computes the whole operation's normalized form on first use, a twentieth of the
	 * CPU of a request answered from memory. It answers when a fragment hides the path. A field skipped by a directive
	 * counts as selected: its value is then computed and not sent.
	 */
	static boolean selects(DataFetchingEnvironment env, DataFetchingFieldSelectionSet selection, String... path) {
		List<Field> found = below(env.getMergedField().getFields(), path);
		return found != null ? !found.isEmpty() : selection.contains(String.join("/", path));
	}

	/**
	 * The fields at {@code path} below these occurrences of a field, in the document (e.g. {@code edges}, {@code node},
	 * {@code from} below a {@code relations} field); {@code null} when a fragment on the way hides what is selected.
	 */
	static List<Field> below(List<Field> fields, String... path) {
		List<Field> level = fields;
		for (String name : path) {
			List<Field> next = new ArrayList<>();
			for (Field field : level) {
				SelectionSet selections = field.getSelectionSet();
				if (selections == null) {
					continue;
				}
				for (Selection<?> selection : selections.getSelections()) {
					if (!(selection instanceof Field sub)) {
						return null;
					}
					if (sub.getName().equals(name)) {
						next.add(sub);
					}
				}
			}
			level = next;
		}
		return level;
	}

}
