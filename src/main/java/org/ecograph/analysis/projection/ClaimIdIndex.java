package org.ecograph.analysis.projection;

import java.util.Arrays;

/**
 * Where each claim id is in the arrays of a {@link ClaimColumns} family (the columns of successive snapshots appended
 * to in place): open addressing over the claims' indexes, probed linearly from a hash of the id's UTF-8 bytes, so a
 * delta finds a touched claim by its id in a few probes instead of a pass over every claim. Made when first asked
 * (one pass over the ids), then kept up to date with the claims appended, at 4 bytes a slot and at most three
 * quarters full. The columns of an older snapshot in the family ask with their own count: a claim appended after it
 * is not theirs and is not found. Not thread-safe: its family's {@code Shared} guards it.
 */
final class ClaimIdIndex {

	private static final int EMPTY = -1;

	private int[] slots;

	/** The claims indexed: {@code 0} to {@code covered - 1}. */
	private int covered;

	private ClaimIdIndex(int[] slots, int covered) {
		this.slots = slots;
		this.covered = covered;
	}

	/** An empty index with room for {@code claims} claims. */
	static ClaimIdIndex forClaims(int claims) {
		int[] slots = new int[capacityFor(claims)];
		Arrays.fill(slots, EMPTY);
		return new ClaimIdIndex(slots, 0);
	}

	/** How many claims it indexes: {@code 0} to {@code covered() - 1}. */
	int covered() {
		return this.covered;
	}

	/** A copy, for columns that keep these claims at the same indexes in new arrays. */
	ClaimIdIndex copy() {
		return new ClaimIdIndex(this.slots.clone(), this.covered);
	}

	/** The index of the claim with this id (UTF-8) among claims 0 to {@code count - 1} of {@code ids}, or -1. */
	int find(ClaimColumns ids, int count, byte[] id) {
		cover(ids, count);
		int mask = this.slots.length - 1;
		for (int s = slot(ClaimColumns.hash(id, 0, id.length), mask);; s = (s + 1) & mask) {
			int c = this.slots[s];
			if (c == EMPTY) {
				return -1;
			}
			if (c < count && ids.idEquals(c, id)) {
				return c;
			}
		}
	}

	/** Indexes claims {@code covered} to {@code count - 1} of {@code ids}, growing the table when it fills. */
	private void cover(ClaimColumns ids, int count) {
		if (count <= this.covered) {
			return;
		}
		if (capacityFor(count) > this.slots.length) {
			int[] old = this.slots;
			this.slots = new int[capacityFor(count)];
			Arrays.fill(this.slots, EMPTY);
			for (int c : old) {
				if (c != EMPTY) {
					put(ids, c);
				}
			}
		}
		for (int c = this.covered; c < count; c++) {
			put(ids, c);
		}
		this.covered = count;
	}

	private void put(ClaimColumns ids, int c) {
		int mask = this.slots.length - 1;
		int s = slot(ids.idHash(c), mask);
		while (this.slots[s] != EMPTY) {
			s = (s + 1) & mask;
		}
		this.slots[s] = c;
	}

	/** Fibonacci hashing of the id's 64-bit hash into a slot. */
	private static int slot(long hash, int mask) {
		return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 33) & mask;
	}

	/** The power of two at least 4/3 of the claims (and at least 16). */
	private static int capacityFor(int claims) {
		long wanted = Math.max(16, claims + (long) claims / 3 + 1);
		if (wanted > 1 << 30) {
			throw new IllegalStateException("too many claims for one index: " + claims);
		}
		return Integer.highestOneBit((int) wanted - 1) << 1;
	}

}
