package org.ecograph.analysis.projection;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer cache of a snapshot: a kept answer is served for the same question on the same snapshot only; another
 * filter is another question; a newer snapshot empties it, an older one is not kept, an overlay or a past day's graph
 * never is; the least
 * recently used answer goes first.
 */
class VersionAnswersTests {

	private static final ProjectionFilter ALL = ProjectionFilter.of(ClaimFilter.NONE);

	private static final ProjectionFilter FUNDS = ProjectionFilter
		.of(ClaimFilter.NONE.withKinds(java.util.Set.of(RelationKind.FUNDS)));

	private final AtomicInteger computed = new AtomicInteger();

	private String ask(VersionAnswers answers, ClaimProjection g, Object question) {
		return answers.get(g, question, () -> "answer " + this.computed.incrementAndGet());
	}

	private static ClaimProjection snapshot(long version) {
		return TestProjections.of(List.of("company:a", "company:b"), List.of(), version, null);
	}

	@Test
	void theSameQuestionOnTheSameSnapshotIsComputedOnce() {
		VersionAnswers answers = new VersionAnswers(8);
		ClaimProjection g = snapshot(1);
		String first = ask(answers, g, List.of("exposure", ALL, 3));
		assertThat(ask(answers, g, List.of("exposure", ALL, 3))).isEqualTo(first);
		// the filter is part of the question (NaN minConfidence included: the record compares it as equal)
		assertThat(ask(answers, g, List.of("exposure", FUNDS, 3))).isNotEqualTo(first);
		assertThat(ask(answers, g, List.of("exposure", ProjectionFilter.of(ClaimFilter.NONE), 3))).isEqualTo(first);
		assertThat(this.computed).hasValue(2);
		assertThat(answers.hits()).isEqualTo(2);
		assertThat(answers.misses()).isEqualTo(2);
	}

	/** What a scenario asked cold does: looks for the plain answer, computes it with its own, keeps it for the next. */
	@Test
	void anAnswerComputedElsewhereIsKeptAsGetKeepsIt() {
		VersionAnswers answers = new VersionAnswers(8);
		ClaimProjection g = snapshot(1);
		assertThat((String) answers.kept(g, "q")).isNull();
		answers.keep(g, "q", "computed with a scenario's");
		assertThat((String) answers.kept(g, "q")).isEqualTo("computed with a scenario's");
		assertThat(ask(answers, g, "q")).isEqualTo("computed with a scenario's");
		assertThat(this.computed).hasValue(0);
		assertThat(answers.hits()).isEqualTo(2);
		assertThat(answers.misses()).isEqualTo(1);
		// never for an overlay
		OverlaidProjection overlay = OverlaidProjection.over(g).build();
		answers.keep(overlay, "q", "an overlay's");
		assertThat((String) answers.kept(overlay, "q")).isNull();
	}

	@Test
	void aNewerSnapshotEmptiesTheCacheAndAnOlderOneIsNotKept() {
		VersionAnswers answers = new VersionAnswers(8);
		ClaimProjection v1 = snapshot(1);
		ClaimProjection v2 = snapshot(2);
		String old = ask(answers, v1, "q");
		String now = ask(answers, v2, "q");
		assertThat(now).isNotEqualTo(old);
		assertThat(answers.size()).isEqualTo(1);
		// a request that took the older snapshot before the refresh: computed, not kept, the newer answers stay
		assertThat(ask(answers, v1, "q")).isNotEqualTo(old);
		assertThat(ask(answers, v2, "q")).isEqualTo(now);
		// another snapshot object of the same version (read back from a file, say) is another snapshot
		ClaimProjection again = snapshot(2);
		assertThat(ask(answers, again, "q")).isNotEqualTo(now);
	}

	@Test
	void anOverlaysAnswersAreNeverKept() {
		VersionAnswers answers = new VersionAnswers(8);
		ClaimProjection g = snapshot(1);
		OverlaidProjection overlay = OverlaidProjection.over(g).removeEntity(0).build();
		String first = ask(answers, overlay, "q");
		assertThat(ask(answers, overlay, "q")).isNotEqualTo(first);
		assertThat(answers.size()).isZero();
	}

	@Test
	void aPastDaysAnswersAreNeverKeptNorDropTheCurrentOnes() {
		VersionAnswers answers = new VersionAnswers(8);
		ClaimProjection g = snapshot(1);
		String now = ask(answers, g, "q");
		// the graph as known on a past day has the current snapshot's version
		ClaimProjection day = new ProjectionOnDay(snapshot(1), java.time.LocalDate.of(2025, 1, 1));
		String onDay = ask(answers, day, "q");
		assertThat(onDay).isNotEqualTo(now);
		assertThat(ask(answers, day, "q")).isNotEqualTo(onDay);
		assertThat(ask(answers, g, "q")).as("the current snapshot's answer is still kept").isEqualTo(now);
	}

	@Test
	void theLeastRecentlyUsedAnswerGoesFirst() {
		VersionAnswers answers = new VersionAnswers(2);
		ClaimProjection g = snapshot(1);
		String a = ask(answers, g, "a");
		ask(answers, g, "b");
		assertThat(ask(answers, g, "a")).isEqualTo(a);
		ask(answers, g, "c");
		assertThat(answers.size()).isEqualTo(2);
		assertThat(ask(answers, g, "a")).isEqualTo(a);
		int before = this.computed.get();
		ask(answers, g, "b");
		assertThat(this.computed).hasValue(before + 1);
	}

	@Test
	void sizeZeroKeepsNothing() {
		VersionAnswers answers = new VersionAnswers(0);
		ClaimProjection g = snapshot(1);
		assertThat(ask(answers, g, "q")).isNotEqualTo(ask(answers, g, "q"));
	}

}
