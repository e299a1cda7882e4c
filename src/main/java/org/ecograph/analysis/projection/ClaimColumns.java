package org.ecograph.analysis.projection;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Objects;

import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

/**
 * The claims of a {@link ClaimProjection} as growable parallel columns, one entry per claim: what the loader, the
 * delta and the snapshot file fill, and what a projection is made of. Mutable, and only for the code of this package
 * that builds or stores projections; a projection never changes once made.
 */
final class ClaimColumns {

	int count;

	int[] src;

	int[] dst;

	byte[] kind;

	byte[] status;

	double[] confidence;

	int[] validFrom;

	int[] validTo;

	int[] recordedOn;

	double[] shareOfSource;

	double[] shareOfTarget;

	double[] amountUsd;

	byte[] flags;

	byte[] idBytes;

	int[] idOffsets;

	private int idLength;

	/** What the columns appended to in place share with the columns they were made from ({@link #withAppended}). */
	private Shared shared = new Shared();

	ClaimColumns(int capacity) {
		allocate(Math.max(16, capacity));
		this.idBytes = new byte[Math.max(256, capacity * 16)];
	}

	/** Room for exactly {@code capacity} claims with ids of {@code idCapacity} bytes in all: nothing to trim. */
	ClaimColumns(int capacity, int idCapacity) {
		allocate(capacity);
		this.idBytes = new byte[idCapacity];
	}

	private ClaimColumns() {
	}

	/**
	 * These claims with claim {@code at[i]}'s values (all but its id, ends and kind) replaced by those of claim
	 * {@code from[i]} of {@code values}: the ends, kinds and ids are shared with these, and so is every value column in
	 * which no replaced value differs (a corrected amount copies the amounts only). Nothing of these is changed.
	 */
	ClaimColumns withValues(int[] at, ClaimColumns values, int[] from) {
		ClaimColumns next = sharingArrays();
		next.status = withValues(this.status, values.status, at, from);
		next.confidence = withValues(this.confidence, values.confidence, at, from);
		next.validFrom = withValues(this.validFrom, values.validFrom, at, from);
		next.validTo = withValues(this.validTo, values.validTo, at, from);
		next.recordedOn = withValues(this.recordedOn, values.recordedOn, at, from);
		next.shareOfSource = withValues(this.shareOfSource, values.shareOfSource, at, from);
		next.shareOfTarget = withValues(this.shareOfTarget, values.shareOfTarget, at, from);
		next.amountUsd = withValues(this.amountUsd, values.amountUsd, at, from);
		next.flags = withValues(this.flags, values.flags, at, from);
		return next;
	}

	/**
	 * {@code column} (an array of any primitive type) with entry {@code at[i]} set to {@code values[from[i]]}: the
	 * column itself when no entry differs (never written: older snapshots' readers read it), else a copy. The few
	 * entries are compared boxed ({@link Double#equals}: {@code NaN}, "unknown", equals itself).
	 */
	private static <A> A withValues(A column, A values, int[] at, int[] from) {
		int i = 0;
		while (i < at.length && Objects.equals(Array.get(column, at[i]), Array.get(values, from[i]))) {
			i++;
		}
		if (i == at.length) {
			return column;
		}
		int length = Array.getLength(column);
		@SuppressWarnings("unchecked")
		A copy = (A) Array.newInstance(column.getClass().getComponentType(), length);
		System.arraycopy(column, 0, copy, 0, length);
		for (i = 0; i < at.length; i++) {
			System.arraycopy(values, from[i], copy, at[i], 1);
		}
		return copy;
	}

	/**
	 * These claims followed by claims {@code added[i]} of {@code from}, with ends {@code src[i]} and {@code dst[i]}.
	 * In place when there is room and these are the latest columns of their arrays: the new claims are written after
	 * this count, where no snapshot of these arrays reads, and nothing else is copied. Otherwise in new arrays with
	 * room for a sixteenth more claims (at least 1,024), so that a stream of steward writes copies the graph once per
	 * sixteenth of it, not once per write. Nothing these columns show changes either way.
	 */
	ClaimColumns withAppended(ClaimColumns from, int[] added, int[] src, int[] dst) {
		int idEnd = this.idOffsets[this.count];
		int idAdded = 0;
		for (int a : added) {
			idAdded += from.idBytes(a, a + 1);
		}
		int claims = this.count + added.length;
		ClaimColumns next;
		if (claims <= this.src.length && idEnd + idAdded <= this.idBytes.length
				&& this.shared.append(this.count, claims)) {
			next = sharingArrays();
		}
		else {
			next = new ClaimColumns(claims + Math.max(1024, claims / 16),
					idEnd + idAdded + Math.max(16 * 1024, (idEnd + idAdded) / 16));
			next.addRange(this, 0, this.count);
			next.shared.index = this.shared.indexCopy(this.count);
		}
		for (int i = 0; i < added.length; i++) {
			next.addCopy(from, added[i], src[i], dst[i]);
		}
		return next;
	}

