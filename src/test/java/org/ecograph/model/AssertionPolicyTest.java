package org.ecograph.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolution, corroboration and conflict rules of {@link AssertionPolicy}, on hand-made assertions. */
class AssertionPolicyTest {

	private static final ZonedDateTime T0 = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private static Assertion stated(String id, String source, Double amount, Double share, Rank rank, int day) {
		return new Assertion("assertion:" + id, "claim:x", source, null, null, "q", amount, null, null, null, share,
				ClaimStatus.REPORTED, null, null, 0.5, rank, null, T0.plusDays(day), T0.plusDays(day), null, null);
	}

	@Test
	void aStatementWithinTheToleranceCorroboratesTheOneItFollowsWithoutReplacingIt() {
		Assertion first = stated("a", "source:a", 100e9, 0.50, Rank.NORMAL, 0);
		Assertion agreeing = stated("b", "source:b", 105e9, 0.54, Rank.NORMAL, 1);
		List<Assertion> both = List.of(agreeing, first);
		assertThat(AssertionPolicy.winner(both)).contains(first);
		assertThat(AssertionPolicy.corroboration(both)).isEqualTo(2);
		assertThat(AssertionPolicy.conflict(both)).isEqualTo(Conflict.WITHIN_TOLERANCE);
		assertThat(AssertionPolicy.byPrecedence(both)).containsExactly(first, agreeing);
	}

	@Test
	void aLaterConflictingStatementWinsUnlessAnotherIsPreferred() {
		Assertion first = stated("a", "source:a", 100e9, null, Rank.NORMAL, 0);
		Assertion later = stated("c", "source:c", 60e9, null, Rank.NORMAL, 2);
		assertThat(AssertionPolicy.conflict(List.of(first, later))).isEqualTo(Conflict.CONFLICT);
		assertThat(AssertionPolicy.winner(List.of(first, later))).contains(later);
		Assertion preferred = stated("a", "source:a", 100e9, null, Rank.PREFERRED, 0);
		assertThat(AssertionPolicy.winner(List.of(preferred, later))).contains(preferred);
	}

	@Test
	void deprecatedStatementsWinOnlyWhenAllAreAndNeitherCountNorConflict() {
		Assertion good = stated("a", "source:a", 100e9, null, Rank.NORMAL, 0);
		Assertion wrong = stated("b", "source:b", 10e9, null, Rank.DEPRECATED, 3);
		assertThat(AssertionPolicy.winner(List.of(good, wrong))).contains(good);
		assertThat(AssertionPolicy.conflict(List.of(good, wrong))).isEqualTo(Conflict.NONE);
		assertThat(AssertionPolicy.corroboration(List.of(good, wrong))).isEqualTo(1);
		assertThat(AssertionPolicy.winner(List.of(wrong))).contains(wrong);
	}

	@Test
	void sharesBeyondTheirToleranceConflictAndDifferentPeriodsCannotBeCompared() {
		Assertion a = stated("a", "source:a", null, 0.30, Rank.NORMAL, 0);
		Assertion b = stated("b", "source:b", null, 0.36, Rank.NORMAL, 1);
		assertThat(AssertionPolicy.compare(a, b)).isEqualTo(Conflict.CONFLICT);
		assertThat(AssertionPolicy.compare(a, stated("c", "source:c", null, 0.35, Rank.NORMAL, 1)))
			.isEqualTo(Conflict.WITHIN_TOLERANCE);
		Assertion thisYear = new Assertion("assertion:d", "claim:x", "source:d", null, null, "q", 1e9, null, null,
				null, null, null, LocalDate.of(2026, 1, 1), null, null, Rank.NORMAL, null, T0, T0, null, null);
		Assertion aSize = new Assertion("assertion:e", "claim:x", "source:e", null, null, "q", 1e9, "SIZE", null,
				null, null, null, LocalDate.of(2026, 1, 1), null, null, Rank.NORMAL, null, T0, T0, null, null);
		assertThat(AssertionPolicy.compare(thisYear, stated("f", "source:f", 1e9, null, Rank.NORMAL, 0)))
			.isEqualTo(Conflict.INCOMPARABLE);
		assertThat(AssertionPolicy.compare(thisYear, aSize)).isEqualTo(Conflict.INCOMPARABLE);
	}

	@Test
	void twoReportsQuotingOneOriginCountOnceAndSupersededOnesNotAtAll() {
		Assertion quotingDoe = new Assertion("assertion:a", "claim:x", "source:a", "agency:us-doe", null, "q", 12e9,
				null, null, null, null, null, null, null, null, Rank.NORMAL, null, T0, T0, null, null);
		Assertion alsoQuotingDoe = new Assertion("assertion:b", "claim:x", "source:b", "agency:us-doe", null, "q",
				12e9, null, null, null, null, null, null, null, null, Rank.NORMAL, null, T0, T0, null, null);
		Assertion superseded = new Assertion("assertion:c", "claim:x", "source:c", null, null, "q", 1e9, null, null,
				null, null, null, null, null, null, Rank.NORMAL, null, T0, T0, T0, "assertion:d");
		List<Assertion> all = List.of(quotingDoe, alsoQuotingDoe, superseded);
		assertThat(AssertionPolicy.corroboration(all)).isEqualTo(1);
		assertThat(AssertionPolicy.conflict(all)).isEqualTo(Conflict.NONE);
		assertThat(AssertionPolicy.byPrecedence(all)).doesNotContain(superseded).hasSize(2);
	}

}
