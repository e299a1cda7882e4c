package org.ecograph.ingest;


/**
 * What a graph must satisfy before a script's transaction commits: the rules Neo4j Community cannot enforce itself.
 * Each rule is a read query returning the offending elements as {@code element} and {@code detail}, at most
 * {@value #SAMPLE} per rule. Parameters are supplied by {@link GraphValidator}.
 * <p>
 * Presence is tested as {@code x IS NULL OR NOT x IS :: STRING}, never as {@code NOT x IS :: STRING NOT NULL}:
 * Neo4j 5.26 plans the latter through a text or range index on the property and then misses nodes that lack it.
 */
public enum ValidationRule {

	UNKNOWN_LABEL("nodes carry only known labels", """
			MATCH (n) WHERE %NODE(n)% AND any(l IN labels(n) WHERE NOT l IN $knownLabels)
			RETURN coalesce(n.id, elementId(n)) AS element,
			       'unknown label(s) ' + reduce(s = '', l IN [x IN labels(n) WHERE NOT x IN $knownLabels] | s + ':' + l)
			       + '; allowed: ' + reduce(s = '', l IN $knownLabels | s + ':' + l) AS detail
			LIMIT 10"""),

	ENTITY_KIND("every entity has the label Entity and exactly one kind label", """
			MATCH (n) WHERE %NODE(n)% AND (n:Entity OR any(l IN labels(n) WHERE l IN $kindLabels))
			WITH n, [l IN labels(n) WHERE l IN $kindLabels] AS kinds
			WHERE size(kinds) <> 1 OR NOT n:Entity
			RETURN coalesce(n.id, elementId(n)) AS element,
			       CASE WHEN NOT n:Entity THEN 'has a kind label but not the label Entity'
			            ELSE 'has ' + size(kinds) + ' kind labels; needs exactly one of '
			                 + reduce(s = '', l IN $kindLabels | s + ' ' + l) END AS detail
			LIMIT 10"""),

	ENTITY_ID("entity ids are present, unique and shaped <kind>:<slug> with the prefix of the entity's kind", """
			MATCH (n:Entity) WHERE %NODE(n)%
			WITH n, [l IN labels(n) WHERE l IN $kindLabels] AS kinds
			WHERE n.id IS NULL OR NOT n.id IS :: STRING
			   OR NOT n.id =~ $entityIdPattern
			   OR (size(kinds) = 1 AND NOT n.id STARTS WITH toLower(kinds[0]) + ':')
			RETURN coalesce(toString(n.id), elementId(n)) AS element,
			       CASE WHEN n.id IS NULL THEN 'has no id'
			            WHEN NOT n.id IS :: STRING THEN 'id is not a string'
			            WHEN NOT n.id =~ $entityIdPattern THEN 'id is not of the form <kind>:<slug> (slug: a-z, 0-9, single hyphens)'
			            ELSE 'id prefix does not match its kind label ' + kinds[0] END AS detail
			LIMIT 10"""),

	ENTITY_NAME("every entity has a non-blank name, and aliases (if any) are a list of strings", """
			MATCH (n:Entity)
			WHERE %NODE(n)% AND (n.name IS NULL OR NOT n.name IS :: STRING OR trim(n.name) = ''
			   OR (n.aliases IS NOT NULL AND NOT n.aliases IS :: LIST<STRING NOT NULL>))
			RETURN n.id AS element,
			       CASE WHEN n.name IS NULL OR NOT n.name IS :: STRING OR trim(n.name) = '' THEN 'has no name'
			            ELSE 'aliases must be a list of strings' END AS detail
			LIMIT 10"""),

	SOURCE_ID("sources have an id shaped source:<slug>", """
			MATCH (s:Source) WHERE %NODE(s)% AND (s.id IS NULL OR NOT s.id IS :: STRING OR NOT s.id =~ $sourceIdPattern)
			RETURN coalesce(toString(s.id), elementId(s)) AS element,
			       'source id must be of the form source:<slug>' AS detail
			LIMIT 10"""),

