package org.ecograph.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.catalog.AssertionCatalog;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.data.Transactions;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.Measure;
import org.ecograph.measure.MeasureCatalog;
import org.springframework.stereotype.Service;

/**
 * Loads the figures the checks need (funding, ownership, membership, data and sized-amount claims passing the
 * filter; every measure; the entities they name) in one read transaction, then runs {@link ConsistencyChecker} in
 * memory, outside it. Retracted claims are never checked. The report also lists the claims whose sources disagree
 * ({@link AssertionConflict}), by {@link org.ecograph.model.AssertionPolicy}'s tolerances.
 */
@Service
public class ConsistencyService {

	private final Transactions transactions;

	private final ConsistencyRepository repository;

	private final MeasureCatalog measures;

	private final EntityCatalog entities;

	private final AssertionCatalog assertions;

	private final RelationCatalog relations;

	ConsistencyService(Transactions transactions, ConsistencyRepository repository, MeasureCatalog measures,
			EntityCatalog entities, AssertionCatalog assertions, RelationCatalog relations) {
		this.transactions = transactions;
		this.repository = repository;
		this.measures = measures;
		this.entities = entities;
		this.assertions = assertions;
		this.relations = relations;
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
		Figures figures = this.transactions.read(() -> figures(entityId, includeInferred));
		List<Finding> findings = ConsistencyChecker.check(figures.claims(), figures.measures(), figures.entities());
		List<AssertionConflict> conflicts = figures.conflicts()
			.stream()
			.filter(c -> includeInferred || !c.relation().inferred())
			.toList();
		if (entityId != null) {
			findings = findings.stream().filter(f -> f.involves(entityId)).toList();
			conflicts = conflicts.stream()
				.filter(c -> c.relation().fromId().equals(entityId) || c.relation().toId().equals(entityId))
				.toList();
		}
		return new ConsistencyReport(findings, figures.claims().size(), figures.measures().size(), conflicts);
	}

	/** The claims whose live assertions disagree (retracted claims left out), ordered by claim id. */
	private List<AssertionConflict> conflicts() {
		Map<String, AssertionCatalog.ClaimAssertions> disagreements = this.assertions.disagreements();
		Map<String, Claim> claims = this.relations.findByIds(disagreements.keySet());
		List<AssertionConflict> conflicts = new ArrayList<>();
		disagreements.forEach((id, found) -> {
			Claim claim = claims.get(id);
			if (claim != null && claim.properties().get(ClaimFilter.RETRACTED_AT) == null) {
				conflicts.add(new AssertionConflict(claim, found.conflict(), found.list()));
			}
		});
		conflicts.sort(Comparator.comparing(c -> c.relation().id()));
		return conflicts;
	}

	private Figures figures(String entityId, boolean includeInferred) {
		if (entityId != null && this.entities.findByIds(List.of(entityId)).isEmpty()) {
			throw new EntityNotFoundException(entityId);
		}
		List<Claim> claims = this.repository.checkedClaims(ClaimFilter.NONE.withRecord(null, includeInferred, false));
		List<Measure> measures = this.measures.all(includeInferred);
		Set<String> ids = new LinkedHashSet<>();
		claims.forEach(c -> {
			ids.add(c.fromId());
			ids.add(c.toId());
		});
		measures.forEach(m -> {
			ids.add(m.subjectId());
			if (m.relativeToId() != null) {
				ids.add(m.relativeToId());
			}
		});
		return new Figures(claims, measures, this.entities.findByIds(ids), conflicts());
	}

	/** What the checks read: the claims and measures, the entities they name by id, the sources' disagreements. */
	private record Figures(List<Claim> claims, List<Measure> measures, Map<String, Entity> entities,
			List<AssertionConflict> conflicts) {
	}

}
