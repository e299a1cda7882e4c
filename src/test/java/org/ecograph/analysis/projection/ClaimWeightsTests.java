package org.ecograph.analysis.projection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step weights a snapshot takes over from the one before ({@link ClaimWeights#with}): the changed and new claims
 * weigh what they were given, every other claim as before, and the weights they came from never change.
 */
class ClaimWeightsTests {

	private static final int N = 2 * Column.SIZE + 10;

	@Test
	void aChangedAndANewClaimWeighWhatTheyWereGivenAndTheOldWeightsStayAsTheyWere() {
		ClaimWeights before = numbered(N);
		int changed = Column.SIZE + 3;

		ClaimWeights after = before.with(N, N + Column.SIZE, new int[] { changed, N + 5, N + Column.SIZE - 1 },
				new double[] { -1, 0.25, 0.75 });

		assertThat(after.weight(changed)).isEqualTo(-1);
		assertThat(after.walkable(changed)).as("a claim that no longer passes").isFalse();
		assertThat(after.weight(N + 5)).isEqualTo(0.25);
		assertThat(after.weight(N + Column.SIZE - 1)).as("the last new claim, in a chunk of its own").isEqualTo(0.75);
		for (int c = 0; c < N; c++) {
			if (c != changed) {
				assertThat(after.weight(c)).as("claim %d", c).isEqualTo(weight(c));
			}
		}
		for (int c = 0; c < N; c++) {
			assertThat(before.weight(c)).as("the weights it came from, claim %d", c).isEqualTo(weight(c));
		}
	}

	@Test
	void correctedValuesOnlyKeepTheCount() {
		ClaimWeights before = numbered(N);

		ClaimWeights after = before.with(N, N, new int[] { 0, N - 1 }, new double[] { 0.5, weight(N - 1) });

		assertThat(after.weight(0)).isEqualTo(0.5);
		assertThat(after.weight(N - 1)).as("unchanged").isEqualTo(weight(N - 1));
		assertThat(before.weight(0)).isEqualTo(weight(0));
		assertThat(after.weight(1)).isEqualTo(weight(1));
	}

	private static ClaimWeights numbered(int n) {
		Column column = Column.of(double.class, n);
		for (int c = 0; c < n; c++) {
			column.set(c, weight(c));
		}
		return new ClaimWeights(column);
	}

	private static double weight(int c) {
		return (c % 1000) / 1000.0;
	}

}