	UNKNOWN_RELATIONSHIP_TYPE("relationships use only the relation kinds of the model", """
			MATCH (a)-[r]->(b) WHERE %CLAIM(r)% AND NOT type(r) IN $relationTypes
			RETURN coalesce(r.id, elementId(r)) AS element,
			       'unknown relationship type ' + type(r) + ' between ' + coalesce(a.id, '?') + ' and ' + coalesce(b.id, '?')
			       + '; allowed: ' + reduce(s = '', t IN $relationTypes | s + ' ' + t) AS detail
			LIMIT 10"""),

	CLAIM_ENDPOINTS("claims connect two entities", """
			MATCH (a)-[r]->(b) WHERE %CLAIM(r)% AND type(r) IN $relationTypes AND NOT (a:Entity AND b:Entity)
			RETURN coalesce(r.id, elementId(r)) AS element,
			       type(r) + ' from ' + coalesce(a.id, elementId(a)) + ' to ' + coalesce(b.id, elementId(b))
			       + ' does not connect two :Entity nodes' AS detail
			LIMIT 10"""),

	CLAIM_ID("claim ids are present, unique across all types and shaped claim:<slug>", """
			CALL () {
			  MATCH (a)-[r]->(b) WHERE type(r) IN $relationTypes
			    AND (r.id IS NULL OR NOT r.id IS :: STRING OR NOT r.id =~ $claimIdPattern)
			  RETURN coalesce(toString(r.id), type(r) + ' ' + coalesce(a.id, '?') + ' -> ' + coalesce(b.id, '?')) AS element,
			         CASE WHEN r.id IS NULL THEN 'claim has no id' ELSE 'claim id is not of the form claim:<slug>' END AS detail
			  UNION ALL
			  MATCH ()-[r]->() WHERE type(r) IN $relationTypes AND r.id IS :: STRING
			  WITH r.id AS id, count(*) AS uses WHERE uses > 1
			  RETURN id AS element, 'claim id is used by ' + uses + ' relationships' AS detail
			}
			RETURN element, detail LIMIT 10""", """
			CALL () {
			  MATCH (a)-[r]->(b) WHERE %CLAIM(r)% AND type(r) IN $relationTypes
			    AND (r.id IS NULL OR NOT r.id IS :: STRING OR NOT r.id =~ $claimIdPattern)
			  RETURN coalesce(toString(r.id), type(r) + ' ' + coalesce(a.id, '?') + ' -> ' + coalesce(b.id, '?')) AS element,
			         CASE WHEN r.id IS NULL THEN 'claim has no id' ELSE 'claim id is not of the form claim:<slug>' END AS detail
			  UNION ALL
			  // the ids of the touched claims counted over every claim of the graph: one index seek per kind and id
			  CALL () {
			    %CLAIMS_WITH_IDS%
			  }
			  WITH id, count(*) AS uses WHERE uses > 1
			  RETURN id AS element, 'claim id is used by ' + uses + ' relationships' AS detail
			}
			RETURN element, detail LIMIT 10"""),

	CLAIM_SOURCES("every claim names at least one existing :Source in its sources list", """
			MATCH (a)-[r]->(b) WHERE %CLAIM(r)% AND type(r) IN $relationTypes
			WITH a, r, b,
			     CASE WHEN r.sources IS :: LIST<STRING NOT NULL> THEN r.sources ELSE null END AS ids
			WITH a, r, b, ids,
			     [id IN coalesce(ids, []) WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missing
			WHERE ids IS NULL OR size(ids) = 0 OR size(missing) > 0
			RETURN coalesce(r.id, type(r) + ' ' + coalesce(a.id, '?') + ' -> ' + coalesce(b.id, '?')) AS element,
			       CASE WHEN ids IS NULL AND r.sources IS NOT NULL THEN 'sources must be a list of source ids'
			            WHEN ids IS NULL OR size(ids) = 0 THEN 'claim has no sources'
			            ELSE 'unknown source id(s):' + reduce(s = '', m IN missing | s + ' ' + m) END AS detail
			LIMIT 10"""),

	CLAIM_STATUS("every claim has a status, one of the claim statuses", """
			MATCH ()-[r]->() WHERE %CLAIM(r)% AND type(r) IN $relationTypes AND (r.status IS NULL OR NOT r.status IN $statuses)
			RETURN coalesce(r.id, elementId(r)) AS element,
			       CASE WHEN r.status IS NULL THEN 'claim has no status' ELSE 'status ' + toString(r.status) + ' is unknown' END
			       + '; allowed:' + reduce(s = '', x IN $statuses | s + ' ' + x) AS detail
			LIMIT 10"""),

