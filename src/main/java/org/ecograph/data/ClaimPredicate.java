package org.ecograph.data;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.ecograph.model.ClaimFilter;

/**
 * A {@link ClaimFilter} as a Cypher condition on one relationship variable, with its own parameters: the variable and
 * the parameter names are bound by construction ({@code $r_kinds} for the variable {@code r}), so a query never
 * assumes what its claim variable is called and two predicates in one query cannot clash.
 * <pre>{@code
 * ClaimPredicate where = ClaimPredicate.on("r", filter);
 * graph.query("MATCH (a)-[r]->(b) WHERE " + where.cypher() + " RETURN r").bindAll(where.parameters())
 * }</pre>
 * With {@code knownOn}, {@link #on} leaves out a claim recorded after the day and decides everything else on today's
 * values. {@link #asKnownOn} reads the whole day (docs/data-model.md "As known on a day"): a claim retracted after
 * the day is kept too, and, since a claim's figures are today's, when the filter also conditions figures a claim whose
 * assertions changed since the day passes the figure conditions ({@link #deferFigures}): its caller must decide on
 * the claim's figures of that day.
 */
public final class ClaimPredicate {

	private static final Pattern VARIABLE = Pattern.compile("[a-z][A-Za-z0-9]{0,20}");

	private static final String TEMPLATE = """
			($_kinds IS NULL OR type(@) IN $_kinds)
			AND (%s)
			AND ($_knownOn IS NULL OR @.recordedAt IS NULL OR date(@.recordedAt) <= $_knownOn)
			AND ($_includeInferred OR @.inferred IS NULL OR @.inferred = false)
			AND ($_includeRetracted OR @.retractedAt IS NULL%s)""";

	/**
	 * With {@link #asKnownOn}: a claim retracted after the day was not retracted yet, and one whose retraction a later
	 * change undid was retracted on the days that retraction held (a seek of the retraction revisions' claim index).
	 */
	private static final String RETRACTED_LATER = """

			     OR ($_knownOn IS NOT NULL AND date(@.retractedAt) > $_knownOn))
			AND ($_includeRetracted OR $_knownOn IS NULL
			     OR NOT EXISTS { MATCH (x:RetractionRevision {claim: @.id})
			                     WHERE date(x.retractedAt) <= $_knownOn AND x.until >= $_knownOnEnd }""";

	/** The conditions on the claim's figures (which a past day may have had otherwise). */
	private static final String FIGURES = """
			($_statuses IS NULL OR @.status IN $_statuses)
			  AND ($_minConfidence IS NULL OR @.confidence >= $_minConfidence)
			  AND ($_asOf IS NULL OR ((@.validFrom IS NULL OR @.validFrom <= $_asOf)
			                         AND (@.validTo IS NULL OR @.validTo >= $_asOf)))""";

	/**
	 * Whether a steward or a script changed the claim's assertions after the day {@code knownOn} reads (its figures then
	 * may have differed from today's): a seek of the revisions' and of the assertions' claim index.
	 */
	private static final String CHANGED_SINCE = """
			EXISTS { MATCH (h:AssertionRevision {claim: @.id}) WHERE h.until >= $_knownOnEnd }
			  OR EXISTS { MATCH (h:Assertion {claim: @.id})
			              WHERE h.recordedAt >= $_knownOnEnd OR h.supersededAt >= $_knownOnEnd }""";

	private final String cypher;

	private final Map<String, Object> parameters;

	private ClaimPredicate(String cypher, Map<String, Object> parameters) {
		this.cypher = cypher;
		this.parameters = parameters;
	}

	/**
	 * The filter as a condition on the relationship bound to {@code variable}.
	 * @throws IllegalArgumentException when {@code variable} is not a plain lower-case identifier
	 */
	public static ClaimPredicate on(String variable, ClaimFilter filter) {
		return of(variable, filter, false);
	}

	/**
	 * The filter as a condition for a reader of the whole day {@code knownOn}: as {@link #on}, and a claim retracted
	 * after the day is kept; with {@link #deferFigures}, a claim whose assertions changed after the day passes the
	 * figure conditions, for the caller to decide on its figures of that day. The same as {@link #on} without
	 * {@code knownOn}.
	 * @throws IllegalArgumentException when {@code variable} is not a plain lower-case identifier
	 */
	public static ClaimPredicate asKnownOn(String variable, ClaimFilter filter) {
		return of(variable, filter, true);
	}

	private static ClaimPredicate of(String variable, ClaimFilter filter, boolean wholeDay) {
		if (!VARIABLE.matcher(variable).matches()) {
			throw new IllegalArgumentException("Not a Cypher variable for a claim: " + variable);
		}
		String prefix = variable + "_";
		Map<String, Object> p = new HashMap<>();
		p.put(prefix + "kinds", filter.kinds() == null ? null : filter.kinds().stream().map(Enum::name).sorted().toList());
		p.put(prefix + "statuses",
				filter.statuses() == null ? null : filter.statuses().stream().map(Enum::name).sorted().toList());
		p.put(prefix + "minConfidence", filter.minConfidence());
		p.put(prefix + "asOf", filter.asOf());
		p.put(prefix + "knownOn", filter.knownOn());
		p.put(prefix + "knownOnEnd", filter.knownOn() == null ? null
				: filter.knownOn().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC));
		p.put(prefix + "includeInferred", filter.includeInferred());
		p.put(prefix + "includeRetracted", filter.includeRetracted());
		String figures = wholeDay && deferFigures(filter) ? FIGURES + "\n  OR " + CHANGED_SINCE : FIGURES;
		String retracted = wholeDay && filter.knownOn() != null ? RETRACTED_LATER.stripTrailing() : "";
		return new ClaimPredicate(TEMPLATE.formatted(figures, retracted).replace("$_", "$" + prefix)
			.replace("@", variable), p);
	}

	/**
	 * Whether the figure conditions cannot be decided on today's figures: on a past day ({@code knownOn}) a claim whose
	 * assertions changed since passes {@link #asKnownOn}'s condition, and the caller checks its figures of that day
	 * ({@link ClaimFilter#matches}).
	 */
	public static boolean deferFigures(ClaimFilter filter) {
		return filter.knownOn() != null
				&& (filter.statuses() != null || filter.minConfidence() != null || filter.asOf() != null);
	}

	/** The condition, to follow {@code WHERE} or {@code AND}. */
	public String cypher() {
		return this.cypher;
	}

	/** The parameters the condition refers to; bind them all. */
	public Map<String, Object> parameters() {
		return this.parameters;
	}

}
