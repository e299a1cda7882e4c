package org.ecograph.analysis.projection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

import org.ecograph.data.ClaimLookup;
import org.ecograph.data.Graph;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Row;
import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Repository;

/**
 * The projection's Cypher on the data layer's {@link Graph}, in the caller's transaction. A build streams rows
 * straight into the claim columns; an update reads the claims of the touched entities here and the touched claims
 * through {@link ClaimLookup}, the one claim-by-id lookup.
 */
@Repository
class ProjectionRepositoryImpl implements ProjectionRepository {

	private static final String RELATIONSHIP_COUNT = "MATCH ()-[r]->() RETURN count(r) AS n";

	private static final String ENTITY_COUNT = "MATCH (n:Entity) RETURN count(n) AS n";

	private static final String ENTITIES = """
			MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases""";

	private static final String ENTITIES_BY_ID = """
			MATCH (n:Entity) WHERE n.id IN $ids
			RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases""";

	/** Every claim between two entities, as columns (no map per row: millions of them). */
	private static final String CLAIMS = """
			MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types
			RETURN a.id AS f, b.id AS t, type(r) AS k, r.id AS id, r.status AS s, r.confidence AS c,
			       r.validFrom AS vf, r.validTo AS vt, r.shareOfSource AS ss, r.shareOfTarget AS st,
			       r.amountUsd AS amt, r.%s AS ak, r.%s AS inf, r.%s IS NOT NULL AS ret, r.%s AS rec"""
		.formatted(AmountKind.PROPERTY, ClaimFilter.INFERRED, ClaimFilter.RETRACTED_AT, ClaimFilter.RECORDED_AT);

	/** The claims leaving and reaching the entities of {@code $ids} (index seeks on the entity id): read only for the ids a judgement change regrouped. */
	private static final String CLAIMS_AT = """
			MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND type(r) IN $types AND r.id IS NOT NULL
			RETURN {claim: r, from: a.id, to: b.id} AS claim
			UNION ALL
			MATCH (a:Entity)-[r]->(b:Entity) WHERE b.id IN $ids AND type(r) IN $types AND r.id IS NOT NULL
			RETURN {claim: r, from: a.id, to: b.id} AS claim""";

	/** The resolved ids: few (a steward's judgements), read whole. */
	private static final String CANONICAL_IDS = "MATCH (m:MergedId) WHERE m.into IS NOT NULL RETURN m.id AS id, m.into AS into";

	/**
	 * After the graph version ({@link GraphVersions#stampedWith}): the changes after {@code $since} up to it, in order
	 * (one index range seek on the unique {@code seq}), and the resolved ids ({@link #CANONICAL_IDS}).
	 */
	private static final String PENDING = """
			CALL (version) {
			  MATCH (c:Change) WHERE c.seq > $since AND c.seq <= version
			  WITH c ORDER BY c.seq
			  RETURN collect({operation: c.operation, subjects: c.subjects}) AS changes
			}
			CALL () {
			  MATCH (m:MergedId) WHERE m.into IS NOT NULL
			  RETURN collect({id: m.id, into: m.into}) AS canonical
			}
			RETURN version, stamp, changes, canonical""";

	/** {@link #ENTITIES_BY_ID} and the claims with {@code $claimIds}, in one statement (planned once). */
	private static final String TOUCHED = Graph.plannedOnce("""
			CALL () {
			  MATCH (n:Entity) WHERE n.id IN $ids
			  RETURN collect({id: n.id, labels: labels(n), name: n.name, aliases: n.aliases}) AS entities
			}
			%s
			RETURN entities, claims""".formatted(ClaimLookup.collectByIds("claimIds", "claims")));

	private final Graph graph;

	private final GraphVersions versions;

	private final ClaimLookup lookup;

	ProjectionRepositoryImpl(Graph graph, GraphVersions versions, ClaimLookup lookup) {
		this.graph = graph;
		this.versions = versions;
		this.lookup = lookup;
	}

	@Override
	public GraphVersions.Stamped stamped() {
		return this.versions.stamped();
	}