	SHARE_RANGE("shareOfSource, shareOfTarget and confidence are numbers in 0..1", """
			MATCH ()-[r]->() WHERE %CLAIM(r)% AND type(r) IN $relationTypes
			UNWIND ['shareOfSource', 'shareOfTarget', 'confidence'] AS key
			WITH r, key, r[key] AS value
			WHERE value IS NOT NULL AND (NOT value IS :: INTEGER | FLOAT OR value < 0 OR value > 1)
			RETURN coalesce(r.id, elementId(r)) AS element,
			       key + ' is ' + toString(value) + '; allowed: a number from 0 to 1' AS detail
			LIMIT 10"""),

	AMOUNT_RANGE("amounts (amountUsd, budgetUsd, records) are numbers of at least 0", """
			CALL () {
			  MATCH ()-[r]->() WHERE %CLAIM(r)% AND r.amountUsd IS NOT NULL
			    AND (NOT r.amountUsd IS :: INTEGER | FLOAT OR r.amountUsd < 0)
			  RETURN coalesce(r.id, elementId(r)) AS element, 'amountUsd is ' + toString(r.amountUsd) AS detail
			  UNION ALL
			  MATCH (n:Entity) WHERE %NODE(n)% UNWIND ['budgetUsd', 'records'] AS key
			  WITH n, key, n[key] AS value
			  WHERE value IS NOT NULL AND (NOT value IS :: INTEGER | FLOAT OR value < 0)
			  RETURN n.id AS element, key + ' is ' + toString(value) AS detail
			}
			RETURN element, detail + '; allowed: a number of at least 0' AS detail LIMIT 10"""),

	DATE_VALUE("dates (validFrom, validTo, asOf, announcedOn) are date values and validFrom is not after validTo", """
			CALL () {
			  MATCH ()-[r]->() WHERE %CLAIM(r)% AND type(r) IN $relationTypes
			  UNWIND ['validFrom', 'validTo', 'asOf'] AS key
			  WITH r, key, r[key] AS value
			  WHERE value IS NOT NULL AND NOT value IS :: DATE
			  RETURN coalesce(r.id, elementId(r)) AS element,
			         key + ' is ' + toString(value) + '; allowed: a date value, written date(\\'YYYY-MM-DD\\')' AS detail
			  UNION ALL
			  MATCH ()-[r]->() WHERE %CLAIM(r)% AND r.validFrom IS :: DATE AND r.validTo IS :: DATE AND r.validFrom > r.validTo
			  RETURN coalesce(r.id, elementId(r)) AS element,
			         'validFrom ' + toString(r.validFrom) + ' is after validTo ' + toString(r.validTo) AS detail
			  UNION ALL
			  MATCH (n:Entity) WHERE %NODE(n)% AND n.announcedOn IS NOT NULL AND NOT n.announcedOn IS :: DATE
			  RETURN n.id AS element,
			         'announcedOn is ' + toString(n.announcedOn) + '; allowed: a date value, written date(\\'YYYY-MM-DD\\')' AS detail
			}
			RETURN element, detail LIMIT 10"""),

	AMOUNT_KIND("amountKind, when present, is one of the amount kinds and sits on a claim with an amount", """
			MATCH ()-[r]->() WHERE %CLAIM(r)% AND type(r) IN $relationTypes AND r.amountKind IS NOT NULL
			  AND (NOT r.amountKind IN $amountKinds OR (r.amountUsd IS NULL AND r.amountOriginal IS NULL))
			RETURN coalesce(r.id, elementId(r)) AS element,
			       CASE WHEN NOT r.amountKind IN $amountKinds
			            THEN 'amountKind ' + toString(r.amountKind) + ' is unknown; allowed:'
			                 + reduce(s = '', k IN $amountKinds | s + ' ' + k) + ' (absent means FLOW)'
			            ELSE 'amountKind ' + r.amountKind + ' is set but the claim has no amount (amountUsd or amountOriginal)'
			       END AS detail
			LIMIT 10"""),

