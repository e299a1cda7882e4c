package org.ecograph.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.Measure;

/**
 * Runs every consistency check over claims and measures. Pure: the caller loads the figures, so the checks can be
 * tested without a database and run over any subset of the graph.
 */
public final class ConsistencyChecker {

	private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparing(Finding::kind)
		.thenComparing(Finding::subjectId)
		.thenComparing(Finding::message);

	private ConsistencyChecker() {
	}

	/**
	 * Every finding, errors first.
	 * @param claims the claims to check (funding, ownership, membership, data and sized amounts are looked at)
	 * @param measures the measures to check
	 * @param entities the entities the claims and measures name, by id (for budgets and names)
	 */
	public static List<Finding> check(List<Claim> claims, List<Measure> measures, Map<String, Entity> entities) {
		Function<String, String> names = id -> entities.containsKey(id) ? entities.get(id).name() : id;
		List<Finding> findings = new ArrayList<>(new ClaimChecks(claims, entities, names).all());
		findings.addAll(new MeasureChecks(measures, names).all());
		findings.sort(ORDER);
		return findings;
	}

}