	/** New columns of these claims sharing every array, and what the arrays share. */
	private ClaimColumns sharingArrays() {
		ClaimColumns next = new ClaimColumns();
		next.count = this.count;
		next.src = this.src;
		next.dst = this.dst;
		next.kind = this.kind;
		next.status = this.status;
		next.confidence = this.confidence;
		next.validFrom = this.validFrom;
		next.validTo = this.validTo;
		next.recordedOn = this.recordedOn;
		next.shareOfSource = this.shareOfSource;
		next.shareOfTarget = this.shareOfTarget;
		next.amountUsd = this.amountUsd;
		next.flags = this.flags;
		next.idBytes = this.idBytes;
		next.idOffsets = this.idOffsets;
		next.idLength = this.idOffsets[this.count];
		next.shared = this.shared;
		return next;
	}

	/**
	 * The index of the claim with this id (its UTF-8 bytes), or -1: from an index of the ids shared with the columns
	 * appended to these in place, made when first asked (one pass over the ids) and kept up to date after.
	 */
	int indexOf(byte[] id) {
		return this.shared.indexOf(this, id);
	}

	/**
	 * What columns appended to in place share: how many claims their arrays hold (only columns of that count may
	 * append again: the latest snapshot's), and the index of their ids once made.
	 */
	private static final class Shared {

		/** How many claims the arrays hold; -1 until the first append (then the count of every holder). */
		private int filled = -1;

		private ClaimIdIndex index;

		/** Takes the room after {@code count} up to {@code next} if the columns of {@code count} are the latest. */
		synchronized boolean append(int count, int next) {
			if (this.filled >= 0 && this.filled != count) {
				return false;
			}
			this.filled = next;
			return true;
		}

		synchronized int indexOf(ClaimColumns columns, byte[] id) {
			if (this.index == null) {
				this.index = ClaimIdIndex.forClaims(columns.count);
			}
			return this.index.find(columns, columns.count, id);
		}

		/**
		 * The index for new arrays holding the first {@code count} claims at the same indexes; {@code null} (made
		 * afresh when asked) if there is none, or if it holds claims after those, which the new arrays do not have.
		 */
		synchronized ClaimIdIndex indexCopy(int count) {
			return this.index == null || this.index.covered() > count ? null : this.index.copy();
		}

	}

	private void allocate(int capacity) {
		this.src = grow(this.src, capacity);
		this.dst = grow(this.dst, capacity);
		this.kind = this.kind == null ? new byte[capacity] : Arrays.copyOf(this.kind, capacity);
		this.status = this.status == null ? new byte[capacity] : Arrays.copyOf(this.status, capacity);
		this.flags = this.flags == null ? new byte[capacity] : Arrays.copyOf(this.flags, capacity);
		this.confidence = grow(this.confidence, capacity);
		this.shareOfSource = grow(this.shareOfSource, capacity);
		this.shareOfTarget = grow(this.shareOfTarget, capacity);
		this.amountUsd = grow(this.amountUsd, capacity);
		this.validFrom = grow(this.validFrom, capacity);
		this.validTo = grow(this.validTo, capacity);
		this.recordedOn = grow(this.recordedOn, capacity);
		this.idOffsets = grow(this.idOffsets, capacity + 1);
	}

	private static int[] grow(int[] a, int n) {
		return a == null ? new int[n] : Arrays.copyOf(a, n);
	}

	private static double[] grow(double[] a, int n) {
		return a == null ? new double[n] : Arrays.copyOf(a, n);
	}

