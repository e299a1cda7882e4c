package org.ecograph.analysis.projection;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value column in chunks: a snapshot that changes a few values copies their chunks and shares the rest, growing
 * shares what no one writes again, and the column it came from never changes.
 */
class ColumnTests {

	private static final int N = 3 * Column.SIZE + 100;

	@Test
	void changingAValueCopiesItsChunkOnlyAndLeavesTheColumnAsItWas() {
		Column amounts = numbered(N);
		Column values = Column.of(double.class, 2);
		values.set(0, 42.0);
		values.set(1, 7.0);
		int changed = Column.SIZE + 5;

		Column next = amounts.withValues(new int[] { changed, 2 * Column.SIZE + 1 }, values, new int[] { 0, 1 });

		assertThat(next).isNotSameAs(amounts);
		assertThat(next.getDouble(changed)).isEqualTo(42.0);
		assertThat(next.getDouble(2 * Column.SIZE + 1)).isEqualTo(7.0);
		assertThat(amounts.getDouble(changed)).as("the column it came from").isEqualTo(changed);
		assertThat(amounts.getDouble(2 * Column.SIZE + 1)).isEqualTo(2 * Column.SIZE + 1);
		assertThat(next.chunk(0)).as("an unchanged chunk is shared").isSameAs(amounts.chunk(0));
		assertThat(next.chunk(3)).isSameAs(amounts.chunk(3));
		assertThat(next.chunk(1)).as("a changed chunk is copied").isNotSameAs(amounts.chunk(1));
		assertThat(next.chunk(2)).isNotSameAs(amounts.chunk(2));
		for (int i = 0; i < N; i++) {
			if (i != changed && i != 2 * Column.SIZE + 1) {
				assertThat(next.getDouble(i)).isEqualTo(i);
			}
		}
	}

	@Test
	void settingTheValuesAColumnHasChangesNothing() {
		Column amounts = numbered(N);
		Column nan = Column.of(double.class, 1);
		nan.set(0, Double.NaN);
		amounts.set(9, Double.NaN);
		Column values = numbered(N);

		assertThat(amounts.withValues(new int[] { 3, 5000 }, values, new int[] { 3, 5000 })).isSameAs(amounts);
		assertThat(amounts.withValues(new int[] { 9 }, nan, new int[] { 0 })).as("NaN, unknown, equals itself")
			.isSameAs(amounts);
	}

	@Test
	void growingSharesTheChunksBelowTheCountAndCopiesTheOneItFallsIn() {
		Column statuses = Column.of(byte.class, 2 * Column.SIZE);
		for (int i = 0; i < 2 * Column.SIZE; i++) {
			statuses.set(i, (byte) (i % 7));
		}
		int count = Column.SIZE + 10;

		Column grown = statuses.grown(5 * Column.SIZE, count);
		grown.set(count, (byte) 99);

		assertThat(grown.capacity()).isEqualTo(5 * Column.SIZE);
		assertThat(grown.chunk(0)).isSameAs(statuses.chunk(0));
		assertThat(grown.chunk(1)).isNotSameAs(statuses.chunk(1));
		for (int i = 0; i < count; i++) {
			assertThat(grown.getByte(i)).isEqualTo((byte) (i % 7));
		}
		assertThat(statuses.getByte(count)).as("a write after the count is not the old column's")
			.isEqualTo((byte) (count % 7));
		assertThat(grown.getByte(4 * Column.SIZE + 3)).isZero();
	}

	@Test
	void aColumnOfFewEntriesTakesWhatItHoldsAndGrowsIntoChunks() {
		Column days = Column.of(int.class, 16);
		assertThat(days.capacity()).isEqualTo(16);
		for (int i = 0; i < 16; i++) {
			days.set(i, 1000 + i);
		}

		Column grown = days.grown(Column.SIZE + 1, 16);

		assertThat(grown.capacity()).isEqualTo(2 * Column.SIZE);
		for (int i = 0; i < 16; i++) {
			assertThat(grown.getInt(i)).isEqualTo(1000 + i);
		}
		grown.set(Column.SIZE, 5);
		assertThat(grown.getInt(Column.SIZE)).isEqualTo(5);
	}

	@Test
	void copyingARunAcrossChunkBoundariesCopiesEveryEntry() {
		Random random = new Random(17);
		Column from = numbered(N);
		for (int round = 0; round < 50; round++) {
			int start = random.nextInt(N);
			int n = random.nextInt(N - start + 1);
			int at = random.nextInt(N - n + 1);
			Column into = Column.of(double.class, N);

			into.copy(from, start, at, n);

			for (int i = 0; i < N; i++) {
				double expected = i >= at && i < at + n ? start + (i - at) : 0;
				assertThat(into.getDouble(i)).as("round %d entry %d", round, i).isEqualTo(expected);
			}
		}
	}

	/** A column of doubles whose entry {@code i} is {@code i}. */
	private static Column numbered(int n) {
		Column column = Column.of(double.class, n);
		for (int i = 0; i < n; i++) {
			column.set(i, (double) i);
		}
		return column;
	}

}