	@Override
	public ProjectionFile.Key key() {
		GraphVersions.Stamped now = this.versions.stamped();
		long entities = this.graph.query(ENTITY_COUNT).single(row -> row.integer("n", 0));
		return new ProjectionFile.Key(now.version(), now.stamp(), entities, relationshipCount());
	}

	@Override
	public long relationshipCount() {
		return this.graph.query(RELATIONSHIP_COUNT).single(row -> row.integer("n", 0));
	}

	@Override
	public void forEachEntity(Consumer<EntityRow> entity) {
		this.graph.query(ENTITIES).forEach(row -> entity.accept(entity(row)));
	}

	@Override
	public void forEachEntity(Collection<String> ids, Consumer<EntityRow> entity) {
		this.graph.query(ENTITIES_BY_ID)
			.bind("ids", List.copyOf(ids))
			.forEach(row -> entity.accept(entity(row)));
	}

	private static EntityRow entity(Row row) {
		return new EntityRow(row.string("id"), kind(row), row.string("name"), row.strings("aliases"));
	}

	@Override
	public void readClaims(ToIntFunction<String> node, ClaimColumns claims, IntConsumer added) {
		this.graph.query(CLAIMS).bind("types", RelationKind.types()).forEach(row -> {
			String id = row.string("id");
			String f = row.string("f");
			String t = row.string("t");
			int from = node.applyAsInt(f);
			int to = node.applyAsInt(t);
			// a claim between two ids judged the same would join the canonical entity to itself: not walkable
			if (id == null || from < 0 || to < 0 || (from == to && !f.equals(t))) {
				return;
			}
			int c = claims.add(id, from, to, RelationKind.valueOf(row.string("k")));
			claims.set(c, status(row.string("s")), row.decimal("c"), row.value("vf", null), row.value("vt", null),
					row.value("rec", null), row.decimal("ss"), row.decimal("st"),
					AmountKind.isFlow(row.string("ak")) ? row.decimal("amt") : null, row.bool("inf"), row.bool("ret"));
			added.accept(c);
		});
	}

	@Override
	public void forEachClaimAt(Collection<String> entityIds, Consumer<Claim> claim) {
		this.graph.query(CLAIMS_AT)
			.bind("ids", List.copyOf(entityIds))
			.bind("types", RelationKind.types())
			.forEach(row -> claim.accept(row.claim("claim")));
	}

	@Override
	public Map<String, Claim> claims(Collection<String> ids) {
		return this.lookup.byIds(ids);
	}

	@Override
	public Map<String, String> canonicalIds() {
		Map<String, String> ids = new java.util.HashMap<>();
		this.graph.query(CANONICAL_IDS).forEach(row -> ids.put(row.string("id"), row.string("into")));
		return ids;
	}

	@Override
	public Pending pending(long since) {
		return this.versions.stampedWith(PENDING, Map.of("since", since), (stamped, row) -> {
			List<Change> changes = row.rows("changes")
				.stream()
				.map(c -> new Change(c.string("operation"), !c.isNull("subjects"), c.strings("subjects")))
				.toList();
			Map<String, String> canonical = new java.util.HashMap<>();
			row.rows("canonical").forEach(m -> canonical.put(m.string("id"), m.string("into")));
			return new Pending(stamped, changes, canonical);
		});
	}

	@Override
	public Touched touched(Collection<String> entityIds, Collection<String> claimIds) {
		return this.graph.query(TOUCHED)
			.bind("ids", List.copyOf(entityIds))
			.bind("claimIds", List.copyOf(Set.copyOf(claimIds)))
			.single(row -> new Touched(row.rows("entities").stream().map(ProjectionRepositoryImpl::entity).toList(),
					ClaimLookup.claims(row, "claims")));
	}

	/** The entity kind its labels name, {@code null} for none. */
	private static EntityKind kind(Row row) {
		return row.strings("labels")
			.stream()
			.map(EntityKind::fromLabel)
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
	}

	/** A stored status, {@code null} when absent or outside the vocabulary. */
	private static ClaimStatus status(String name) {
		for (ClaimStatus s : ClaimStatus.values()) {
			if (s.name().equals(name)) {
				return s;
			}
		}
		return null;
	}

}
