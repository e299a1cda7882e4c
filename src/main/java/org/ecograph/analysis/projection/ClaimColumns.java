package org.ecograph.analysis.projection;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;

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

	Column status;

	Column confidence;

	Column validFrom;

	Column validTo;

	Column recordedOn;

	Column shareOfSource;

	Column shareOfTarget;

	Column amountUsd;

	Column flags;

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
	 * which no replaced value differs, and every chunk of the others but those of the changed values ({@link Column}: a
	 * corrected amount copies one chunk of the amounts). Nothing of these is changed.
	 */
	ClaimColumns withValues(int[] at, ClaimColumns values, int[] from) {
		ClaimColumns next = sharingArrays();
		next.status = this.status.withValues(at, values.status, from);
		next.confidence = this.confidence.withValues(at, values.confidence, from);
		next.validFrom = this.validFrom.withValues(at, values.validFrom, from);
		next.validTo = this.validTo.withValues(at, values.validTo, from);
		next.recordedOn = this.recordedOn.withValues(at, values.recordedOn, from);
		next.shareOfSource = this.shareOfSource.withValues(at, values.shareOfSource, from);
		next.shareOfTarget = this.shareOfTarget.withValues(at, values.shareOfTarget, from);
		next.amountUsd = this.amountUsd.withValues(at, values.amountUsd, from);
		next.flags = this.flags.withValues(at, values.flags, from);
		return next;
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
		this.status = grow(this.status, byte.class, capacity);
		this.flags = grow(this.flags, byte.class, capacity);
		this.confidence = grow(this.confidence, double.class, capacity);
		this.shareOfSource = grow(this.shareOfSource, double.class, capacity);
		this.shareOfTarget = grow(this.shareOfTarget, double.class, capacity);
		this.amountUsd = grow(this.amountUsd, double.class, capacity);
		this.validFrom = grow(this.validFrom, int.class, capacity);
		this.validTo = grow(this.validTo, int.class, capacity);
		this.recordedOn = grow(this.recordedOn, int.class, capacity);
		this.idOffsets = grow(this.idOffsets, capacity + 1);
	}

	/** A value column with room for {@code n} claims, holding {@code column}'s first {@link #count}. */
	private Column grow(Column column, Class<?> type, int n) {
		return column == null ? Column.of(type, n) : column.grown(n, Math.min(this.count, n));
	}

	private static int[] grow(int[] a, int n) {
		return a == null ? new int[n] : Arrays.copyOf(a, n);
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
		this.status.copy(from.status, start, at, n);
		this.confidence.copy(from.confidence, start, at, n);
		this.validFrom.copy(from.validFrom, start, at, n);
		this.validTo.copy(from.validTo, start, at, n);
		this.recordedOn.copy(from.recordedOn, start, at, n);
		this.shareOfSource.copy(from.shareOfSource, start, at, n);
		this.shareOfTarget.copy(from.shareOfTarget, start, at, n);
		this.amountUsd.copy(from.amountUsd, start, at, n);
		this.flags.copy(from.flags, start, at, n);
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
		this.status.set(c, status == null ? ClaimProjection.NO_STATUS : (byte) status.ordinal());
		this.confidence.set(c, number(confidence));
		this.validFrom.set(c, day(validFrom));
		this.validTo.set(c, day(validTo));
		this.recordedOn.set(c, day(recordedAt));
		this.shareOfSource.set(c, number(shareOfSource));
		this.shareOfTarget.set(c, number(shareOfTarget));
		this.amountUsd.set(c, number(flowAmountUsd));
		this.flags.set(c,
				(byte) ((inferred ? ClaimProjection.INFERRED : 0) | (retracted ? ClaimProjection.RETRACTED : 0)));
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
		into.status.set(n, this.status.getByte(c));
		into.confidence.set(n, this.confidence.getDouble(c));
		into.validFrom.set(n, this.validFrom.getInt(c));
		into.validTo.set(n, this.validTo.getInt(c));
		into.recordedOn.set(n, this.recordedOn.getInt(c));
		into.shareOfSource.set(n, this.shareOfSource.getDouble(c));
		into.shareOfTarget.set(n, this.shareOfTarget.getDouble(c));
		into.amountUsd.set(n, this.amountUsd.getDouble(c));
		into.flags.set(n, this.flags.getByte(c));
	}

}
