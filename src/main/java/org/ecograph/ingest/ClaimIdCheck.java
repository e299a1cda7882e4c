package org.ecograph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ecograph.model.RelationKind;

/**
 * {@link ValidationRule#CLAIM_ID} over what a script touched, with its costly half, "is the id used by another claim of
 * any type", asked of the graph as last committed rather than of the script's open transaction: there each of the
 * touched ids is sought once per relation kind through the transaction's own changes, which for a script of 250,000
 * claims took most of its validation. The answer is the same. A claim that holds one of the touched ids in the open
 * transaction and was not touched by it held that id when last committed, so the committed graph names every such
 * claim; those few are then read again in the open transaction (a deleted one is gone, a renamed one was touched).
 * Nothing can commit a claim in between: the script's transaction holds the graph version's write lock from its
 * bump on, and every writer bumps the version before it validates. Per relation kind, the ids are sought in the
 * kind's claim-id index, or, when the kind has fewer than {@value #SCAN_ADVANTAGE} times as many claims as there
 * are ids, the index is read whole, which costs less; either way the cost stays within a constant of the seeks.
 */
final class ClaimIdCheck {

	/** The malformed ids among the touched claims, as the rule's scoped query reports them. */
	static final String SHAPE = """
			MATCH (a)-[r]->(b) WHERE id(r) IN $relationshipIds AND type(r) IN $relationTypes
			  AND (r.id IS NULL OR NOT r.id IS :: STRING OR NOT r.id =~ $claimIdPattern)
			RETURN coalesce(toString(r.id), type(r) + ' ' + coalesce(a.id, '?') + ' -> ' + coalesce(b.id, '?')) AS element,
			       CASE WHEN r.id IS NULL THEN 'claim has no id' ELSE 'claim id is not of the form claim:<slug>' END AS detail
			LIMIT 10""";

	/** The touched claims with their ids, in the open transaction. */
	static final String TOUCHED = """
			MATCH ()-[r]->() WHERE id(r) IN $relationshipIds AND type(r) IN $relationTypes
			  AND r.id IS NOT NULL AND r.id IS :: STRING
			RETURN id(r) AS rel, r.id AS id""";

	/** The claims of one relation kind holding one of {@code $ids}: one index seek per id. */
	private static final Map<String, String> SEEK = RelationKind.types()
		.stream()
		.collect(Collectors.toMap(type -> type,
				type -> "MATCH ()-[r:" + type + "]->() WHERE r.id IN $ids RETURN id(r) AS rel, r.id AS id"));

	/** Every claim of one relation kind with its id, read from the kind's claim-id index alone. */
	private static final Map<String, String> SCAN = RelationKind.types()
		.stream()
		.collect(Collectors.toMap(type -> type,
				type -> "MATCH ()-[r:" + type + "]->() WHERE r.id IS NOT NULL RETURN id(r) AS rel, r.id AS id"));

	/** How many claims one relation kind has (Neo4j's count store). */
	private static final Map<String, String> COUNT = RelationKind.types()
		.stream()
		.collect(Collectors.toMap(type -> type, type -> "MATCH ()-[r:" + type + "]->() RETURN count(r) AS n"));

	/**
	 * Reading an index entry in order costs about a twentieth of seeking one: a kind with fewer claims than this many
	 * times the ids sought is read whole from its index instead (a large script into a graph of a few times its size).
	 */
	static final int SCAN_ADVANTAGE = 20;

	/** The claims of {@code $rels} as the open transaction has them. */
	static final String AGAIN = """
			MATCH ()-[r]->() WHERE id(r) IN $rels AND type(r) IN $relationTypes AND r.id IS NOT NULL AND r.id IS :: STRING
			RETURN id(r) AS rel, r.id AS id""";

	private ClaimIdCheck() {
	}

	/**
	 * The rule's violations among the touched claims, at most {@value ValidationRule#SAMPLE}.
	 * @param open the script's transaction
	 * @param committed a transaction begun after the script's bumped the graph version
	 * @param parameters the validator's parameters, the touched {@code relationshipIds} among them
	 */
	static List<Violation> violations(GraphValidator.Rows open, GraphValidator.Rows committed,
			Map<String, Object> parameters) {
		List<Violation> found = new ArrayList<>();
		for (Map<String, Object> row : open.run(SHAPE, parameters)) {
			found.add(new Violation(ValidationRule.CLAIM_ID, String.valueOf(row.get("element")),
					String.valueOf(row.get("detail"))));
		}
		Map<String, Set<Object>> holders = new TreeMap<>();
		Set<Object> touched = new HashSet<>();
		for (Map<String, Object> row : open.run(TOUCHED, parameters)) {
			holders.computeIfAbsent((String) row.get("id"), id -> new HashSet<>()).add(row.get("rel"));
			touched.add(row.get("rel"));
		}
		if (!holders.isEmpty()) {
			List<Object> others = new ArrayList<>();
			List<String> ids = List.copyOf(holders.keySet());
			for (String type : RelationKind.types()) {
				long claims = ((Number) committed.run(COUNT.get(type), Map.of()).get(0).get("n")).longValue();
				if (claims == 0) {
					continue;
				}
				boolean scan = claims < (long) ids.size() * SCAN_ADVANTAGE;
				for (Map<String, Object> row : committed.run(scan ? SCAN.get(type) : SEEK.get(type),
						scan ? Map.of() : Map.of("ids", ids))) {
					if (!touched.contains(row.get("rel")) && holders.containsKey((String) row.get("id"))) {
						others.add(row.get("rel"));
					}
				}
			}
			if (!others.isEmpty()) {
				for (Map<String, Object> row : open.run(AGAIN, Map.of("rels", others, "relationTypes",
						RelationKind.types()))) {
					Set<Object> rels = holders.get((String) row.get("id"));
					if (rels != null) {
						rels.add(row.get("rel"));
					}
				}
			}
		}
		holders.forEach((id, rels) -> {
			if (rels.size() > 1) {
				found.add(new Violation(ValidationRule.CLAIM_ID, id, "claim id is used by " + rels.size()
						+ " relationships"));
			}
		});
		return found.size() > ValidationRule.SAMPLE ? List.copyOf(found.subList(0, ValidationRule.SAMPLE)) : found;
	}

}