	INFERRED_FLAG("inferred, when present, is a boolean, and an inferred claim or measure says in inference what was inferred", """
			CALL () {
			  MATCH ()-[r]->() WHERE %CLAIM(r)% AND type(r) IN $relationTypes AND r.inferred IS NOT NULL
			  RETURN coalesce(r.id, elementId(r)) AS element, r.inferred AS inferred, r.inference AS inference
			  UNION ALL
			  MATCH (m:Measure) WHERE %NODE(m)% AND m.inferred IS NOT NULL
			  RETURN coalesce(m.id, elementId(m)) AS element, m.inferred AS inferred, m.inference AS inference
			}
			WITH element, inferred, inference
			WHERE NOT inferred IS :: BOOLEAN
			   OR (inferred AND (inference IS NULL OR NOT inference IS :: STRING OR trim(inference) = ''))
			RETURN element,
			       CASE WHEN NOT inferred IS :: BOOLEAN
			            THEN 'inferred is ' + toString(inferred) + '; allowed: true or false'
			            ELSE 'inferred is true but inference does not say what was inferred; allowed: a non-blank text' END AS detail
			LIMIT 10"""),

	MEASURE_ID("measures have an id shaped measure:<slug>, unique among measures", """
			CALL () {
			  MATCH (m:Measure) WHERE m.id IS NULL OR NOT m.id IS :: STRING OR NOT m.id =~ $measureIdPattern
			  RETURN coalesce(toString(m.id), elementId(m)) AS element,
			         'measure id must be of the form measure:<slug> (slug: a-z, 0-9, single hyphens)' AS detail
			  UNION ALL
			  MATCH (m:Measure) WHERE m.id IS :: STRING
			  WITH m.id AS id, count(*) AS uses WHERE uses > 1
			  RETURN id AS element, 'measure id is used by ' + uses + ' measures' AS detail
			}
			RETURN element, detail LIMIT 10""", """
			CALL () {
			  MATCH (m:Measure) WHERE %NODE(m)% AND (m.id IS NULL OR NOT m.id IS :: STRING OR NOT m.id =~ $measureIdPattern)
			  RETURN coalesce(toString(m.id), elementId(m)) AS element,
			         'measure id must be of the form measure:<slug> (slug: a-z, 0-9, single hyphens)' AS detail
			  UNION ALL
			  // the ids of the touched measures counted over every measure: one seek of the id constraint's index each
			  MATCH (m:Measure) WHERE %NODE(m)% AND m.id IS :: STRING
			  MATCH (o:Measure {id: m.id})
			  WITH m.id AS id, count(DISTINCT o) AS uses WHERE uses > 1
			  RETURN id AS element, 'measure id is used by ' + uses + ' measures' AS detail
			}
			RETURN element, detail LIMIT 10"""),

	MEASURE_UNIT("every measure has a unit from the closed list of units", """
			MATCH (m:Measure) WHERE %NODE(m)% AND (m.unit IS NULL OR NOT m.unit IN $units)
			RETURN coalesce(m.id, elementId(m)) AS element,
			       CASE WHEN m.unit IS NULL THEN 'measure has no unit' ELSE 'unit ' + toString(m.unit) + ' is unknown' END
			       + '; allowed:' + reduce(s = '', u IN $units | s + ' ' + u) AS detail
			LIMIT 10"""),

	MEASURE_VALUE("every measure has a metric (a slug), a number as value, a known bound, and valueTo (if any) a number not below value", """
			MATCH (m:Measure)
			WHERE %NODE(m)% AND (m.metric IS NULL OR NOT m.metric IS :: STRING OR NOT m.metric =~ $slugPattern
			   OR m.value IS NULL OR NOT m.value IS :: INTEGER | FLOAT
			   OR (m.bound IS NOT NULL AND NOT m.bound IN $bounds)
			   OR (m.valueTo IS NOT NULL AND (NOT m.valueTo IS :: INTEGER | FLOAT OR NOT m.value IS :: INTEGER | FLOAT
			                                  OR m.valueTo < m.value)))
			RETURN coalesce(m.id, elementId(m)) AS element,
			       CASE WHEN m.metric IS NULL OR NOT m.metric IS :: STRING OR NOT m.metric =~ $slugPattern
			            THEN 'metric must be a slug (a-z, 0-9, single hyphens), e.g. planned-capacity'
			            WHEN m.value IS NULL THEN 'measure has no value; allowed: a number'
			            WHEN NOT m.value IS :: INTEGER | FLOAT THEN 'value is ' + toString(m.value) + '; allowed: a number'
			            WHEN m.bound IS NOT NULL AND NOT m.bound IN $bounds
			            THEN 'bound ' + toString(m.bound) + ' is unknown; allowed:' + reduce(s = '', b IN $bounds | s + ' ' + b)
			            ELSE 'valueTo is ' + toString(m.valueTo) + '; allowed: a number not below value ' + toString(m.value)
			       END AS detail
			LIMIT 10"""),

