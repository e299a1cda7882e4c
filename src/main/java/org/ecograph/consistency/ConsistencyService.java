package org.ecograph.consistency;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.catalog.EntityCatalog;
import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.GraphMapping;
import org.ecograph.model.Measure;
import org.ecograph.model.RelationKind;
import org.ecograph.measure.MeasureCatalog;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the figures the checks need (funding, ownership, membership, data and sized-amount claims passing the
 * filter; every measure) and runs {@link ConsistencyChecker}. Retracted claims are never checked.
 */
@Service
@Transactional(readOnly = true)
public class ConsistencyService {

	/** The claim kinds the checks read, besides any claim with a {@link AmountKind#SIZE} amount. */
	static final List<String> CHECKED_KINDS = List.of(RelationKind.FUNDS.name(), RelationKind.OWNS.name(),
			RelationKind.MEMBER_OF.name(), RelationKind.ACCESSES_DATA.name(), RelationKind.PUBLISHES.name());

	private static final String CLAIMS = """
			MATCH (:Entity)-[r]->(:Entity)
			WHERE (type(r) IN $checkedKinds OR r.amountKind = $size) AND %s
			RETURN %s AS claim ORDER BY r.id""".formatted(ClaimFilter.CYPHER_PREDICATE, GraphMapping.CLAIM_PROJECTION);

	private final Neo4jClient neo4j;

	private final MeasureCatalog measures;

	private final EntityCatalog entities;

	ConsistencyService(Neo4jClient neo4j, MeasureCatalog measures, EntityCatalog entities) {
		this.neo4j = neo4j;
		this.measures = measures;
		this.entities = entities;
	}

	/**
	 * The findings over the whole graph, or those that involve {@code entityId} (as subject, as an end of a claim or
	 * as the subject of a measure). The checks always run over the whole graph, so a finding about an entity is the
	 * same whether it is asked for alone or not.
	 * @param entityId only findings involving this entity; {@code null} for all
	 * @param includeInferred whether inferred claims and measures take part
	 * @throws EntityNotFoundException when {@code entityId} names no entity
	 */
	public ConsistencyReport check(String entityId, boolean includeInferred) {
		if (entityId != null && this.entities.findByIds(List.of(entityId)).isEmpty()) {
			throw new EntityNotFoundException(entityId);
		}
		ClaimFilter filter = ClaimFilter.NONE.withRecord(null, includeInferred, false);
		Map<String, Object> parameters = new HashMap<>(filter.parameters());
		parameters.put("checkedKinds", CHECKED_KINDS);
		parameters.put("size", AmountKind.SIZE.name());
		List<Claim> claims = List.copyOf(this.neo4j.query(CLAIMS)
			.bindAll(parameters)
			.fetchAs(Claim.class)
			.mappedBy((types, row) -> GraphMapping.claim(row.get("claim")))
			.all());
		List<Measure> figures = this.measures.all(includeInferred);
		Set<String> ids = new LinkedHashSet<>();
		claims.forEach(c -> {
			ids.add(c.fromId());
			ids.add(c.toId());
		});
		figures.forEach(m -> {
			ids.add(m.subjectId());
			if (m.relativeToId() != null) {
				ids.add(m.relativeToId());
			}
		});
		List<Finding> findings = ConsistencyChecker.check(claims, figures, this.entities.findByIds(ids));
		if (entityId != null) {
			findings = findings.stream().filter(f -> f.involves(entityId)).toList();
		}
		return new ConsistencyReport(findings, claims.size(), figures.size());
	}

}
