package org.ecograph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;
import org.ecograph.subgraph.SubgraphRequest;

/**
 * The arguments of a subgraph, the GraphQL {@code subgraph} field's and the export's alike, so both answer the same
 * requests in the same way: bound from the field's arguments, or parsed by the export from its parameters. The
 * constructor takes the schema's defaults for absent values and checks what needs no configuration (id shapes, the
 * confidence); {@link #request} checks the configured bounds.
 *
 * @param ids the entities to start from
 * @param hops how many relations away to go; {@code null} for {@value #DEFAULT_HOPS}
 * @param kinds the relation kinds to follow; {@code null} for all
 * @param entityKinds the entity kinds that may be reached; {@code null} for all
 * @param status see {@link ClaimFilterArguments}
 * @param minConfidence see {@link ClaimFilterArguments}
 * @param asOf see {@link ClaimFilterArguments}
 * @param knownOn see {@link ClaimFilterArguments}
 * @param includeInferred see {@link ClaimFilterArguments}
 * @param limit the most nodes to return; {@code null} for {@value #DEFAULT_LIMIT}
 */
public record SubgraphArguments(List<String> ids, Integer hops, List<RelationKind> kinds,
		List<EntityKind> entityKinds, List<ClaimStatus> status, Double minConfidence, LocalDate asOf,
		LocalDate knownOn, Boolean includeInferred, Integer limit) {

	/** The schema's default {@code hops}, for clients that pass an explicit null. */
	public static final int DEFAULT_HOPS = 1;

	/** The schema's default {@code limit}, for clients that pass an explicit null. */
	public static final int DEFAULT_LIMIT = 500;

	/**
	 * @throws BadRequestException naming a malformed id or a confidence out of 0..1
	 */
	public SubgraphArguments {
		ids = List.copyOf(ids);
		ids.forEach(id -> Limits.checkEntityId("ids", id));
		Limits.checkFraction("minConfidence", minConfidence);
		hops = hops == null ? DEFAULT_HOPS : hops;
		limit = limit == null ? DEFAULT_LIMIT : limit;
		includeInferred = !Boolean.FALSE.equals(includeInferred);
	}

	/**
	 * The request, checked against the configured bounds.
	 * @throws BadRequestException naming the argument, its value and what is allowed
	 */
	public SubgraphRequest request(ApiLimits limits) {
		Limits.check("ids count", this.ids.size(), 1, limits.maxSubgraphLimit());
		Limits.check("hops", this.hops, 0, limits.maxSubgraphHops());
		Limits.check("limit", this.limit, 1, limits.maxSubgraphLimit());
		ClaimFilterArguments filter = new ClaimFilterArguments(this.status, this.minConfidence, this.asOf,
				this.knownOn, this.includeInferred, null);
		return new SubgraphRequest(this.ids, this.hops, filter.of(this.kinds),
				this.entityKinds == null ? null : Set.copyOf(this.entityKinds), this.limit);
	}

}