	/** Appends a claim; returns its index. */
	int add(String id, int from, int to, RelationKind relationKind) {
		if (this.count == this.src.length) {
			allocate(this.src.length * 2);
		}
		byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
		if (this.idLength + bytes.length > this.idBytes.length) {
			this.idBytes = Arrays.copyOf(this.idBytes, Math.max(this.idBytes.length * 2, this.idLength + bytes.length));
		}
		System.arraycopy(bytes, 0, this.idBytes, this.idLength, bytes.length);
		this.idOffsets[this.count] = this.idLength;
		this.idLength += bytes.length;
		this.idOffsets[this.count + 1] = this.idLength;
		int c = this.count++;
		this.src[c] = from;
		this.dst[c] = to;
		this.kind[c] = (byte) relationKind.ordinal();
		return c;
	}

	/** Appends claim {@code c} of {@code from} (its id, kind and values) with these ends; returns its index. */
	int addCopy(ClaimColumns from, int c, int source, int target) {
		if (this.count == this.src.length) {
			allocate(this.src.length * 2);
		}
		int start = from.idOffsets[c];
		int length = from.idOffsets[c + 1] - start;
		if (this.idLength + length > this.idBytes.length) {
			this.idBytes = Arrays.copyOf(this.idBytes, Math.max(this.idBytes.length * 2, this.idLength + length));
		}
		System.arraycopy(from.idBytes, start, this.idBytes, this.idLength, length);
		this.idOffsets[this.count] = this.idLength;
		this.idLength += length;
		this.idOffsets[this.count + 1] = this.idLength;
		int n = this.count++;
		this.src[n] = source;
		this.dst[n] = target;
		this.kind[n] = from.kind[c];
		from.copyValues(c, this, n);
		return n;
	}

	/**
	 * Appends claims {@code start} (inclusive) to {@code end} (exclusive) of {@code from}, ends, ids and values as they
	 * are there: a delta that renumbered no entity copies the claims it keeps as a few such runs, one array copy a
	 * column each, instead of claim by claim.
	 */
	void addRange(ClaimColumns from, int start, int end) {
		int n = end - start;
		if (n <= 0) {
			return;
		}
		if (this.count + n > this.src.length) {
			allocate(Math.max(this.src.length * 2, this.count + n));
		}
		int at = this.count;
		System.arraycopy(from.src, start, this.src, at, n);
		System.arraycopy(from.dst, start, this.dst, at, n);
		System.arraycopy(from.kind, start, this.kind, at, n);
		System.arraycopy(from.status, start, this.status, at, n);
		System.arraycopy(from.confidence, start, this.confidence, at, n);
		System.arraycopy(from.validFrom, start, this.validFrom, at, n);
		System.arraycopy(from.validTo, start, this.validTo, at, n);
		System.arraycopy(from.recordedOn, start, this.recordedOn, at, n);
		System.arraycopy(from.shareOfSource, start, this.shareOfSource, at, n);
		System.arraycopy(from.shareOfTarget, start, this.shareOfTarget, at, n);
		System.arraycopy(from.amountUsd, start, this.amountUsd, at, n);
		System.arraycopy(from.flags, start, this.flags, at, n);
		int idStart = from.idOffsets[start];
		int idEnd = from.idOffsets[end];
		if (this.idLength + idEnd - idStart > this.idBytes.length) {
			this.idBytes = Arrays.copyOf(this.idBytes,
					Math.max(this.idBytes.length * 2, this.idLength + idEnd - idStart));
		}
		System.arraycopy(from.idBytes, idStart, this.idBytes, this.idLength, idEnd - idStart);
		int shift = this.idLength - idStart;
		for (int i = 1; i <= n; i++) {
			this.idOffsets[at + i] = from.idOffsets[start + i] + shift;
		}
		this.idLength += idEnd - idStart;
		this.count += n;
	}

	/** A hash of claim {@code c}'s id, equal to {@link #hash} of its UTF-8 bytes: nothing decoded. */
	long idHash(int c) {
		return hash(this.idBytes, this.idOffsets[c], this.idOffsets[c + 1]);
	}

	/** FNV-1a, 64 bits, of {@code bytes[from, to)}. */
	static long hash(byte[] bytes, int from, int to) {
		long h = 0xcbf29ce484222325L;
		for (int i = from; i < to; i++) {
			h = (h ^ (bytes[i] & 0xff)) * 0x100000001b3L;
		}
		return h;
	}

	/** Whether claim {@code c}'s id is exactly these UTF-8 bytes. */
	boolean idEquals(int c, byte[] id) {
		return Arrays.equals(this.idBytes, this.idOffsets[c], this.idOffsets[c + 1], id, 0, id.length);
	}