	MEASURE_SOURCES("every measure names at least one existing :Source and quotes it (a non-blank quote)", """
			MATCH (m:Measure) WHERE %NODE(m)%
			WITH m, CASE WHEN m.sources IS :: LIST<STRING NOT NULL> THEN m.sources ELSE null END AS ids
			WITH m, ids, [id IN coalesce(ids, []) WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missing
			WHERE ids IS NULL OR size(ids) = 0 OR size(missing) > 0
			   OR m.quote IS NULL OR NOT m.quote IS :: STRING OR trim(m.quote) = ''
			RETURN coalesce(m.id, elementId(m)) AS element,
			       CASE WHEN ids IS NULL AND m.sources IS NOT NULL THEN 'sources must be a list of source ids'
			            WHEN ids IS NULL OR size(ids) = 0 THEN 'measure has no sources'
			            WHEN size(missing) > 0 THEN 'unknown source id(s):' + reduce(s = '', x IN missing | s + ' ' + x)
			            ELSE 'measure has no quote: give the sentence of the source, verbatim' END AS detail
			LIMIT 10"""),

	MEASURE_SUBJECT("a measure's subject is an existing entity or claim, its places are State entities, relativeTo an entity and partOf a measure in the same unit", """
			MATCH (m:Measure)
			WITH collect(m) AS measures
			CALL (measures) {
			  UNWIND measures AS m
			  WITH m WHERE m.subject IS :: STRING AND NOT EXISTS { MATCH (:Entity {id: m.subject}) }
			  RETURN collect(DISTINCT m.subject) AS wanted
			}
			// one pass over the relationships for all claim subjects: no index spans relationship types
			CALL (wanted) {
			  WITH wanted WHERE size(wanted) > 0
			  MATCH ()-[r]->() WHERE r.id IN wanted AND type(r) IN $relationTypes
			  RETURN collect(DISTINCT r.id) AS claimIds
			}
			UNWIND measures AS m
			WITH m,
			     [p IN CASE WHEN m.places IS :: LIST<STRING NOT NULL> THEN m.places ELSE [] END
			      WHERE NOT EXISTS { MATCH (:State {id: p}) }] AS badPlaces,
			     m.subject IS :: STRING AND (m.subject IN claimIds OR EXISTS { MATCH (:Entity {id: m.subject}) }) AS subjectFound,
			%MEASURE_REFERENCE_CHECKS%""", """
			// the touched measures, and those about a touched claim that is gone (a seek of measure_subject each);
			// a touched entity, State or source gone puts the rule over the whole graph (GraphValidator)
			CALL () {
			  MATCH (m:Measure) WHERE %NODE(m)% RETURN m
			  UNION
			  UNWIND $goneIds AS gone MATCH (m:Measure {subject: gone}) RETURN m
			}
			WITH m,
			     [p IN CASE WHEN m.places IS :: LIST<STRING NOT NULL> THEN m.places ELSE [] END
			      WHERE NOT EXISTS { MATCH (:State {id: p}) }] AS badPlaces,
			     m.subject IS :: STRING AND (EXISTS { MATCH (:Entity {id: m.subject}) }
			       OR %CLAIM_WITH_ID_EXISTS(m.subject)%) AS subjectFound,
			%MEASURE_REFERENCE_CHECKS%"""),

