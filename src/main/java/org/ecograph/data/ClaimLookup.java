package org.ecograph.data;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Component;

/**
 * The one lookup of claims by id, in the caller's transaction. Claim ids are unique per relationship type, each type
 * with its own index (and across types by the loader's rule), and no index spans types: with the kinds known, one
 * index seek per id in each kind's index; without, one seek per id in every kind's index, in one query. Retracted
 * claims are found too (a figure or a change stays about its claim).
 */
@Component
public class ClaimLookup {

	/** The claim of a relationship bound to {@code r} between {@code a} and {@code b}, for {@link Row#claim}. */
	private static final String CLAIM = "{claim: r, from: a.id, to: b.id} AS claim";

	private static final Map<RelationKind, String> OF_KIND = new EnumMap<>(RelationKind.class);

	static {
		for (RelationKind kind : RelationKind.values()) {
			OF_KIND.put(kind, """
					UNWIND $ids AS id
					MATCH (a:Entity)-[r:%s {id: id}]->(b:Entity)
					RETURN %s""".formatted(kind.name(), CLAIM));
		}
	}

	/**
	 * A subquery binding {@code a, r, b} for the claim whose id is {@code id}, of whatever kind: every kind's seek
	 * (kinds rendered from {@link RelationKind}, never from input).
	 */
	private static final String ANY_KIND_OF_ID = RelationKind.types()
		.stream()
		.map(type -> "  MATCH (a:Entity)-[r:" + type + " {id: id}]->(b:Entity) RETURN a, r, b")
		.collect(Collectors.joining("\n  UNION ALL\n", "CALL (id) {\n", "\n}"));

	/** Every kind's seek, in one query. */
	private static final String OF_ANY_KIND = Graph
		.plannedOnce("UNWIND $ids AS id\n" + ANY_KIND_OF_ID + "\nRETURN " + CLAIM);

	/**
	 * For a statement that reads claims by id beside other things: a subquery that, given {@code $parameter} (claim
	 * ids), returns {@code column}, a list of the claims found, each read with {@link #claims(Row, String)}. Its
	 * plan is large (a seek per relation kind) and independent of the counts: the statement should be
	 * {@link Graph#plannedOnce}.
	 */
	public static String collectByIds(String parameter, String column) {
		return "CALL () {\nUNWIND $" + parameter + " AS id\n" + ANY_KIND_OF_ID + "\nRETURN collect({c: {claim: r, "
				+ "from: a.id, to: b.id}}) AS " + column + "\n}";
	}

	/** The claims of a column of {@link #collectByIds}, by id. */
	public static Map<String, Claim> claims(Row row, String column) {
		return collect(row.rows(column).stream().map(c -> c.claim("c")).toList());
	}

	private final Graph graph;

	ClaimLookup(Graph graph) {
		this.graph = graph;
	}

	/** The claim with this id, of whatever kind. */
	public Optional<Claim> byId(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/** The claims with these ids, of whatever kind, by id; unknown ids are absent. One query. */
	public Map<String, Claim> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return collect(this.graph.query(OF_ANY_KIND).bind("ids", List.copyOf(Set.copyOf(ids))).list(row -> row.claim("claim")));
	}

	/**
	 * The claims with these ids, known to be of these kinds, by id; unknown ids are absent. One query per kind (a
	 * single query over all kinds plans worse for many ids).
	 */
	public Map<String, Claim> byIds(Map<RelationKind, ? extends Collection<String>> idsByKind) {
		Map<String, Claim> claims = new LinkedHashMap<>();
		idsByKind.forEach((kind, ids) -> {
			if (!ids.isEmpty()) {
				claims.putAll(collect(this.graph.query(OF_KIND.get(kind))
					.bind("ids", List.copyOf(Set.copyOf(ids)))
					.list(row -> row.claim("claim"))));
			}
		});
		return claims;
	}

	private static Map<String, Claim> collect(List<Claim> claims) {
		Map<String, Claim> byId = new LinkedHashMap<>();
		claims.forEach(c -> byId.putIfAbsent(c.id(), c));
		return byId;
	}

}
