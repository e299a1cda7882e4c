package org.ecograph.analysis.projection;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;

import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/**
 * An immutable, compact snapshot of the claim graph at one graph version, for the analysis algorithms: entities
 * interned to ints (their ids sorted, so an id is found by binary search and node order is id order), claims as
 * parallel primitive columns, and the claims incident to each entity in CSR form, outgoing and incoming. About 100
 * bytes per claim. Claim and entity details for an answer are fetched from Neo4j by id afterwards. A request holds
 * one snapshot from start to end; a refresh builds a new one beside it ({@link ProjectionHolder}).
 * <p>
 * The columns are private; algorithms read them through small final accessors ({@link #src}, {@link #dst},
 * {@link #shareOfSource}, ...) and walk a node's claims through its {@link Incidence} in either direction
 * ({@link #outgoing()}, {@link #incoming()}), which the JIT inlines to the array reads they replace. Code off the hot
 * paths walks them with {@link #forEachIncident}.
 */
public class ClaimProjection {

	/** The epoch day stored for an absent date. */
	static final int NO_DATE = Integer.MIN_VALUE;

	static final byte NO_STATUS = -1;

	static final byte INFERRED = 1;

	static final byte RETRACTED = 2;

	private static final RelationKind[] KINDS = RelationKind.values();

	private static final EntityKind[] ENTITY_KINDS = EntityKind.values();

	private final long version;

	/** The stamp of that version ({@link org.ecograph.data.GraphVersions}), {@code null} when unknown. */
	private final String stamp;

	private final String[] entityIds;

	/**
	 * The ids that resolve to another entity (judged the same, or merged before judgements): id → canonical id. Such an
	 * id is no node of its own; {@link #node} finds its canonical one, and its claims were read onto it.
	 */
	private final Map<String, String> canonicalIds;

	/** The ids of judged clusters: the resolved ids and the canonical ids they resolve to. */
	private final Set<String> judgedIds;

	private final byte[] entityKind;

	/** The entities' names and aliases, in node order ({@link NameColumn#NONE} when built without them). */
	private final NameColumn names;

	/** The claim columns, as made; the arrays and columns below are theirs. */
	private final ClaimColumns columns;

	private final int claimCount;

	private final int[] src;

	private final int[] dst;

	private final byte[] kind;

	private final Column status;

	private final Column confidence;

	private final Column validFrom;

	private final Column validTo;

	private final Column recordedOn;

	private final Column shareOfSource;

	private final Column shareOfTarget;

	private final Column amountUsd;

	private final Column flags;

	private final Incidence outgoing;

	private final Incidence incoming;

	private final Map<ProjectionFilter, Double> largestAmount = new ConcurrentHashMap<>();

	/** {@link #largestAmountHolders} per filter, once asked (by a scenario's overlay). */
	private final Map<ProjectionFilter, int[]> largestAmountHolders = new ConcurrentHashMap<>();