	MEASURE_STATUS("every measure has a claim status; its confidence is a number in 0..1 and its asOf a date", """
			MATCH (m:Measure)
			WHERE %NODE(m)% AND (m.status IS NULL OR NOT m.status IN $statuses
			   OR (m.confidence IS NOT NULL AND (NOT m.confidence IS :: INTEGER | FLOAT OR m.confidence < 0 OR m.confidence > 1))
			   OR (m.asOf IS NOT NULL AND NOT m.asOf IS :: DATE))
			RETURN coalesce(m.id, elementId(m)) AS element,
			       CASE WHEN m.status IS NULL THEN 'measure has no status; allowed:' + reduce(s = '', x IN $statuses | s + ' ' + x)
			            WHEN NOT m.status IN $statuses
			            THEN 'status ' + toString(m.status) + ' is unknown; allowed:' + reduce(s = '', x IN $statuses | s + ' ' + x)
			            WHEN m.asOf IS NOT NULL AND NOT m.asOf IS :: DATE
			            THEN 'asOf is ' + toString(m.asOf) + '; allowed: a date value, written date(\\'YYYY-MM-DD\\')'
			            ELSE 'confidence is ' + toString(m.confidence) + '; allowed: a number from 0 to 1' END AS detail
			LIMIT 10""");

	/** The marks of {@link #ValidationRule(String, String)}, as regular expressions. */
	private static final String NODE = "%NODE\\((\\w+)\\)%";

	private static final String CLAIM = "%CLAIM\\((\\w+)\\)%";

	/** {@code %CLAIM_WITH_ID_EXISTS(expr)%}: whether a claim of any kind has the id {@code expr} (index seeks). */
	private static final String CLAIM_WITH_ID_EXISTS = "%CLAIM_WITH_ID_EXISTS\\(([\\w.]+)\\)%";

	/**
	 * {@code %MEASURE_REFERENCE_CHECKS%}: the rest of {@link #MEASURE_SUBJECT}'s checks, shared by its whole-graph and
	 * scoped queries (after each has found {@code m}, {@code badPlaces} and {@code subjectFound} its own way).
	 */
	private static final String MEASURE_REFERENCE_CHECKS = """
			     m.relativeTo IS NULL OR EXISTS { MATCH (:Entity {id: m.relativeTo}) } AS relativeFound,
			     m.partOf IS NULL OR EXISTS { MATCH (w:Measure {id: m.partOf}) WHERE w.unit = m.unit AND w <> m } AS wholeFound
			WHERE NOT subjectFound OR NOT relativeFound OR NOT wholeFound OR size(badPlaces) > 0
			   OR (m.places IS NOT NULL AND NOT m.places IS :: LIST<STRING NOT NULL>)
			RETURN coalesce(m.id, elementId(m)) AS element,
			       CASE WHEN NOT subjectFound THEN 'subject ' + coalesce(toString(m.subject), '(none)')
			                 + ' is neither an entity id nor a claim id of the graph'
			            WHEN NOT relativeFound THEN 'relativeTo ' + toString(m.relativeTo) + ' is not an entity id of the graph'
			            WHEN NOT wholeFound THEN 'partOf ' + toString(m.partOf) + ' is not another measure with unit ' + toString(m.unit)
			            WHEN size(badPlaces) > 0 THEN 'places must be State ids; not states:' + reduce(s = '', p IN badPlaces | s + ' ' + p)
			            ELSE 'places must be a list of State ids' END AS detail
			LIMIT 10""";

	/** The most offending elements a rule reports. */
	public static final int SAMPLE = 10;

	private final String description;

	private final String query;

	private final String scopedQuery;

	/**
	 * The labels a node must have for the scoped query to read it through {@code %NODE(v)%}: each mark's variable is
	 * bound with one of these labels where the query matches it; {@code null} when some mark's variable is bound
	 * without a label (any touched node may be read).
	 */
	private final java.util.Set<String> nodeLabels;

	/**
	 * A rule whose query marks where it reads nodes and relationships: {@code %NODE(n)%} and {@code %CLAIM(r)%} stand
	 * for {@code true} over the whole graph and for "is among the touched elements" in a scoped validation (by internal
	 * id: the fastest seek, and the scope lives only as long as the transaction), so both
	 * modes are one text and apply the same conditions. A rule without marks is checked over the whole graph in either
	 * mode.
	 */
	ValidationRule(String description, String query) {
		this(description, query, query);
	}

