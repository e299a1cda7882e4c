package org.ecograph.analysis.projection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.ecograph.catalog.Direction;
import org.ecograph.catalog.EntityListing;
import org.ecograph.catalog.RelationListing;
import org.ecograph.data.GraphVersions;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
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
 * too, from the snapshot's {@link NameListing}, once made; and an entity's relations ({@code entity { relations }})
 * with their ids, kinds and ends, from the snapshot's claims.
 */
@Component
public class EntitiesInMemory implements EntityListing, RelationListing {

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
	public EntityListing.Listed list(Set<EntityKind> kinds, String needle, List<String> after, int limit,
			boolean withTotal) {
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
		return new EntityListing.Listed(entities, withTotal ? listing.count(kinds, needle) : null);
	}

	/**
	 * The entity's relations from the snapshot's claims at its node, filtered as {@link ProjectionFilter} does (the
	 * database's filter, but for {@code knownOn}, which memory does not answer), ordered by id (ASCII slugs, so the
	 * UTF-8 bytes' order is Cypher's), the first {@code limit} after the cursor kept in a heap. Not for an entity of a
	 * judged cluster: the store lists a duplicate's relations on the duplicate's node, the snapshot on the canonical's.
	 * A claim whose far end is such a duplicate has the canonical id as that end; the ends are looked up by id, and a
	 * duplicate's id is answered with its canonical entity, so the answer is the same.
	 */
	@Override
	public RelationListing.Listed list(String entityId, Direction direction, ClaimFilter filter, String after,
			int limit, boolean withTotal) {
		ClaimProjection g = current();
		if (g == null || filter.knownOn() != null || g.judged(entityId)) {
			return null;
		}
		int node = g.rawNode(entityId);
		if (node < 0) {
			return null;
		}
		FirstRelations first = new FirstRelations(g, ProjectionFilter.of(filter),
				after == null ? null : after.getBytes(StandardCharsets.UTF_8), limit);
		if (direction != Direction.IN) {
			g.outgoing().forEach(node, first);
		}
		if (direction != Direction.OUT) {
			// a claim from the entity to itself is in both lists: once
			g.incoming().forEach(node, c -> {
				if (direction == Direction.IN || g.src(c) != g.dst(c)) {
					first.accept(c);
				}
			});
		}
		List<Claim> claims = new ArrayList<>();
		for (int c : first.inOrder()) {
			claims.add(new Claim(g.claimId(c), g.kind(c), g.entityId(g.src(c)), g.entityId(g.dst(c)), null, null, null,
					null, null, null, null, null, null, null, null, null, List.of(), Map.of()));
		}
		return new RelationListing.Listed(claims, withTotal ? (long) first.passed : null);
	}

	/**
	 * The claims passing a filter counted, and of those after a cursor the first {@code limit} by id kept: a heap
	 * whose root is the last of them.
	 */
	private static final class FirstRelations implements IntConsumer {

		private final ClaimProjection g;

		private final ProjectionFilter filter;

		private final byte[] after;

		private final int[] heap;

		private int size;

		private int passed;

		FirstRelations(ClaimProjection g, ProjectionFilter filter, byte[] after, int limit) {
			this.g = g;
			this.filter = filter;
			this.after = after;
			this.heap = new int[Math.max(0, limit)];
		}

		@Override
		public void accept(int c) {
			if (!this.g.passes(c, this.filter)) {
				return;
			}
			this.passed++;
			if (this.after != null && this.g.compareId(c, this.after) <= 0) {
				return;
			}
			if (this.size < this.heap.length) {
				int i = this.size++;
				// up while the parent comes first
				while (i > 0 && this.g.compareIds(this.heap[(i - 1) / 2], c) < 0) {
					this.heap[i] = this.heap[(i - 1) / 2];
					i = (i - 1) / 2;
				}
				this.heap[i] = c;
			}
			else if (this.size > 0 && this.g.compareIds(c, this.heap[0]) < 0) {
				int i = 0;
				// down while a child comes later
				while (2 * i + 1 < this.size) {
					int child = 2 * i + 1;
					if (child + 1 < this.size && this.g.compareIds(this.heap[child + 1], this.heap[child]) > 0) {
						child++;
					}
					if (this.g.compareIds(this.heap[child], c) <= 0) {
						break;
					}
					this.heap[i] = this.heap[child];
					i = child;
				}
				this.heap[i] = c;
			}
		}

		int[] inOrder() {
			return Arrays.stream(this.heap, 0, this.size).boxed().sorted(this.g::compareIds).mapToInt(Integer::intValue)
				.toArray();
		}

	}

	/** The current snapshot when it is of the version a reader must see, else {@code null}. */
	private ClaimProjection current() {
		ClaimProjection g = this.projections.currentOrNull();
		return g == null || g.version() < this.versions.settled() ? null : g;
	}

}