	/** Appends a claim as read from the database, with these ends; returns its index. */
	int add(Claim claim, int from, int to) {
		int c = add(claim.id(), from, to, claim.kind());
		set(c, claim.status(), claim.confidence(), claim.validFrom(), claim.validTo(),
				claim.properties().get(ClaimFilter.RECORDED_AT), claim.shareOfSource(), claim.shareOfTarget(),
				claim.flowAmountUsd(), claim.inferred(), claim.properties().get(ClaimFilter.RETRACTED_AT) != null);
		return c;
	}

	/**
	 * Sets claim {@code c}'s values as stored, absent ones {@code null}: the one place where a claim's properties
	 * become column values ({@code NaN}, {@link ClaimProjection#NO_DATE} and {@link ClaimProjection#NO_STATUS} for
	 * absent ones).
	 * @param validFrom a date, or a date-time whose day counts; likewise {@code validTo} and {@code recordedAt}
	 * @param flowAmountUsd the amount when it is a flow of money, else {@code null}
	 */
	void set(int c, ClaimStatus status, Double confidence, Object validFrom, Object validTo, Object recordedAt,
			Double shareOfSource, Double shareOfTarget, Double flowAmountUsd, boolean inferred, boolean retracted) {
		this.status[c] = status == null ? ClaimProjection.NO_STATUS : (byte) status.ordinal();
		this.confidence[c] = number(confidence);
		this.validFrom[c] = day(validFrom);
		this.validTo[c] = day(validTo);
		this.recordedOn[c] = day(recordedAt);
		this.shareOfSource[c] = number(shareOfSource);
		this.shareOfTarget[c] = number(shareOfTarget);
		this.amountUsd[c] = number(flowAmountUsd);
		this.flags[c] = (byte) ((inferred ? ClaimProjection.INFERRED : 0) | (retracted ? ClaimProjection.RETRACTED : 0));
	}

	private static double number(Double value) {
		return value == null ? Double.NaN : value;
	}

	/** A date, date-time or local date-time as an epoch day; {@link ClaimProjection#NO_DATE} for anything else. */
	private static int day(Object value) {
		LocalDate date;
		if (value instanceof LocalDate d) {
			date = d;
		}
		else if (value instanceof ZonedDateTime d) {
			date = d.toLocalDate();
		}
		else if (value instanceof OffsetDateTime d) {
			date = d.toLocalDate();
		}
		else if (value instanceof LocalDateTime d) {
			date = d.toLocalDate();
		}
		else {
			return ClaimProjection.NO_DATE;
		}
		return (int) date.toEpochDay();
	}

	/** Trims every column to the number of claims. */
	ClaimColumns trimmed() {
		if (this.src.length != this.count) {
			allocate(this.count);
		}
		if (this.idBytes.length != this.idLength) {
			this.idBytes = Arrays.copyOf(this.idBytes, this.idLength);
		}
		return this;
	}

	/** The bytes of the ids of claims {@code from} (inclusive) to {@code to} (exclusive). */
	int idBytes(int from, int to) {
		return this.idOffsets[to] - this.idOffsets[from];
	}

	/** The id of claim {@code c}. */
	/** Claim {@code c}'s id against the UTF-8 bytes {@code other[from, to)}, compared unsigned (code point order). */
	int compareIds(int c, byte[] other, int from, int to) {
		return Arrays.compareUnsigned(this.idBytes, this.idOffsets[c], this.idOffsets[c + 1], other, from, to);
	}

	String id(int c) {
		return new String(this.idBytes, this.idOffsets[c], this.idOffsets[c + 1] - this.idOffsets[c],
				StandardCharsets.UTF_8);
	}

	/** Copies claim {@code c}'s values (all but its id, ends and kind) to claim {@code n} of {@code into}. */
	private void copyValues(int c, ClaimColumns into, int n) {
		into.status[n] = this.status[c];
		into.confidence[n] = this.confidence[c];
		into.validFrom[n] = this.validFrom[c];
		into.validTo[n] = this.validTo[c];
		into.recordedOn[n] = this.recordedOn[c];
		into.shareOfSource[n] = this.shareOfSource[c];
		into.shareOfTarget[n] = this.shareOfTarget[c];
		into.amountUsd[n] = this.amountUsd[c];
		into.flags[n] = this.flags[c];
	}

}