	/**
	 * A rule with a scoped query of its own ({@code %CLAIMS_WITH_IDS%} returns as {@code id} the id of every claim
	 * whose id is one of the touched claims' ids, {@code $touchedClaimIds}, whatever its type), for a condition spanning untouched elements, such as a duplicate id.
	 */
	ValidationRule(String description, String query, String scopedQuery) {
		this.description = description;
		this.query = whole(query);
		this.scopedQuery = scopedQuery.contains("%NODE(") || scopedQuery.contains("%CLAIM(") ? scoped(scopedQuery)
				: null;
		this.nodeLabels = nodeLabels(scopedQuery.replace("%MEASURE_REFERENCE_CHECKS%", MEASURE_REFERENCE_CHECKS));
	}

	/**
	 * The labels with which the variables of the {@code %NODE(v)%} marks are matched: for each mark, the nearest
	 * {@code (v:Label)} before it; {@code null} when one is matched as {@code (v)}, or not found.
	 */
	private static java.util.Set<String> nodeLabels(String query) {
		java.util.Set<String> labels = new java.util.HashSet<>();
		java.util.regex.Matcher mark = java.util.regex.Pattern.compile(NODE).matcher(query);
		while (mark.find()) {
			String variable = mark.group(1);
			java.util.regex.Matcher binding = java.util.regex.Pattern
				.compile("\\(" + variable + "(?::(\\w+))?\\)")
				.matcher(query.substring(0, mark.start()));
			String label = null;
			boolean found = false;
			while (binding.find()) {
				found = true;
				label = binding.group(1);
			}
			if (!found || label == null) {
				return null;
			}
			labels.add(label);
		}
		return java.util.Set.copyOf(labels);
	}

	private static String whole(String query) {
		return query.replace("%MEASURE_REFERENCE_CHECKS%", MEASURE_REFERENCE_CHECKS)
			.replaceAll(NODE, "true")
			.replaceAll(CLAIM, "true");
	}

	private static String scoped(String query) {
		return query.replace("%MEASURE_REFERENCE_CHECKS%", MEASURE_REFERENCE_CHECKS)
			.replaceAll(NODE, "id($1) IN \\$nodeIds")
			.replaceAll(CLAIM, "id($1) IN \\$relationshipIds")
			.replace("%CLAIMS_WITH_IDS%", GraphValidator.CLAIMS_WITH_IDS)
			.replaceAll(CLAIM_WITH_ID_EXISTS, GraphValidator.claimWithIdExists("$1"));
	}

	/** The rule in words, for reports and docs. */
	public String description() {
		return this.description;
	}

	String query() {
		return this.query;
	}

	/**
	 * Whether the scoped query can find anything among these touched elements: it finds nothing when the kinds of
	 * element it reads were not touched at all (and is then not run).
	 */
	boolean mayFind(java.util.Collection<?> nodeIds, java.util.Collection<?> relationshipIds,
			java.util.Collection<?> goneIds) {
		return mayFind(nodeIds, null, relationshipIds, goneIds);
	}

	/**
	 * The same, knowing the labels of the touched nodes ({@code nodeLabels}: every label of any of them; {@code null}
	 * when unknown): a query that reads touched nodes only as, say, {@code (m:Measure)} finds nothing when none of
	 * them is a measure.
	 */
	boolean mayFind(java.util.Collection<?> nodeIds, java.util.Collection<String> nodeLabels,
			java.util.Collection<?> relationshipIds, java.util.Collection<?> goneIds) {
		boolean nodesMayMatch = !nodeIds.isEmpty() && (nodeLabels == null || this.nodeLabels == null
				|| nodeLabels.stream().anyMatch(this.nodeLabels::contains));
		return (this.scopedQuery.contains("$nodeIds") && nodesMayMatch)
				|| (this.scopedQuery.contains("$relationshipIds") && !relationshipIds.isEmpty())
				|| (this.scopedQuery.contains("$goneIds") && !goneIds.isEmpty());
	}

	/** The query over the touched elements only; {@code null} for a rule checked over the whole graph only. */
	String scopedQuery() {
		return this.scopedQuery;
	}

}
