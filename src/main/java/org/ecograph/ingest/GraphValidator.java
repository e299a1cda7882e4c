package org.ecograph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ecograph.model.AmountKind;
import org.ecograph.model.AuditLabels;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.GraphVersion;
import org.ecograph.model.Ids;
import org.ecograph.model.Measure;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.RelationKind;
import org.ecograph.model.Unit;
import org.ecograph.security.ApiTokenStore;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Checks the graph as a transaction sees it against every {@link ValidationRule}. Runs inside the writer's open
 * transaction (the loader's, a steward mutation's), so it sees the uncommitted changes and can veto them. The loader
 * checks the whole graph; a mutation checks only what it touched ({@link Scope}), with the same rules.
 */
public final class GraphValidator {

	/**
	 * Labels of nodes that are not entities: claim sources, measures, the loader's own history, the graph version,
	 * API tokens, the audit trail and the ids of merged entities.
	 */
	static final List<String> OTHER_LABELS = List.of("Source", Measure.LABEL, ScriptHistory.LABEL, GraphVersion.LABEL,
			ApiTokenStore.LABEL, AuditLabels.CHANGE, AuditLabels.MERGED_ID);

	private static final Map<String, Object> PARAMETERS = merged(Map.of(
			"kindLabels", EntityKind.labels(),
			"knownLabels", Stream.of(List.of(EntityKind.ENTITY_LABEL), EntityKind.labels(), OTHER_LABELS)
				.flatMap(List::stream).toList(),
			"relationTypes", RelationKind.types(),
			"statuses", ClaimStatus.names(),
			"entityIdPattern", Ids.ENTITY_ID.pattern(),
			"claimIdPattern", Ids.CLAIM_ID.pattern(),
			"sourceIdPattern", Ids.SOURCE_ID.pattern()),
			// the amount, inference and measure rules
			Map.of("measureIdPattern", Ids.MEASURE_ID.pattern(),
			"slugPattern", Ids.SLUG,
			"amountKinds", AmountKind.names(),
			"units", Unit.names(),
			"bounds", MeasureBound.names()));

	/**
	 * A subquery binding {@code a, r, b} for every claim whose id is in {@code $claimIds}, whatever its type: one
	 * index seek per relation kind (the types are the model's closed vocabulary, rendered, never user input).
	 */
	/** What a scoped rule reads its touched claims with: {@code a, r, b} by element id. */
	static final String TOUCHED_CLAIMS_BY_ELEMENT_ID = "MATCH (a)-[r]->(b) WHERE elementId(r) IN $claimElementIds";

	public static final String TOUCHED_CLAIMS = RelationKind.types()
		.stream()
		.map(type -> "  MATCH (a)-[r:" + type + "]->(b) WHERE r.id IN $claimIds RETURN a, r, b")
		.collect(Collectors.joining("\n  UNION ALL\n", "CALL () {\n", "\n}"));

	/**
	 * The elements a change touched: entities and sources by id, claims by id. The claims' end entities need not be
	 * listed (the claim rules read them through the claim).
	 */
	public record Scope(Collection<String> entityIds, Collection<String> claimIds, Collection<String> sourceIds) {

		public Scope {
			entityIds = List.copyOf(new LinkedHashSet<>(entityIds));
			claimIds = List.copyOf(new LinkedHashSet<>(claimIds));
			sourceIds = List.copyOf(new LinkedHashSet<>(sourceIds));
		}

	}

	private GraphValidator() {
	}

	private static Map<String, Object> merged(Map<String, Object> first, Map<String, Object> second) {
		Map<String, Object> all = new java.util.HashMap<>(first);
		all.putAll(second);
		return Map.copyOf(all);
	}

	/**
	 * The violations among the elements of {@code scope}, by every rule ({@value ValidationRule#SAMPLE} at most per
	 * rule); a rule without a scoped query checks the whole graph. Empty when the change is valid.
	 */
	public static List<Violation> violations(SimpleQueryRunner tx, Scope scope) {
		Map<String, Object> parameters = new HashMap<>(PARAMETERS);
		parameters.put("entityIds", scope.entityIds());
		parameters.put("sourceIds", scope.sourceIds());
		// The claims are found by id once; the rules then seek them by element id, which plans in no time.
		parameters.put("claimElementIds", tx.run(TOUCHED_CLAIMS + " RETURN collect(elementId(r)) AS ids",
				Map.of("claimIds", scope.claimIds())).single().get("ids").asList());
		List<Violation> violations = new ArrayList<>();
		for (ValidationRule rule : ValidationRule.values()) {
			String query = rule.scopedQuery() != null ? rule.scopedQuery() : rule.query();
			tx.run(query, parameters)
				.forEachRemaining(row -> violations
					.add(new Violation(rule, row.get("element").asString(), row.get("detail").asString())));
		}
		return violations;
	}

	/** Every violation of every rule, at most {@value ValidationRule#SAMPLE} per rule; empty when the graph is valid. */
	public static List<Violation> violations(SimpleQueryRunner tx) {
		List<Violation> violations = new ArrayList<>();
		for (ValidationRule rule : ValidationRule.values()) {
			tx.run(rule.query(), PARAMETERS)
				.forEachRemaining(row -> violations
					.add(new Violation(rule, row.get("element").asString(), row.get("detail").asString())));
		}
		return violations;
	}

}
