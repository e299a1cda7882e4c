package org.ecograph.analysis.projection;

import java.lang.reflect.Array;
import java.util.Objects;

/**
 * One value column of the claims ({@link ClaimColumns}): bytes, ints or doubles, one entry per claim, in chunks of
 * {@value #SIZE} entries. A snapshot that changes a few values (a steward's corrected amount) copies the chunks they
 * are in and the table of chunks ({@link #withValues}), not the column: what it costs is what it changed, not the
 * graph. Entries below a column's count are never written once a snapshot shares them.
 */
final class Column {

	static final int SHIFT = 12;

	static final int SIZE = 1 << SHIFT;

	private static final int MASK = SIZE - 1;

	/** {@code byte.class}, {@code int.class} or {@code double.class}. */
	private final Class<?> type;

	/**
	 * The chunks, each a primitive array of {@link #SIZE} entries; a column of one chunk may have a shorter one (the
	 * columns of a few claims, a delta's, take what they hold).
	 */
	private final Object[] chunks;

	private Column(Class<?> type, Object[] chunks) {
		this.type = type;
		this.chunks = chunks;
	}

	/** A column of {@code type} with room for at least {@code capacity} entries, all zero. */
	static Column of(Class<?> type, int capacity) {
		Object[] chunks = new Object[chunksFor(capacity)];
		for (int k = 0; k < chunks.length; k++) {
			chunks[k] = Array.newInstance(type, chunkSize(chunks.length, capacity));
		}
		return new Column(type, chunks);
	}

	/** The entries of each chunk of a column of {@code chunks} chunks with room for {@code capacity}. */
	private static int chunkSize(int chunks, int capacity) {
		return chunks == 1 ? Math.max(1, Math.min(SIZE, capacity)) : SIZE;
	}

	private static int chunksFor(int capacity) {
		return Math.max(1, (capacity + MASK) >>> SHIFT);
	}

	/** How many entries it has room for. */
	int capacity() {
		return this.chunks.length == 1 ? Array.getLength(this.chunks[0]) : this.chunks.length << SHIFT;
	}

	byte getByte(int i) {
		return ((byte[]) this.chunks[i >>> SHIFT])[i & MASK];
	}

	int getInt(int i) {
		return ((int[]) this.chunks[i >>> SHIFT])[i & MASK];
	}

	double getDouble(int i) {
		return ((double[]) this.chunks[i >>> SHIFT])[i & MASK];
	}

	void set(int i, byte value) {
		((byte[]) this.chunks[i >>> SHIFT])[i & MASK] = value;
	}

	void set(int i, int value) {
		((int[]) this.chunks[i >>> SHIFT])[i & MASK] = value;
	}

	void set(int i, double value) {
		((double[]) this.chunks[i >>> SHIFT])[i & MASK] = value;
	}

	/**
	 * A column with room for {@code capacity} entries holding these entries below {@code count}: the chunks wholly
	 * below {@code count} are shared (no one writes there again), the one {@code count} falls in is copied (this
	 * column's holders may still write after {@code count}), the rest are new.
	 */
	Column grown(int capacity, int count) {
		int size = Math.max(capacity, count);
		Object[] next = new Object[chunksFor(size)];
		int whole = Math.min(count >>> SHIFT, this.chunks.length);
		System.arraycopy(this.chunks, 0, next, 0, whole);
		for (int k = whole; k < next.length; k++) {
			next[k] = Array.newInstance(this.type, chunkSize(next.length, size));
			if (k < this.chunks.length && k << SHIFT < count) {
				int n = Math.min(count - (k << SHIFT), Array.getLength(next[k]));
				System.arraycopy(this.chunks[k], 0, next[k], 0, n);
			}
		}
		return new Column(this.type, next);
	}

	/** Copies entries {@code start} to {@code start + n} of {@code from} to entries {@code at} onwards of this one. */
	void copy(Column from, int start, int at, int n) {
		while (n > 0) {
			int fromOffset = start & MASK;
			int toOffset = at & MASK;
			int run = Math.min(n, Math.min(SIZE - fromOffset, SIZE - toOffset));
			System.arraycopy(from.chunks[start >>> SHIFT], fromOffset, this.chunks[at >>> SHIFT], toOffset, run);
			start += run;
			at += run;
			n -= run;
		}
	}

	/**
	 * This column with entry {@code at[i]} set to entry {@code from[i]} of {@code values}: this column itself when no
	 * entry differs, else one sharing every chunk but the changed ones (copied). The few entries are compared boxed
	 * ({@link Double#equals}: {@code NaN}, "unknown", equals itself).
	 */
	Column withValues(int[] at, Column values, int[] from) {
		Object[] next = null;
		for (int i = 0; i < at.length; i++) {
			Object value = values.boxed(from[i]);
			if (Objects.equals(boxed(at[i]), value)) {
				continue;
			}
			if (next == null) {
				next = this.chunks.clone();
			}
			int k = at[i] >>> SHIFT;
			if (next[k] == this.chunks[k]) {
				next[k] = copyOf(this.chunks[k]);
			}
			System.arraycopy(values.chunks[from[i] >>> SHIFT], from[i] & MASK, next[k], at[i] & MASK, 1);
		}
		return next == null ? this : new Column(this.type, next);
	}

	private Object boxed(int i) {
		return Array.get(this.chunks[i >>> SHIFT], i & MASK);
	}

	private static Object copyOf(Object chunk) {
		int length = Array.getLength(chunk);
		Object copy = Array.newInstance(chunk.getClass().getComponentType(), length);
		System.arraycopy(chunk, 0, copy, 0, length);
		return copy;
	}

	/** Chunk {@code k} (for writing the column out; not to be changed). */
	Object chunk(int k) {
		return this.chunks[k];
	}

	/** A column of {@code type} made of these chunks, sized as {@link #chunk} says (as read from a file). */
	static Column ofChunks(Class<?> type, Object[] chunks) {
		return new Column(type, chunks);
	}

	/** The heap its chunks take, in bytes. */
	long bytes() {
		long entry = this.type == double.class ? 8 : this.type == int.class ? 4 : 1;
		return 4L * this.chunks.length + entry * capacity() + 16L * this.chunks.length;
	}

}