	/** The step weights of the two filters asked for last ({@link #weights}). */
	private final Map<ProjectionFilter, ClaimWeights> weightCache = new LinkedHashMap<>(4, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<ProjectionFilter, ClaimWeights> eldest) {
			return size() > 2;
		}

	};

	/** {@link #estimatedBytes()} once computed, -1 before. */
	private volatile long estimatedBytes = -1;

	/**
	 * Every entity node of this version as the catalog lists it, once made ({@link ProjectionLoader} makes it with a
	 * build or an update; a snapshot read back from a file gets it later, {@link ProjectionHolder}); {@code null}
	 * before.
	 */
	private volatile NameListing listing;

	/**
	 * Scratch maps for the algorithms, reused across requests ({@link NodeMarks#borrow}), and across the snapshots of a
	 * stream of writes that keep the entities: a new version does not allocate maps of the graph's size again.
	 */
	private final Queue<NodeMarks> scratch;

	ClaimProjection(long version, String stamp, String[] entityIds, byte[] entityKind, ClaimColumns claims) {
		this(version, stamp, entityIds, entityKind, NameColumn.NONE, claims);
	}

	ClaimProjection(long version, String stamp, String[] entityIds, byte[] entityKind, NameColumn names,
			ClaimColumns claims) {
		this(version, stamp, entityIds, Map.of(), entityKind, names, claims);
	}

	ClaimProjection(long version, String stamp, String[] entityIds, Map<String, String> canonicalIds,
			byte[] entityKind, NameColumn names, ClaimColumns claims) {
		this(version, stamp, entityIds, canonicalIds, entityKind, names, claims, null, null, null);
	}

	/** The same, taking over {@code same}'s scratch maps: a snapshot of the same entities (the same node indexes). */
	ClaimProjection(long version, String stamp, ClaimProjection same, byte[] entityKind, NameColumn names,
			ClaimColumns claims) {
		this(version, stamp, same.entityIds, same.canonicalIds, entityKind, names, claims, null, null, same.scratch);
	}

	/**
	 * The next snapshot of a delta that kept this one's entities and claims and changed only values of claims (their
	 * ends, kinds and ids unchanged): {@code claims} shares this snapshot's ends, kinds and ids, so its incidence is
	 * this one's, not sorted again.
	 */
	ClaimProjection withValues(long nextVersion, String nextStamp, byte[] nextKinds, NameColumn nextNames,
			ClaimColumns claims) {
		if (claims.src != this.src || claims.dst != this.dst || claims.count != this.claimCount) {
			throw new IllegalArgumentException("the claims' ends are not this snapshot's");
		}
		return new ClaimProjection(nextVersion, nextStamp, this.entityIds, this.canonicalIds, nextKinds, nextNames,
				claims, this.outgoing, this.incoming, this.scratch);
	}

	/**
	 * The next snapshot of a delta that kept this one's entities and claims and added claims after them: {@code
	 * claims} holds this snapshot's claims first, then the new ones, so its incidence is this one's with each new claim
	 * at the end of its nodes' lists, copied in runs, not sorted again.
	 */
	ClaimProjection withAppended(long nextVersion, String nextStamp, byte[] nextKinds, NameColumn nextNames,
			ClaimColumns claims) {
		int nodes = this.entityIds.length;
		return new ClaimProjection(nextVersion, nextStamp, this.entityIds, this.canonicalIds, nextKinds, nextNames,
				claims, Incidence.appended(this.outgoing, claims.src, claims.dst, this.claimCount, claims.count, nodes),
				Incidence.appended(this.incoming, claims.dst, claims.src, this.claimCount, claims.count, nodes),
				this.scratch);
	}

	private ClaimProjection(long version, String stamp, String[] entityIds, Map<String, String> canonicalIds,
			byte[] entityKind, NameColumn names, ClaimColumns claims, Incidence outgoing, Incidence incoming,
			Queue<NodeMarks> scratch) {
		this.scratch = scratch != null ? scratch : new ConcurrentLinkedQueue<>();
		this.version = version;
		this.stamp = stamp;
		this.entityIds = entityIds;
		this.canonicalIds = Map.copyOf(canonicalIds);
		this.judgedIds = judgedIds(this.canonicalIds);
		this.entityKind = entityKind;
		this.names = names;
		this.columns = claims;
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
		int nodes = entityIds.length;
		this.outgoing = outgoing != null ? outgoing : Incidence.of(this.src, this.dst, nodes, this.claimCount);
		this.incoming = incoming != null ? incoming : Incidence.of(this.dst, this.src, nodes, this.claimCount);
	}

	/**
	 * A view sharing every array of {@code base}, nothing copied: the seam of a scenario's copy-on-write overlay
	 * ({@link OverlaidProjection}), which overrides the accessors it changes.
	 */
	ClaimProjection(ClaimProjection base) {
		this(base, base.canonicalIds);
	}

	/** {@code base} with these resolved ids (a snapshot read back from a file, which does not keep them). */
	ClaimProjection(ClaimProjection base, Map<String, String> canonicalIds) {
		this.version = base.version;
		this.stamp = base.stamp;
		this.entityIds = base.entityIds;
		this.canonicalIds = Map.copyOf(canonicalIds);
		this.judgedIds = canonicalIds.equals(base.canonicalIds) ? base.judgedIds : judgedIds(this.canonicalIds);
		this.scratch = base.scratch;
		this.entityKind = base.entityKind;
		this.names = base.names;
		this.columns = base.columns;
		this.claimCount = base.claimCount;
		this.src = base.src;
		this.dst = base.dst;
		this.kind = base.kind;
		this.status = base.status;
		this.confidence = base.confidence;
		this.validFrom = base.validFrom;
		this.validTo = base.validTo;
		this.recordedOn = base.recordedOn;
		this.shareOfSource = base.shareOfSource;
		this.shareOfTarget = base.shareOfTarget;
		this.amountUsd = base.amountUsd;
		this.flags = base.flags;
		this.outgoing = base.outgoing;
		this.incoming = base.incoming;
	}

	/**
	 * Whether the entity is in this graph: always, but for an entity a scenario removes ({@link OverlaidProjection});
	 * such a node keeps its index and has no walkable claim, and an algorithm that counts nodes skips it.
	 */
	public boolean present(int node) {
		return true;
	}

	/** How many entities are {@link #present}. */
	public int presentCount() {
		return entityCount();
	}

	/**
	 * The {@link #present} nodes in the order of their ids (the order a projection loaded with exactly them numbers
	 * them), or {@code null} when that is every node in index order, as in every snapshot; a scenario that removes or
	 * adds entities ({@link OverlaidProjection}) gives it.
	 */
	public int[] presentInIdOrder() {
		return null;
	}

	/**
	 * Sorts nodes into the order of their ids: their index order in a snapshot, whose nodes are numbered by id; an
	 * overlay that adds entities ({@link OverlaidProjection}) numbers those after the others and sorts by id.
	 */
	public void sortInIdOrder(int[] nodes) {
		Arrays.sort(nodes);
	}

	/** The version of the graph this snapshot was built from. */
	public long version() {
		return this.version;
	}

	/** The stamp of that version, {@code null} when unknown. */
	String stamp() {
		return this.stamp;
	}

	/** The claim columns this snapshot was made of, for the code that stores or patches it; never to be changed. */
	ClaimColumns columns() {
		return this.columns;
	}

	/** The entities' names, for the code that stores or patches this snapshot. */
	NameColumn names() {
		return this.names;
	}

	/** The entity ids in node order, for the code that patches this snapshot; never to be changed. */
	String[] entityIds() {
		return this.entityIds;
	}

	/** The entities' kind ordinals in node order, for the code that patches this snapshot; never to be changed. */
	byte[] entityKinds() {
		return this.entityKind;
	}

	/** Whether this snapshot holds its entities' names and aliases ({@link #entityName}, {@link #entityAliases}). */
	public boolean namesKnown() {
		return this.names.known();
	}

	/** The name of entity {@code node}, {@code null} when it has none; only when {@link #namesKnown()}. */
	public String entityName(int node) {
		return this.names.name(node);
	}

	/** The aliases of entity {@code node}, empty when it has none; only when {@link #namesKnown()}. */
	public List<String> entityAliases(int node) {
		return this.names.aliases(node);
	}

	/** The catalog's listing of this version's entities, {@code null} while not made ({@link #attach}). */
	NameListing listing() {
		return this.listing;
	}

	/** Gives this snapshot the listing of its version's entities; the first one given stays. */
	void attach(NameListing made) {
		synchronized (this) {
			if (this.listing == null) {
				this.listing = made;
				this.estimatedBytes = -1;
			}
		}
	}

	public int entityCount() {
		return this.entityIds.length;
	}

	public int claimCount() {
		return this.claimCount;
	}

	/**
	 * An estimate of the heap this snapshot holds, in bytes: its arrays as allocated (columns keep some room to grow)
	 * and the entity id strings at 40 bytes each plus one a character, and the catalog's listing once made; the
	 * per-request caches are left out. For a metric, computed once per snapshot and again once the listing is made.
	 */
	public long estimatedBytes() {
		long bytes = this.estimatedBytes;
		if (bytes < 0) {
			bytes = estimateBytes();
			this.estimatedBytes = bytes;
		}
		return bytes;
	}

	private long estimateBytes() {
		long bytes = 16 + 4L * this.entityIds.length + this.entityKind.length;
		for (String id : this.entityIds) {
			bytes += 40 + id.length();
		}
		ClaimColumns c = this.columns;
		bytes += 4L * (c.src.length + c.dst.length + c.idOffsets.length) + c.kind.length + c.idBytes.length;
		bytes += c.status.bytes() + c.confidence.bytes() + c.validFrom.bytes() + c.validTo.bytes()
				+ c.recordedOn.bytes() + c.shareOfSource.bytes() + c.shareOfTarget.bytes() + c.amountUsd.bytes()
				+ c.flags.bytes();
		bytes += this.outgoing.bytes() + this.incoming.bytes() + 4L * (this.src.length + this.dst.length);
		NameListing listed = this.listing;
		return bytes + (listed == null ? 0 : listed.sizeInBytes());
	}

	/** The index of an entity id, or of the canonical entity it resolves to (judged the same), or -1. */
	public int node(String entityId) {
		return rawNode(this.canonicalIds.getOrDefault(entityId, entityId));
	}

	/** The index of the node with exactly this id, -1 when none (a resolved id has none). */
	int rawNode(String entityId) {
		int i = Arrays.binarySearch(this.entityIds, entityId);
		return i < 0 ? -1 : i;
	}

	/** The ids that resolve to another entity: id → canonical id. */
	Map<String, String> canonicalIds() {
		return this.canonicalIds;
	}

	/**
	 * Whether the id is in a judged cluster: resolved to another entity, or the canonical entity others resolve to. The
	 * snapshot holds such a cluster's claims on its canonical node; the store keeps each on its own node.
	 */
	public boolean judged(String entityId) {
		return this.judgedIds.contains(entityId);
	}

	private static Set<String> judgedIds(Map<String, String> canonicalIds) {
		Set<String> ids = new HashSet<>(canonicalIds.keySet());
		ids.addAll(canonicalIds.values());
		return Set.copyOf(ids);
	}

	public String entityId(int node) {
		return this.entityIds[node];
	}

	/** The entity's kind, {@code null} when it has none. */
	public EntityKind entityKind(int node) {
		byte k = this.entityKind[node];
		return k < 0 ? null : ENTITY_KINDS[k];
	}

	/** The ordinal of the entity's kind, -1 for none. */
	byte entityKindOrdinal(int node) {
		return this.entityKind[node];
	}

	public String claimId(int claim) {
		return this.columns.id(claim);
	}

	/**
	 * The order of two claims' ids by their UTF-8 bytes, unsigned (nothing decoded): code point order, which is
	 * Cypher's for claim ids (ASCII slugs, {@code Ids.CLAIM_ID}), and for an ASCII id against any string.
	 */
	int compareIds(int a, int b) {
		return this.columns.compareIds(a, this.columns.idBytes, this.columns.idOffsets[b],
				this.columns.idOffsets[b + 1]);
	}

	/** The order of a claim's id and an id given as its UTF-8 bytes, as {@link #compareIds}. */
	int compareId(int claim, byte[] id) {
		return this.columns.compareIds(claim, id, 0, id.length);
	}

	public RelationKind kind(int claim) {
		return KINDS[this.kind[claim]];
	}

	/** The claim's source entity. */
	public int src(int claim) {
		return this.src[claim];
	}

	/** The claim's target entity. */
	public int dst(int claim) {
		return this.dst[claim];
	}

	/** The other end of {@code claim} from {@code node}. */
	public int otherEnd(int claim, int node) {
		return this.src[claim] == node ? this.dst[claim] : this.src[claim];
	}

	/** The part of the source's relevant total the claim represents, 0..1; {@code NaN} when unknown. */
	public double shareOfSource(int claim) {
		return this.shareOfSource.getDouble(claim);
	}

	/** The part of the target's relevant total the claim represents, 0..1; {@code NaN} when unknown. */
	public double shareOfTarget(int claim) {
		return this.shareOfTarget.getDouble(claim);
	}

	/** The amount in USD when it is a flow of money; {@code NaN} for none or for a size, valuation, estimate. */
	public double amountUsd(int claim) {
		return this.amountUsd.getDouble(claim);
	}

	/** The claim's confidence; {@code NaN} when it records none. */
	public double confidence(int claim) {
		return this.confidence.getDouble(claim);
	}

	/** The ordinal of the claim's status, {@link #NO_STATUS} for none. */
	byte status(int claim) {
		return this.status.getByte(claim);
	}

	/** The first day the claim holds as an epoch day, {@link #NO_DATE} for none. */
	int validFrom(int claim) {
		return this.validFrom.getInt(claim);
	}

	/** The last day the claim holds as an epoch day, {@link #NO_DATE} for none. */
	int validTo(int claim) {
		return this.validTo.getInt(claim);
	}

	/** The day the claim was recorded as an epoch day, {@link #NO_DATE} for none. */
	int recordedOn(int claim) {
		return this.recordedOn.getInt(claim);
	}

	/** {@link #INFERRED} and {@link #RETRACTED}. */
	byte flags(int claim) {
		return this.flags.getByte(claim);
	}

	/** The claims leaving each node, each leading to its target. */
	public Incidence outgoing() {
		return this.outgoing;
	}

	/** The claims reaching each node, each leading (walked backwards) to its source. */
	public Incidence incoming() {
		return this.incoming;
	}

	/** The number of claims at the node, outgoing and incoming (a self-loop twice). */
	public int degree(int node) {
		return this.outgoing.degree(node) + this.incoming.degree(node);
	}

	/** Calls {@code action} with every claim at the node: outgoing, then incoming (a self-loop twice), in load order. */
	public void forEachIncident(int node, IntConsumer action) {
		this.outgoing.forEach(node, action);
		this.incoming.forEach(node, action);
	}

	/** A hash of the claim's id, from its UTF-8 bytes, equal to {@link #idHash(String)} of the id: nothing decoded. */
	long idHash(int claim) {
		return this.columns.idHash(claim);
	}

	/** The hash {@link #idHash(int)} gives a claim with this id. */
	static long idHash(String id) {
		byte[] bytes = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return ClaimColumns.hash(bytes, 0, bytes.length);
	}

	/** Whether the claim passes the filter: kinds, statuses, confidence, validity, record date, inferred, retracted. */
	public boolean passes(int c, ProjectionFilter f) {
		if ((f.kindMask() & (1 << this.kind[c])) == 0) {
			return false;
		}
		byte status = this.status.getByte(c);
		if (f.statusMask() != ProjectionFilter.ALL && (status < 0 || (f.statusMask() & (1 << status)) == 0)) {
			return false;
		}
		if (!Double.isNaN(f.minConfidence()) && !(this.confidence.getDouble(c) >= f.minConfidence())) {
			return false;
		}
		if (f.asOf() != NO_DATE) {
			int from = this.validFrom.getInt(c);
			int to = this.validTo.getInt(c);
			if ((from != NO_DATE && from > f.asOf()) || (to != NO_DATE && to < f.asOf())) {
				return false;
			}
		}
		if (f.knownOn() != NO_DATE) {
			int recorded = this.recordedOn.getInt(c);
			if (recorded != NO_DATE && recorded > f.knownOn()) {
				return false;
			}
		}
		byte flags = this.flags.getByte(c);
		if (!f.includeInferred() && (flags & INFERRED) != 0) {
			return false;
		}
		return f.includeRetracted() || (flags & RETRACTED) == 0;
	}

	/** The largest flow amount among the claims passing {@code filter}, {@code null} when none has one; cached. */
	public Double largestAmount(ProjectionFilter filter) {
		double largest = this.largestAmount.computeIfAbsent(filter, f -> {
			double max = Double.NaN;
			for (int c = 0; c < this.claimCount; c++) {
				double amount = this.amountUsd.getDouble(c);
				if (!Double.isNaN(amount) && passes(c, f) && !(amount <= max)) {
					max = amount;
				}
			}
			return max;
		});
		return Double.isNaN(largest) ? null : largest;
	}

	/**
	 * Takes over the largest amounts {@code old} (this snapshot's predecessor) has computed, where a delta makes them
	 * known without a pass over the claims: {@code oldAffected}, old claims dropped or changed, held none of them, so
	 * the largest is the old one or an amount among {@code changed}, this snapshot's new or changed claims. Called
	 * once, before this snapshot is published; what cannot be taken over is computed when first asked.
	 */
	void inheritLargestAmounts(ClaimProjection old, int[] oldAffected, int[] changed) {
		old.largestAmount.forEach((filter, largest) -> {
			for (int o : oldAffected) {
				if (old.amountUsd.getDouble(o) == largest && old.passes(o, filter)) {
					return; // a claim holding the largest changed or went: only a pass over the claims knows
				}
			}
			double max = largest;
			for (int c : changed) {
				double amount = this.amountUsd.getDouble(c);
				if (!Double.isNaN(amount) && passes(c, filter) && !(amount <= max)) {
					max = amount;
				}
			}
			this.largestAmount.put(filter, max);
		});
	}

	/**
	 * The claims passing {@code filter} whose flow amount is {@link #largestAmount}, none when no claim has one;
	 * cached. An overlay checks only these to know whether it took the largest amount away.
	 */
	int[] largestAmountHolders(ProjectionFilter filter) {
		Double largest = largestAmount(filter);
		if (largest == null) {
			return new int[0];
		}
		return this.largestAmountHolders.computeIfAbsent(filter, f -> {
			int[] holders = new int[4];
			int n = 0;
			for (int c = 0; c < this.claimCount; c++) {
				if (this.amountUsd.getDouble(c) == largest && passes(c, f)) {
					if (n == holders.length) {
						holders = Arrays.copyOf(holders, n * 2);
					}
					holders[n++] = c;
				}
			}
			return Arrays.copyOf(holders, n);
		});
	}

	/**
	 * The step weight of every claim under {@code filter} (its largest flow amount scales amounts); a claim that does
	 * not pass the filter, or joins an entity to itself, is not walkable, so one read answers both. The weights of
	 * the two filters asked for last are kept, so the common questions pay no logarithm and no filter test per step.
	 */
	public ClaimWeights weights(ProjectionFilter filter) {
		synchronized (this.weightCache) {
			ClaimWeights cached = this.weightCache.get(filter);
			if (cached != null) {
				return cached;
			}
		}
		StepWeights steps = new StepWeights(largestAmount(filter));
		Column computed = Column.of(double.class, this.claimCount);
		for (int c = 0; c < this.claimCount; c++) {
			computed.set(c, stepWeight(c, filter, steps));
		}
		ClaimWeights made = new ClaimWeights(computed);
		synchronized (this.weightCache) {
			this.weightCache.put(filter, made);
		}
		return made;
	}

	/** Whether the step weights of {@code filter} are at hand: computed, or taken over from the snapshot before. */
	boolean weightsKept(ProjectionFilter filter) {
		synchronized (this.weightCache) {
			return this.weightCache.containsKey(filter);
		}
	}

	/** A claim's step weight under {@code filter}: negative when it does not pass or joins an entity to itself. */
	double stepWeight(int c, ProjectionFilter filter, StepWeights steps) {
		return passes(c, filter) && src(c) != dst(c) ? steps.weight(this, c) : -1;
	}

	/**
	 * Takes over the step weights that {@code old} (this snapshot's predecessor, whose claims keep their indexes here)
	 * keeps, for each filter whose largest amount this snapshot took over unchanged ({@link #inheritLargestAmounts},
	 * called first): the old weights' chunks with the weights of {@code changed}, this snapshot's changed or new
	 * claims. A stream of writes so keeps the analysis' weights without a pass over every claim per write (at 5M
	 * claims 0.15 s for the first analysis request on each new version). Called once, before this snapshot is
	 * published; a filter whose largest amount changed is computed when first asked.
	 */
	void inheritWeights(ClaimProjection old, int[] changed) {
		List<Map.Entry<ProjectionFilter, ClaimWeights>> kept;
		synchronized (old.weightCache) {
			// copies of the entries, eldest first, so that this cache keeps the same order
			kept = old.weightCache.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
		}
		for (Map.Entry<ProjectionFilter, ClaimWeights> entry : kept) {
			ProjectionFilter filter = entry.getKey();
			Double largest = this.largestAmount.get(filter);
			if (largest == null || !largest.equals(old.largestAmount.get(filter))) {
				continue;
			}
			StepWeights steps = new StepWeights(Double.isNaN(largest) ? null : largest);
			double[] values = new double[changed.length];
			for (int i = 0; i < changed.length; i++) {
				values[i] = stepWeight(changed[i], filter, steps);
			}
			ClaimWeights made = entry.getValue().with(old.claimCount, this.claimCount, changed, values);
			synchronized (this.weightCache) {
				this.weightCache.put(filter, made);
			}
		}
	}

	/** The scratch maps of this snapshot's size ({@link NodeMarks#borrow}). */
	Queue<NodeMarks> scratch() {
		return this.scratch;
	}

	/**
	 * The claims at each node in one direction, in CSR form: node {@code v}'s claims are {@code claim(j)} for
	 * {@code j} from {@code start(v)} to {@code end(v) - 1}, in load order, and stepping over claim {@code c} in this
	 * direction leads to {@code far(c)}.
	 * <pre>{@code
	 * Incidence at = out ? g.outgoing() : g.incoming();
	 * for (int j = at.start(v), end = at.end(v); j < end; j++) {
	 *     int c = at.claim(j);
	 *     int u = at.far(c);
	 * }</pre>
	 */
	public static class Incidence {

		private final int[] start;

		private final int[] claims;

		private final int[] far;

		private Incidence(int[] start, int[] claims, int[] far) {
			this.start = start;
			this.claims = claims;
			this.far = far;
		}

		/** A view sharing {@code base}'s arrays, for a scenario's overlay ({@link OverlaidProjection}). */
		Incidence(Incidence base) {
			this(base.start, base.claims, base.far);
		}

		/** Counting sort of the claims by {@code near}: a node's claims stay in load order (claim id order). */
		private static Incidence of(int[] near, int[] far, int nodes, int claimCount) {
			int[] start = new int[nodes + 1];
			int[] claims = new int[claimCount];
			for (int c = 0; c < claimCount; c++) {
				start[near[c] + 1]++;
			}
			for (int v = 0; v < nodes; v++) {
				start[v + 1] += start[v];
			}
			int[] next = Arrays.copyOf(start, nodes);
			for (int c = 0; c < claimCount; c++) {
				claims[next[near[c]]++] = c;
			}
			return new Incidence(start, claims, far);
		}

		/**
		 * {@code base} (of claims {@code 0} to {@code from}) with claims {@code from} to {@code to} of these columns
		 * added, each at the end of its node's list: the order {@link #of} gives, since they have the highest indexes.
		 * What it costs is what it adds, not the graph ({@link Appended}): a node's list moves, once, to room after the
		 * sorted lists with space for as many again, and grows there in place; the sorted lists are shared. Once the
		 * moved lists would fill a quarter as many positions as the sorted ones, the claims are sorted afresh.
		 */
		static Incidence appended(Incidence base, int[] near, int[] far, int from, int to, int nodes) {
			int[] added = new int[to - from];
			for (int c = from; c < to; c++) {
				added[c - from] = c;
			}
			// by node, then by index: few claims, so a plain insertion sort
			for (int i = 1; i < added.length; i++) {
				int c = added[i];
				int j = i - 1;
				for (; j >= 0 && near[added[j]] > near[c]; j--) {
					added[j + 1] = added[j];
				}
				added[j + 1] = c;
			}
			Appended prior = base instanceof Appended a ? a : null;
			int sorted = base.claims.length;
			int used = prior == null ? 0 : prior.used;
			int need = 0;
			for (int i = 0; i < added.length;) {
				int v = near[added[i]];
				int n = 0;
				for (; i < added.length && near[added[i]] == v; i++) {
					n++;
				}
				if (prior == null || !prior.roomFor(v, n)) {
					need += 1 + Appended.room(base.degree(v) + n);
				}
			}
			if (used + need > Math.max(4096, sorted / 4)) {
				return of(near, far, nodes, to);
			}
			int[] moved;
			Appended.Tail tail;
			if (prior != null && used + need <= prior.moved.length && prior.tail.pass(prior.generation)) {
				moved = prior.moved; // the latest: it writes where no earlier snapshot reads
				tail = prior.tail;
			}
			else {
				moved = Arrays.copyOf(prior == null ? new int[0] : prior.moved, Math.max(1024, 2 * (used + need)));
				tail = new Appended.Tail();
			}
			int[][] ranges = prior == null ? new int[(nodes + Appended.CHUNK - 1) / Appended.CHUNK][]
					: prior.ranges.clone();
			boolean[] copied = new boolean[ranges.length];
			for (int i = 0; i < added.length;) {
				int v = near[added[i]];
				int k = v / Appended.CHUNK;
				if (!copied[k]) {
					ranges[k] = ranges[k] == null ? new int[2 * Appended.CHUNK] : ranges[k].clone();
					copied[k] = true;
				}
				int at = 2 * (v % Appended.CHUNK);
				int n = 0;
				for (int j = i; j < added.length && near[added[j]] == v; j++) {
					n++;
				}
				int end;
				if (prior != null && prior.roomFor(v, n)) {
					end = prior.end(v);
				}
				else {
					int degree = base.degree(v);
					moved[used] = Appended.room(degree + n);
					int start = sorted + used + 1;
					for (int p = base.start(v), q = start - sorted; p < base.end(v); p++, q++) {
						moved[q] = base.claim(p);
					}
					ranges[k][at] = start;
					end = start + degree;
					used += 1 + moved[used];
				}
				for (; i < added.length && near[added[i]] == v; i++) {
					moved[end++ - sorted] = added[i];
				}
				ranges[k][at + 1] = end;
			}
			return new Appended(base.start, base.claims, far, moved, used, ranges, tail,
					tail == (prior == null ? null : prior.tail) ? prior.generation + 1 : 0);
		}

		/** The heap its arrays take, in bytes ({@code far} is the claim columns'). */
		long bytes() {
			return 4L * (this.start.length + this.claims.length);
		}

		/** The first position of the node's claims. */
		public int start(int node) {
			return this.start[node];
		}

		/** One past the last position of the node's claims. */
		public int end(int node) {
			return this.start[node + 1];
		}

		/** The claim at a position. */
		public int claim(int position) {
			return this.claims[position];
		}

		/** Where stepping over the claim in this direction leads: its target outgoing, its source incoming. */
		public int far(int claim) {
			return this.far[claim];
		}

		/** Calls {@code action} with each of the node's claims in this direction. */
		public void forEach(int node, IntConsumer action) {
			for (int j = this.start[node], end = this.start[node + 1]; j < end; j++) {
				action.accept(this.claims[j]);
			}
		}

		/** How many claims the node has in this direction. */
		public int degree(int node) {
			return this.start[node + 1] - this.start[node];
		}

		/**
		 * One past the last position any list reads: where an incidence over this one may place positions of its own
		 * ({@link OverlaidProjection}'s added claims). The sorted lists' claims, and after them any moved lists'.
		 */
		int positions() {
			return this.claims.length;
		}

		/**
		 * An incidence some of whose lists are elsewhere than the sorted arrays (moved, or relisted by a scenario): its
		 * {@code start}, {@code end} and {@code claim} say where, and a node's claims and degree follow from them.
		 */
		abstract static class Relisted extends Incidence {

			Relisted(int[] start, int[] claims, int[] far) {
				super(start, claims, far);
			}

			Relisted(Incidence base) {
				super(base);
			}

			@Override
			public void forEach(int node, IntConsumer action) {
				for (int j = start(node), end = end(node); j < end; j++) {
					action.accept(claim(j));
				}
			}

			@Override
			public int degree(int node) {
				return end(node) - start(node);
			}

		}

		/**
		 * An incidence with claims appended since its lists were last sorted ({@link #appended}): the sorted lists as
		 * they were, shared, and the lists of the nodes that got claims since, moved to {@code moved}, which counts as
		 * positions after the sorted ones. There each moved list is preceded by its room (how many claims it may hold
		 * there) and grows in place while it has room. Which nodes moved, and where their lists start and end, is kept
		 * in chunks of 1,024 nodes copied when one of theirs changes, so a snapshot copies a chunk and the table of
		 * chunks per node touched, not the graph. Only the latest snapshot writes into {@code moved} ({@link Tail}),
		 * and only after what every snapshot made from it reads.
		 */
		private static final class Appended extends Relisted {

			static final int CHUNK = 1024;

			private final int[] moved;

			/** The positions of {@link #moved} in use. */
			private final int used;

			/** Per chunk of nodes, each node's moved list's first position and one past its last (0, 0: not moved). */
			private final int[][] ranges;

			private final Tail tail;

			private final int generation;

			private final int sorted;

			Appended(int[] start, int[] claims, int[] far, int[] moved, int used, int[][] ranges, Tail tail,
					int generation) {
				super(start, claims, far);
				this.moved = moved;
				this.used = used;
				this.ranges = ranges;
				this.tail = tail;
				this.generation = generation;
				this.sorted = claims.length;
			}

			/** The room a moved list of {@code claims} claims gets: as many again, at least four. */
			static int room(int claims) {
				return Math.max(4, 2 * claims);
			}

			/** Whether the node's list has moved and has room for {@code n} more claims where it is. */
			boolean roomFor(int node, int n) {
				int[] r = this.ranges[node / CHUNK];
				if (r == null || r[2 * (node % CHUNK) + 1] == 0) {
					return false;
				}
				int start = r[2 * (node % CHUNK)];
				return r[2 * (node % CHUNK) + 1] - start + n <= this.moved[start - this.sorted - 1];
			}

			@Override
			public int start(int node) {
				int[] r = this.ranges[node / CHUNK];
				return r != null && r[2 * (node % CHUNK) + 1] != 0 ? r[2 * (node % CHUNK)] : super.start(node);
			}

			@Override
			public int end(int node) {
				int[] r = this.ranges[node / CHUNK];
				return r != null && r[2 * (node % CHUNK) + 1] != 0 ? r[2 * (node % CHUNK) + 1] : super.end(node);
			}

			@Override
			public int claim(int position) {
				return position < this.sorted ? super.claim(position) : this.moved[position - this.sorted];
			}

			@Override
			int positions() {
				return this.sorted + this.used;
			}

			@Override
			long bytes() {
				long bytes = super.bytes() + 4L * (this.moved.length + this.ranges.length);
				for (int[] r : this.ranges) {
					bytes += r == null ? 0 : 4L * r.length;
				}
				return bytes;
			}

			/** Which snapshot of a {@code moved} array may write into it: the latest, by generation. */
			static final class Tail {

				private int generation;

				/** Whether {@code generation} is the latest; if so, the next one is from now on. */
				synchronized boolean pass(int generation) {
					if (this.generation != generation) {
						return false;
					}
					this.generation = generation + 1;
					return true;
				}

			}

		}

	}

}
