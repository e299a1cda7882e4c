package org.ecograph.analysis.ranking;

import java.time.Duration;
import java.util.List;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.TestProjections;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.model.TestClaims.claim;

/**
 * Rankings under a stream of writes: within the interval a question on a newer version gets the ranking of the older
 * one, which says its version and is read with the newer graph's nodes; after it, or asked exact, a new one.
 */
class RankingCacheTests {

	private static final ProjectionFilter ALL = ProjectionFilter.of(ClaimFilter.NONE);

	/** Version 1: a funds b and c. */
	private final ClaimProjection v1 = TestProjections.of(List.of("a", "b", "c"),
			List.of(claim("ab", RelationKind.FUNDS, "a", "b"), claim("ac", RelationKind.FUNDS, "a", "c")), 1, "s1");

	/** Version 2: an entity "aa" added before the others in id order (every node index shifts), b funds it. */
	private final ClaimProjection v2 = TestProjections.of(List.of("a", "aa", "b", "c"),
			List.of(claim("ab", RelationKind.FUNDS, "a", "b"), claim("ac", RelationKind.FUNDS, "a", "c"),
					claim("baa", RelationKind.FUNDS, "b", "aa")), 2, "s2");

	@Test
	void withinTheIntervalANewerVersionGetsTheOlderRankingReadWithItsOwnNodes() {
		RankingCache cache = new RankingCache(null, new RankingProperties(Duration.ofHours(1), 4));
		RankingCache.Ranked first = cache.ranked(this.v1, ALL, RankingWeight.UNIFORM);

		RankingCache.Ranked second = cache.ranked(this.v2, ALL, RankingWeight.UNIFORM);

		assertThat(second).isSameAs(first);
		assertThat(second.version()).isEqualTo(1);
		RankingCache.Top top = second.top(10, this.v2, v -> true);
		assertThat(java.util.Arrays.stream(top.nodes()).mapToObj(this.v2::entityId).toList())
			.as("v1's three entities as v2's nodes; aa, added since, is not ranked")
			.containsExactlyInAnyOrder("a", "b", "c");
		assertThat(this.v2.entityId(top.nodes()[0])).isEqualTo("a");
		assertThat(top.scores()[0]).isEqualTo(first.scores()[this.v1.node("a")]);
		assertThat(cache.ranked(this.v2, ALL, RankingWeight.UNIFORM, true).version()).as("asked exact").isEqualTo(2);
		assertThat(cache.ranked(this.v2, ALL, RankingWeight.UNIFORM).version()).as("the exact one is kept").isEqualTo(2);
		cache.destroy();
	}

	@Test
	void withoutAnIntervalEachVersionGetsItsOwnRanking() {
		RankingCache cache = new RankingCache(null, new RankingProperties(Duration.ZERO, 4));
		cache.ranked(this.v1, ALL, RankingWeight.UNIFORM);

		RankingCache.Ranked second = cache.ranked(this.v2, ALL, RankingWeight.UNIFORM);

		assertThat(second.version()).isEqualTo(2);
		assertThat(second.top(4, this.v2, v -> true).nodes()).hasSize(4);
		assertThat(cache.ranked(this.v1, ALL, RankingWeight.UNIFORM).version())
			.as("a question on an older snapshot than the cached ranking's gets its own").isEqualTo(1);
		assertThat(cache.ranked(this.v2, ALL, RankingWeight.UNIFORM)).as("and the newer stays cached").isSameAs(second);
		cache.destroy();
	}

	@Test
	void aSelectionWhoseComputationIsSlowIsRecomputedAtMostOncePerFactorTimesItsDuration() {
		// an interval of 1 ns: without the factor, each version gets its own ranking
		RankingCache plain = new RankingCache(null, new RankingProperties(Duration.ofNanos(1), 1));
		plain.ranked(this.v1, ALL, RankingWeight.UNIFORM);
		assertThat(plain.ranked(this.v2, ALL, RankingWeight.UNIFORM).version()).isEqualTo(2);
		plain.destroy();

		// a computation takes at least a microsecond, so a factor of 10^9 makes the interval at least 1,000 s
		RankingCache scaled = new RankingCache(null, new RankingProperties(Duration.ofNanos(1), 1_000_000_000));
		RankingCache.Ranked first = scaled.ranked(this.v1, ALL, RankingWeight.UNIFORM);
		assertThat(scaled.ranked(this.v2, ALL, RankingWeight.UNIFORM)).isSameAs(first);
		assertThat(scaled.ranked(this.v2, ALL, RankingWeight.UNIFORM, true).version()).as("asked exact").isEqualTo(2);
		scaled.destroy();
	}

	@Test
	void aFactorBelowOneIsRefusedWithTheSettingsName() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RankingProperties(Duration.ofSeconds(2), 0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ecograph.analysis.ranking-interval-factor must be at least 1");
	}

}
