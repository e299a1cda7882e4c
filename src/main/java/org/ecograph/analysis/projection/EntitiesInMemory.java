package org.ecograph.analysis.projection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ecograph.catalog.EntityListing;
import org.ecograph.data.GraphVersions;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.springframework.stereotype.Component;

/**
 * Entity lookups answered from the current projection, without Neo4j: an entity's id, kind, name and aliases, when
 * the snapshot is of the version a reader must see ({@link GraphVersions#settled()}: what this instance knows, less
 * its own writes that have not returned to their writers, as {@link ProjectionHolder#snapshot()}) and holds names.
 * Anything else (the first snapshot not built yet, a newer version not ready, an id the snapshot lacks, which may be
 * an id merged into another) is for the caller to ask the database. The entity answered has no description and no
 * properties: a caller uses it only when it needs none. The catalog's listing ({@code entities(kinds, nameContains)})
 * too, from the snapshot's {@link NameListing}, once made.
 */
@Component
public class EntitiesInMemory implements EntityListing {

	private final ProjectionHolder projections;

	private final GraphVersions versions;

	EntitiesInMemory(ProjectionHolder projections, GraphVersions versions) {
		this.projections = projections;
		this.versions = versions;
	}

	/**
	 * The entity with this id, with id, kind, name and aliases only, from the current snapshot; empty when memory
	 * cannot answer (then the database must).
	 */
	public Optional<Entity> find(String id) {
		ClaimProjection g = current();
		if (g == null || !g.namesKnown()) {
			return Optional.empty();
		}
		int node = g.node(id);
		if (node < 0) {
			return Optional.empty();
		}
		return Optional.of(new Entity(g.entityId(node), g.entityKind(node), g.entityName(node),
				g.entityAliases(node), null, Map.of()));
	}

	@Override
	public Listed list(Set<EntityKind> kinds, String needle, List<String> after, int limit, boolean withTotal) {
		ClaimProjection g = current();
		NameListing listing = g == null ? null : g.listing();
		if (listing == null) {
			return null;
		}
		List<Entity> entities = listing
			.page(kinds, needle, after == null ? null : after.get(0), after == null ? null : after.get(1), limit)
			.stream()
			.map(e -> new Entity(e.id(), e.kind(), e.name(), e.aliases(), null, Map.of()))
			.toList();
		return new Listed(entities, withTotal ? listing.count(kinds, needle) : null);
	}

	/** The current snapshot when it is of the version a reader must see, else {@code null}. */
	private ClaimProjection current() {
		ClaimProjection g = this.projections.currentOrNull();
		return g == null || g.version() < this.versions.settled() ? null : g;
	}

}
