package org.ecograph.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.data.GraphRead;
import org.ecograph.model.Assertion;
import org.ecograph.model.AssertionPolicy;
import org.ecograph.model.Conflict;
import org.springframework.stereotype.Service;

/**
 * The sources' statements of claims (docs/data-model.md, "Assertions"): the live assertions of a batch of claims in
 * one query, with the corroboration and conflict {@link AssertionPolicy} reads from them, and the claims whose
 * sources disagree.
 */
@Service
@GraphRead
public class AssertionCatalog {

	/** Separates a claim id from a day in the keys of {@link #forKeys}. */
	public static final String ON = "@";

	private final AssertionRepository repository;

	private final KnowledgeHistory history;

	AssertionCatalog(AssertionRepository repository, KnowledgeHistory history) {
		this.repository = repository;
		this.history = history;
	}

	/**
	 * {@link #forClaims} for keys that are claim ids, or {@code <claim id>@<day>} for the assertions that counted at
	 * the end of that day ({@link KnowledgeHistory#assertionsOn}); one query for the claims of today, one more per
	 * day asked for.
	 */
	public Map<String, ClaimAssertions> forKeys(Collection<String> keys) {
		Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
		List<String> today = new ArrayList<>();
		for (String key : keys) {
			int at = key.indexOf(ON);
			if (at < 0) {
				today.add(key);
			}
			else {
				byDay.computeIfAbsent(LocalDate.parse(key.substring(at + 1)), d -> new ArrayList<>())
					.add(key.substring(0, at));
			}
		}
		Map<String, ClaimAssertions> found = new LinkedHashMap<>(forClaims(today));
		byDay.forEach((day, claims) -> {
			Map<String, List<Assertion>> then = this.history.assertionsOn(claims, day);
			claims.forEach(c -> found.put(c + ON + day, ClaimAssertions.of(then.getOrDefault(c, List.of()))));
		});
		return found;
	}

	/**
	 * The live assertions of each claim, by claim id, the winner first ({@link AssertionPolicy#byPrecedence}); a
	 * claim without any has an empty list. One query whatever the number of claims.
	 */
	public Map<String, ClaimAssertions> forClaims(Collection<String> claimIds) {
		Map<String, ClaimAssertions> found = new LinkedHashMap<>();
		if (claimIds.isEmpty()) {
			return found;
		}
		Map<String, List<Assertion>> byClaim = byClaim(this.repository.liveOf(claimIds));
		claimIds.forEach(id -> found.put(id, ClaimAssertions.of(byClaim.getOrDefault(id, List.of()))));
		return found;
	}

	/** The claims whose live assertions conflict or cannot be compared, by claim id, with those assertions. */
	public Map<String, ClaimAssertions> disagreements() {
		Map<String, ClaimAssertions> found = new LinkedHashMap<>();
		byClaim(this.repository.liveOfClaimsWithSeveral()).forEach((claim, list) -> {
			ClaimAssertions assertions = ClaimAssertions.of(list);
			if (assertions.conflict() == Conflict.CONFLICT || assertions.conflict() == Conflict.INCOMPARABLE) {
				found.put(claim, assertions);
			}
		});
		return found;
	}

	private static Map<String, List<Assertion>> byClaim(List<Assertion> assertions) {
		Map<String, List<Assertion>> byClaim = new LinkedHashMap<>();
		assertions.forEach(a -> byClaim.computeIfAbsent(a.claimId(), c -> new java.util.ArrayList<>()).add(a));
		return byClaim;
	}

	/**
	 * The live assertions of one claim and what the policy reads from them.
	 *
	 * @param list the live assertions, the winner first
	 * @param corroboration how many distinct origins state the claim
	 * @param conflict whether they agree
	 */
	public record ClaimAssertions(List<Assertion> list, int corroboration, Conflict conflict) {

		public ClaimAssertions {
			list = List.copyOf(list);
		}

		static ClaimAssertions of(List<Assertion> live) {
			return new ClaimAssertions(AssertionPolicy.byPrecedence(live), AssertionPolicy.corroboration(live),
					AssertionPolicy.conflict(live));
		}

	}

}
