package org.ecograph.analysis.projection;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/**
 * An immutable, compact snapshot of the claim graph at one graph version, for the analysis algorithms: entities
 * interned to ints (their ids sorted, so an id is found by binary search), claims as parallel primitive arrays, and
 * the claims incident to each entity in CSR form, outgoing then incoming. About 100 bytes per claim. Claim and
 * entity details for an answer are fetched from Neo4j by id afterwards. A request holds one snapshot from start to
 * end; a refresh builds a new one beside it ({@link ProjectionHolder}).
 */
public final class ClaimProjection {

	/** The epoch day stored for an absent date. */
	static final int NO_DATE = Integer.MIN_VALUE;

	static final byte NO_STATUS = -1;

	static final byte INFERRED = 1;

	static final byte RETRACTED = 2;

	private static final RelationKind[] KINDS = RelationKind.values();

	final long version;

	/** The stamp of that version ({@link org.ecograph.model.GraphVersion}), {@code null} when unknown. */
	public final String stamp;

	public final String[] entityIds;

	public final byte[] entityKind;

	public final int claimCount;

	public final int[] src;

	public final int[] dst;

	public final byte[] kind;

	public final byte[] status;

	public final double[] confidence;

	public final int[] validFrom;

	public final int[] validTo;

	public final int[] recordedOn;

	public final double[] shareOfSource;

	public final double[] shareOfTarget;

	public final double[] amountUsd;

	public final byte[] flags;

	private final byte[] idBytes;

	private final int[] idOffsets;

	/** {@code outStart[v]..outStart[v+1]} index {@code outClaims}: the claims starting at v. */
	public final int[] outStart;

	public final int[] outClaims;

	public final int[] inStart;

	public final int[] inClaims;

	private final Map<ProjectionFilter, Double> largestAmount = new ConcurrentHashMap<>();

	/** Scratch maps for the algorithms, reused across requests ({@link NodeMarks#borrow}). */
	final java.util.Queue<NodeMarks> scratch = new java.util.concurrent.ConcurrentLinkedQueue<>();

	ClaimProjection(long version, String stamp, String[] entityIds, byte[] entityKind, Claims claims) {
		this.version = version;
		this.stamp = stamp;
		this.entityIds = entityIds;
		this.entityKind = entityKind;
		this.claimCount = claims.count;
		this.src = claims.src;
		this.dst = claims.dst;
		this.kind = claims.kind;
		this.status = claims.status;
		this.confidence = claims.confidence;
		this.validFrom = claims.validFrom;
		this.validTo = claims.validTo;
		this.recordedOn = claims.recordedOn;
		this.shareOfSource = claims.shareOfSource;
		this.shareOfTarget = claims.shareOfTarget;
		this.amountUsd = claims.amountUsd;
		this.flags = claims.flags;
		this.idBytes = claims.idBytes;
		this.idOffsets = claims.idOffsets;
		int n = entityIds.length;
		this.outStart = new int[n + 1];
		this.inStart = new int[n + 1];
		this.outClaims = new int[this.claimCount];
		this.inClaims = new int[this.claimCount];
		index(this.src, this.outStart, this.outClaims);
		index(this.dst, this.inStart, this.inClaims);
	}

	/** Counting sort of claims by one end: claims of a node stay in load order (claim id order). */
	private void index(int[] end, int[] start, int[] claims) {
		for (int c = 0; c < this.claimCount; c++) {
			start[end[c] + 1]++;
		}
		for (int v = 0; v < start.length - 1; v++) {
			start[v + 1] += start[v];
		}
		int[] next = Arrays.copyOf(start, start.length - 1);
		for (int c = 0; c < this.claimCount; c++) {
			claims[next[end[c]]++] = c;
		}
	}

	/** The version of the graph this snapshot was built from. */
	public long version() {
		return this.version;
	}

	/** The stamp of that version, {@code null} when unknown. */
	public String stamp() {
		return this.stamp;
	}

	/** The claim ids' UTF-8 bytes, claim after claim ({@link ProjectionFile}). */
	byte[] claimIdBytes() {
		return this.idBytes;
	}

	/** Where each claim's id starts in {@link #claimIdBytes}; one more entry, the end. */
	int[] claimIdOffsets() {
		return this.idOffsets;
	}

	public int entityCount() {
		return this.entityIds.length;
	}

	public int claimCount() {
		return this.claimCount;
	}

	/** The index of an entity id, or -1. */
	public int node(String entityId) {
		int i = Arrays.binarySearch(this.entityIds, entityId);
		return i < 0 ? -1 : i;
	}

	public String entityId(int node) {
		return this.entityIds[node];
	}

	public EntityKind entityKind(int node) {
		byte k = this.entityKind[node];
		return k < 0 ? null : EntityKind.values()[k];
	}

