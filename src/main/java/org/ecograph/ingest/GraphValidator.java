package org.ecograph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ecograph.data.Graph;
import org.ecograph.data.Row;
import org.ecograph.model.AmountKind;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Ids;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.NodeLabels;
import org.ecograph.model.RelationKind;
import org.ecograph.model.Unit;

/**
 * Checks the graph as a transaction sees it against every {@link ValidationRule}. Runs inside the writer's open
 * transaction (the loader's, a steward mutation's), so it sees the uncommitted changes and can veto them. The loader
 * checks what a script touched when Neo4j runs in this JVM ({@link ScriptTouches}), the whole graph otherwise; a
 * mutation checks only what it touched ({@link Scope}), with the same rules.
 */
public final class GraphValidator {

	private static final Map<String, Object> PARAMETERS = merged(Map.of(
			"kindLabels", EntityKind.labels(),
			"knownLabels", Stream.of(List.of(EntityKind.ENTITY_LABEL), EntityKind.labels(), NodeLabels.nonEntity())
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
	private static final String CLAIMS_WITH_CLAIM_IDS = RelationKind.types()
		.stream()
		.map(type -> "  MATCH (a)-[r:" + type + "]->(b) WHERE r.id IN $claimIds RETURN a, r, b")
		.collect(Collectors.joining("\n  UNION ALL\n", "CALL () {\n", "\n}"));

	/**
	 * The body of a subquery returning {@code id} once per claim whose id is in {@code $touchedClaimIds}, whatever
	 * its type: per relation kind one index seek per id.
	 */
	static final String CLAIMS_WITH_IDS = RelationKind.types()
		.stream()
		.map(type -> "MATCH ()-[r:" + type + "]->() WHERE r.id IN $touchedClaimIds RETURN r.id AS id")
		.collect(Collectors.joining(" UNION ALL "));

	/**
	 * A Cypher predicate: whether a claim of any kind has the id {@code expression} (one index seek per relation kind,
	 * on its claim id constraint; the types are the model's closed vocabulary, rendered).
	 */
	static String claimWithIdExists(String expression) {
		return RelationKind.types()
			.stream()
			.map(type -> "EXISTS { MATCH ()-[c:" + type + "]->() WHERE c.id = " + expression + " }")
			.collect(Collectors.joining(" OR ", "(", ")"));
	}

	/**
	 * The elements a change touched. A steward's mutation names them by id (entities, claims, sources); the loader
	 * names what a script wrote by internal node and relationship id, valid within its transaction ({@link ScriptTouches}), which covers nodes and relationships without an
	 * id or of an unknown label or type. Rules in {@code wholeGraphRules} are checked over the whole graph (a change
	 * whose effect on a rule reaches untouched elements, e.g. a deleted source that claims may still name).
	 */
	public record Scope(Collection<String> entityIds, Collection<String> claimIds, Collection<String> sourceIds,
			Collection<Long> nodeIds, Collection<Long> relationshipIds,
			Set<ValidationRule> wholeGraphRules) {

		public Scope {
			entityIds = List.copyOf(new LinkedHashSet<>(entityIds));
			claimIds = List.copyOf(new LinkedHashSet<>(claimIds));
			sourceIds = List.copyOf(new LinkedHashSet<>(sourceIds));
			nodeIds = List.copyOf(nodeIds);
			relationshipIds = List.copyOf(relationshipIds);
			wholeGraphRules = Set.copyOf(wholeGraphRules);
		}

		/** A steward's scope: the entities, claims and sources a mutation wrote, by id. */
		public Scope(Collection<String> entityIds, Collection<String> claimIds, Collection<String> sourceIds) {
			this(entityIds, claimIds, sourceIds, List.of(), List.of(), Set.of());
		}

	}

	/** What the validator reads rows with: the data layer or, inside Neo4j, the kernel's transaction. */
	@FunctionalInterface
	interface Rows {

		/** Runs {@code query}; each row as a map of its columns (strings, lists). */
		List<Map<String, Object>> run(String query, Map<String, Object> parameters);

		/** Rows read through the data layer, in the caller's transaction. */
		static Rows of(Graph graph) {
			return (query, parameters) -> graph.query(query).bindAll(parameters).list(Row::asMap);
		}

	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GraphValidator.class);

	/**
	 * The internal ids of the entities, sources and claims a scope names by id, which of those ids were found, and the
	 * labels of the nodes found: one statement (an empty list of ids seeks nothing).
	 */
	private static final String ELEMENTS_BY_ID = """
			CALL () {
			  CALL () {
			    UNWIND $entityIds AS id MATCH (n:Entity {id: id}) RETURN n
			    UNION
			    UNWIND $sourceIds AS id MATCH (n:Source {id: id}) RETURN n
			  }
			  RETURN collect(id(n)) AS nodeIds, collect(n.id) AS foundNodes,
			    reduce(all = [], l IN collect(labels(n)) | all + l) AS labels
			}
			CALL () {
			  %s
			  RETURN collect(id(r)) AS relationshipIds, collect(r.id) AS foundClaims
			}
			RETURN nodeIds, foundNodes, labels, relationshipIds, foundClaims""".formatted(CLAIMS_WITH_CLAIM_IDS);

	/** The claim ids of the touched relationships. */
	private static final String TOUCHED_CLAIM_IDS = """
			MATCH ()-[t]->() WHERE id(t) IN $relationshipIds AND type(t) IN $relationTypes AND t.id IS :: STRING
			RETURN collect(DISTINCT t.id) AS ids""";

	/**
	 * A change for the warm-up's transactions to hold ({@link WarmUpStatement#send}); they are rolled back, so the node
	 * is never written. It has no label: a label would be a new token, which Neo4j keeps even when the transaction that
	 * made it is rolled back.
	 */
	public static final String A_CHANGE = "CREATE ()";

	/** An id no element has (ids are prefixed, e.g. {@code company:}), for statements sent to be planned only. */
	private static final String NO_ID = ":no-such-id";

	/** An internal id no element has. */
	private static final long NO_INTERNAL_ID = -1;

	/** A rule's check taking this long is logged, so the cost of a large script's validation can be read. */
	private static final long SLOW_RULE_MILLIS = 1000;

	private GraphValidator() {
	}

	private static Map<String, Object> merged(Map<String, Object> first, Map<String, Object> second) {
		Map<String, Object> all = new java.util.HashMap<>(first);
		all.putAll(second);
		return Map.copyOf(all);
	}

	/**
	 * The violations among the elements of {@code scope}, by every rule ({@value ValidationRule#SAMPLE} at most per
	 * rule), read through the data layer in the caller's (write) transaction, so they see its uncommitted changes; a
	 * rule without a scoped query checks the whole graph. Empty when the change is valid.
	 */
	public static List<Violation> violations(Graph graph, Scope scope) {
		return violations(Rows.of(graph), scope);
	}

	/**
	 * Every violation of every rule over the whole graph, at most {@value ValidationRule#SAMPLE} per rule, in the
	 * caller's transaction; empty when the graph is valid.
	 */
	public static List<Violation> violations(Graph graph) {
		return violations(Rows.of(graph));
	}

	/** The same, read with {@code rows}. */
	static List<Violation> violations(Rows rows) {
		List<Violation> violations = new ArrayList<>();
		for (ValidationRule rule : ValidationRule.values()) {
			collect(rows, rule, rule.query(), PARAMETERS, violations);
		}
		return violations;
	}

	/** What a steward's validation finds ({@link #violations(Graph, Scope)}), read with {@code rows}. */
	static List<Violation> violations(Rows rows, Scope scope) {
		return violations(rows, scope, true);
	}

	/**
	 * The violations of every rule among the elements of {@code scope}; {@code oneStatement}: the rules' checks sent
	 * as one statement, as a steward's validation sends them, else one statement per rule, as inside Neo4j.
	 */
	static List<Violation> violations(Rows rows, Scope scope, boolean oneStatement) {
		return violations(rows, null, scope, Set.of(ValidationRule.values()), oneStatement);
	}

	/**
	 * The same; with {@code committed}, a reader of the graph as last committed (begun after the writer took the graph
	 * version's lock), a touched claim's id is sought among the other claims there ({@link ClaimIdCheck}).
	 */
	static List<Violation> violations(Rows rows, Rows committed, Scope scope, Set<ValidationRule> rules) {
		return violations(rows, committed, scope, rules, false);
	}

	/**
	 * The same; {@code oneStatement}: the scoped checks of all the rules as one statement ({@link #scopedRules}), each
	 * rule still answering at most {@value ValidationRule#SAMPLE} rows, so that a validation over the data layer is
	 * one round trip to Neo4j rather than one per rule; the rules that cannot find anything among the touched elements
	 * run too (their seeks find nothing), so that the statement is one text Neo4j plans once. Inside Neo4j (the
	 * loader's listener) there is no round trip to save, and each rule runs alone and is timed.
	 */
	private static List<Violation> violations(Rows rows, Rows committed, Scope scope, Set<ValidationRule> rules,
			boolean oneStatement) {
		Map<String, Object> parameters = new HashMap<>(PARAMETERS);
		// Ids are resolved to internal ids once; the rules then seek their elements by internal id.
		List<Object> nodes = new ArrayList<>(scope.nodeIds());
		// What the scope names by id but the graph no longer holds (deleted by the change): measures may name it.
		Set<String> goneEntities = new LinkedHashSet<>(scope.entityIds());
		Set<String> goneSources = new LinkedHashSet<>(scope.sourceIds());
		// The labels of the touched nodes, when all are known (the scope's internal ids are not looked at): a rule
		// reading touched nodes only under labels none of them has is not run (ValidationRule#mayFind).
		Set<String> nodeLabels = scope.nodeIds().isEmpty() ? new HashSet<>() : null;
		List<Object> claims = new ArrayList<>(scope.relationshipIds());
		Set<String> goneClaims = new LinkedHashSet<>(scope.claimIds());
		if (!scope.entityIds().isEmpty() || !scope.sourceIds().isEmpty() || !scope.claimIds().isEmpty()) {
			Map<String, Object> found = rows.run(ELEMENTS_BY_ID, Map.of("entityIds",
					orNothing(scope.entityIds(), NO_ID), "sourceIds", orNothing(scope.sourceIds(), NO_ID), "claimIds",
					orNothing(scope.claimIds(), NO_ID))).get(0);
			nodes.addAll((List<?>) found.get("nodeIds"));
			goneEntities.removeAll((List<?>) found.get("foundNodes"));
			goneSources.removeAll((List<?>) found.get("foundNodes"));
			if (nodeLabels != null) {
				((List<?>) found.get("labels")).forEach(label -> nodeLabels.add(String.valueOf(label)));
			}
			claims.addAll((List<?>) found.get("relationshipIds"));
			goneClaims.removeAll((List<?>) found.get("foundClaims"));
		}
		Set<ValidationRule> wholeGraphRules = new HashSet<>(scope.wholeGraphRules());
		// A measure's relativeTo, places and sources have no index to seek by: an entity or source gone is checked
		// against every measure (a merge, a revert of a creation: rare), a claim gone against those about it.
		if (!goneEntities.isEmpty()) {
			wholeGraphRules.add(ValidationRule.MEASURE_SUBJECT);
		}
		if (!goneSources.isEmpty()) {
			wholeGraphRules.add(ValidationRule.MEASURE_SOURCES);
		}
		parameters.put("goneIds", List.copyOf(goneClaims));
		parameters.put("nodeIds", orNothing(nodes, NO_INTERNAL_ID));
		parameters.put("relationshipIds", orNothing(claims, NO_INTERNAL_ID));
		// The claims touched by id only (a steward's scope): their ids are those found; else they are read.
		parameters.put("touchedClaimIds", orNothing(claims.isEmpty() ? List.of()
				: scope.relationshipIds().isEmpty() ? List.copyOf(new LinkedHashSet<>(scope.claimIds().stream()
					.filter(id -> !goneClaims.contains(id)).toList()))
				: (List<?>) rows.run(TOUCHED_CLAIM_IDS, Map.of("relationshipIds", claims, "relationTypes",
						RelationKind.types())).get(0).get("ids"), NO_ID));
		List<Violation> violations = new ArrayList<>();
		List<ValidationRule> together = new ArrayList<>();
		for (ValidationRule rule : ValidationRule.values()) {
			if (!rules.contains(rule)) {
				continue;
			}
			boolean whole = rule.scopedQuery() == null || wholeGraphRules.contains(rule);
			if (!whole && oneStatement) {
				together.add(rule);
				continue;
			}
			if (!whole && !rule.mayFind(nodes, nodeLabels, claims, goneClaims)) {
				continue;
			}
			long started = System.nanoTime();
			if (rule == ValidationRule.CLAIM_ID && !whole && committed != null) {
				violations.addAll(ClaimIdCheck.violations(rows, committed, parameters));
			}
			else {
				collect(rows, rule, whole ? rule.query() : rule.scopedQuery(), whole ? PARAMETERS : parameters,
						violations);
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			if (millis >= SLOW_RULE_MILLIS) {
				log.info("Rule {} over {} took {} ms", rule, whole ? "the whole graph" : "the touched elements", millis);
			}
		}
		if (!together.isEmpty() && (!nodes.isEmpty() || !claims.isEmpty() || !goneClaims.isEmpty())) {
			long started = System.nanoTime();
			for (Map<String, Object> row : rows.run(scopedRules(together), parameters)) {
				violations.add(new Violation(ValidationRule.valueOf(String.valueOf(row.get("rule"))),
						String.valueOf(row.get("element")), String.valueOf(row.get("detail"))));
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			if (millis >= SLOW_RULE_MILLIS) {
				log.info("Rules {} over the touched elements took {} ms (one statement)", together, millis);
			}
			violations.sort(java.util.Comparator.comparing(Violation::rule));
		}
		return violations;
	}

	/** The statements of {@link #scopedRules}, by the rules they check (a few sets, each one text). */
	private static final Map<List<ValidationRule>, String> SCOPED_RULES = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The scoped queries of {@code rules} as one statement: each in a subquery of its own, their rows one after the
	 * other ({@code UNION ALL}) with the rule's name as {@code rule}, beside its {@code element} and {@code detail}.
	 * Planned once and never again ({@code replan=skip}): Neo4j would otherwise plan it afresh whenever the graph's
	 * counts have moved enough (seconds for its twenty subqueries, on a writer's request, under the graph version's
	 * lock), and its plan does not depend on the counts: every subquery starts from the touched elements' internal
	 * ids.
	 */
	static String scopedRules(List<ValidationRule> rules) {
		return SCOPED_RULES.computeIfAbsent(List.copyOf(rules), key -> key.stream()
			.map(rule -> "CALL () {\n" + rule.scopedQuery() + "\n}\nRETURN '" + rule.name()
					+ "' AS rule, element, detail")
			.collect(java.util.stream.Collectors.collectingAndThen(
					java.util.stream.Collectors.joining("\nUNION ALL\n"), Graph::plannedOnce)));
	}

	/**
	 * Sends every statement a steward's validation ({@link #violations(Graph, Scope)}) can send, with parameters of
	 * the same types that match nothing, so that Neo4j has planned them before the first mutation needs them: the
	 * first plans of the scoped rules take seconds on a busy machine, inside a transaction that holds the graph
	 * version's lock, so every other writer would wait for them. Reads only; run it in a transaction that is rolled
	 * back, on the server the writes go to; one transaction each, so that a slow plan costs one statement, not the
	 * whole warm-up.
	 */
	public static List<WarmUpStatement> warmUpStatements() {
		List<String> noId = List.of(NO_ID);
		List<Long> noInternalId = List.of(NO_INTERNAL_ID);
		List<WarmUpStatement> statements = new ArrayList<>();
		statements.add(new WarmUpStatement("ELEMENTS_BY_ID", ELEMENTS_BY_ID,
				Map.of("entityIds", noId, "sourceIds", noId, "claimIds", noId)));
		statements.add(new WarmUpStatement("TOUCHED_CLAIM_IDS", TOUCHED_CLAIM_IDS,
				Map.of("relationshipIds", noInternalId, "relationTypes", RelationKind.types())));
		Map<String, Object> parameters = new HashMap<>(PARAMETERS);
		parameters.put("goneIds", List.of());
		parameters.put("nodeIds", noInternalId);
		parameters.put("relationshipIds", noInternalId);
		parameters.put("touchedClaimIds", noId);
		statements.add(new WarmUpStatement("SCOPED_RULES", scopedRules(java.util.Arrays.stream(ValidationRule.values())
			.filter(rule -> rule.scopedQuery() != null)
			.toList()), Map.copyOf(parameters)));
		return List.copyOf(statements);
	}

	/** A statement of the warm-up: what it is for (a rule's name, or the look-up's), its text and parameters. */
	public record WarmUpStatement(String name, String text, Map<String, Object> parameters) {

		/**
		 * Sends it in the caller's transaction, once that transaction holds a change: a node created, which the
		 * caller rolls back. Neo4j keeps the plans made in transactions with changes apart from those made without
		 * (its plan cache's key says whether the transaction has changed anything), and a mutation's validation runs
		 * after the mutation wrote: a plan made in a transaction without a change would serve none.
		 */
		public void send(Graph graph) {
			graph.query(A_CHANGE).run();
			Rows.of(graph).run(this.text, this.parameters);
		}

	}

	/**
	 * {@code values}, or a list of {@code nothing} (an id no element has) when there are none. Neo4j caches a plan per
	 * statement and per size of each list parameter, counted in buckets (none, one, up to ten, up to a hundred, ...; a
	 * list of strings apart from an empty one), and plans the statement anew for each new combination: the scoped
	 * rules' statement (twenty subqueries, 2-4 s to plan on a busy machine, inside the transaction holding the graph
	 * version's lock) was planned again for a change touching only entities, only claims, or both, and the warm-up's
	 * plan served none of them. A seek of that id finds nothing, so the rules find what they find in {@code values},
	 * with the plan of a list of one: a change of one node, of one claim, or of one of each shares the warm-up's. The gone
	 * claims' ids are not sent so: an id would have the measures' checks of a gone claim read every measure (they have
	 * no index to seek by).
	 */
	static List<?> orNothing(Collection<?> values, Object nothing) {
		return values.isEmpty() ? List.of(nothing) : values instanceof List<?> list ? list : List.copyOf(values);
	}

	private static void collect(Rows rows, ValidationRule rule, String query, Map<String, Object> parameters,
			List<Violation> into) {
		for (Map<String, Object> row : rows.run(query, parameters)) {
			into.add(new Violation(rule, String.valueOf(row.get("element")), String.valueOf(row.get("detail"))));
		}
	}

}
