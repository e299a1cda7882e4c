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
 */
public final class ClaimPredicate {

	private static final Pattern VARIABLE = Pattern.compile("[a-z][A-Za-z0-9]{0,20}");

	private static final String TEMPLATE = """
			($_kinds IS NULL OR type(@) IN $_kinds)
			AND ($_statuses IS NULL OR @.status IN $_statuses)
			AND ($_minConfidence IS NULL OR @.confidence >= $_minConfidence)
			AND ($_asOf IS NULL OR ((@.validFrom IS NULL OR @.validFrom <= $_asOf)
			                       AND (@.validTo IS NULL OR @.validTo >= $_asOf)))
			AND ($_knownOn IS NULL OR @.recordedAt IS NULL OR date(@.recordedAt) <= $_knownOn)
			AND ($_includeInferred OR @.inferred IS NULL OR @.inferred = false)
			AND ($_includeRetracted OR @.retractedAt IS NULL)""";

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
		p.put(prefix + "includeInferred", filter.includeInferred());
		p.put(prefix + "includeRetracted", filter.includeRetracted());
		return new ClaimPredicate(TEMPLATE.replace("$_", "$" + prefix).replace("@", variable), p);
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