	public String claimId(int claim) {
		return new String(this.idBytes, this.idOffsets[claim], this.idOffsets[claim + 1] - this.idOffsets[claim],
				StandardCharsets.UTF_8);
	}

	public RelationKind kind(int claim) {
		return KINDS[this.kind[claim]];
	}

	static RelationKind kindOf(byte ordinal) {
		return KINDS[ordinal];
	}

	/** A hash of the claim's id, from its UTF-8 bytes, equal to {@link #idHash(String)} of the id: nothing decoded. */
	long idHash(int claim) {
		return hash(this.idBytes, this.idOffsets[claim], this.idOffsets[claim + 1]);
	}

	/** The hash {@link #idHash(int)} gives a claim with this id. */
	static long idHash(String id) {
		byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
		return hash(bytes, 0, bytes.length);
	}

	/** FNV-1a, 64 bits. */
	private static long hash(byte[] bytes, int from, int to) {
		long h = 0xcbf29ce484222325L;
		for (int i = from; i < to; i++) {
			h = (h ^ (bytes[i] & 0xff)) * 0x100000001b3L;
		}
		return h;
	}

	/** The other end of {@code claim} from {@code node}. */
	public int otherEnd(int claim, int node) {
		return this.src[claim] == node ? this.dst[claim] : this.src[claim];
	}

	/** Whether the claim passes the filter: kinds, statuses, confidence, validity, record date, inferred, retracted. */
	public boolean passes(int c, ProjectionFilter f) {
		if ((f.kindMask() & (1 << this.kind[c])) == 0) {
			return false;
		}
		if (f.statusMask() != ProjectionFilter.ALL && (this.status[c] < 0 || (f.statusMask() & (1 << this.status[c])) == 0)) {
			return false;
		}
		if (!Double.isNaN(f.minConfidence()) && !(this.confidence[c] >= f.minConfidence())) {
			return false;
		}
		if (f.asOf() != NO_DATE && ((this.validFrom[c] != NO_DATE && this.validFrom[c] > f.asOf())
				|| (this.validTo[c] != NO_DATE && this.validTo[c] < f.asOf()))) {
			return false;
		}
		if (f.knownOn() != NO_DATE && this.recordedOn[c] != NO_DATE && this.recordedOn[c] > f.knownOn()) {
			return false;
		}
		if (!f.includeInferred() && (this.flags[c] & INFERRED) != 0) {
			return false;
		}
		return f.includeRetracted() || (this.flags[c] & RETRACTED) == 0;
	}

	/** The largest flow amount among the claims passing {@code filter}, {@code null} when none has one; cached. */
	public Double largestAmount(ProjectionFilter filter) {
		double largest = this.largestAmount.computeIfAbsent(filter, f -> {
			double max = Double.NaN;
			for (int c = 0; c < this.claimCount; c++) {
				if (!Double.isNaN(this.amountUsd[c]) && passes(c, f) && !(this.amountUsd[c] <= max)) {
					max = this.amountUsd[c];
				}
			}
			return max;
		});
		return Double.isNaN(largest) ? null : largest;
	}

	/**
	 * The step weight of every claim under {@code filter} (its largest flow amount scales amounts), by claim index, and
	 * -1 for a claim that does not pass the filter (or joins an entity to itself), so one read answers both; the
	 * arrays of the two filters asked for last are kept, so the common questions pay no logarithm and no filter test
	 * per step.
	 */
	public double[] weights(ProjectionFilter filter) {
		synchronized (this.weightCache) {
			double[] cached = this.weightCache.get(filter);
			if (cached != null) {
				return cached;
			}
		}
		StepWeights weights = new StepWeights(largestAmount(filter));
		double[] computed = new double[this.claimCount];
		for (int c = 0; c < this.claimCount; c++) {
			computed[c] = passes(c, filter) && this.src[c] != this.dst[c] ? weights.weight(this, c) : -1;
		}
		synchronized (this.weightCache) {
			this.weightCache.put(filter, computed);
		}
		return computed;
	}

	private final Map<ProjectionFilter, double[]> weightCache = new java.util.LinkedHashMap<>(4, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<ProjectionFilter, double[]> eldest) {
			return size() > 2;
		}

	};

	/** Growable claim columns, filled by {@link ProjectionLoader}. */
	static final class Claims {

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

		Claims(int capacity) {
			allocate(Math.max(16, capacity));
			this.idBytes = new byte[Math.max(256, capacity * 16)];
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

		/** Trims every column to the number of claims. */
		Claims trimmed() {
			allocate(this.count);
			this.idBytes = Arrays.copyOf(this.idBytes, this.idLength);
			return this;
		}

	}

}
