package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.IntConsumer;

import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/**
 * A copy-on-write overlay of a {@link ClaimProjection} for one question: entities removed (with every claim at them),
 * claims removed, claims' shares or amounts changed, and hypothetical claims added, seen through the same accessors
 * the algorithms read, so they run on it unchanged. Nothing of the base is copied: the overlay keeps bit sets of
 * what it removes and changes, a small table of the changed values and of the added claims, and re-sorts the
 * incidence of the few entities an added claim touches. A removed entity keeps its index but is not
 * {@link #present}, so {@link #node} no longer finds it; a removed claim does not {@link #passes pass} any filter.
 * <p>
 * Added claims take the indexes after the base's claims, in the order added, so they come last in every entity's
 * incidence: exactly where a projection loaded with them appended would put them. They carry no status, dates or
 * flags, and the confidence given (absent: none).
 * <p>
 * Hypothetical entities take the node indexes after the base's, in the order added, with the id, name and kind given
 * (no aliases); an added claim may join them. Where an algorithm's result depends on the order of the nodes beyond
 * their ids (PageRank's sums), {@link #presentInIdOrder()} gives the order a projection loaded with them would have.
 * The step weights under a filter are the base's (cached) with the
 * touched claims' weights overridden, unless the overlay changes the largest flow amount the weights scale amounts
 * by; then every weight is computed afresh, as a new snapshot would.
 */
public final class OverlaidProjection extends ClaimProjection {

	/** The prefix of the ids of added claims: {@code hypothetical:1}, {@code hypothetical:2}, ... */
	public static final String HYPOTHETICAL_PREFIX = "hypothetical:";

	private final ClaimProjection base;

	private final int baseClaims;

	private final BitSet removedNodes;

	private final BitSet removedClaims;

	/** Base claims whose shares or amount changed, and the changed values: {sourceShare, targetShare, amount}. */
	private final BitSet patched;

	private final Map<Integer, double[]> patches;

	private final Added added;

	private final Incidence outgoing;

	private final Incidence incoming;

	private final Map<ProjectionFilter, ClaimWeights> weights = new HashMap<>();

	/** {@link #largestAmount} per filter, once computed (the overlay does not change). */
	private final Map<ProjectionFilter, Double> largest = new java.util.concurrent.ConcurrentHashMap<>();

	/** The base claims the overlay removes, itself or with an entity, once computed ({@link #gone()}). */
	private volatile BitSet gone;

	private final int baseNodes;

	/** The hypothetical entities, by node index after the base's. */
	private final List<AddedEntity> addedEntities;

	private final Map<String, Integer> addedNodes;

	/** Scratch maps of this overlay's size, when it adds entities (else the base's). */
	private final Queue<NodeMarks> scratch;

	private OverlaidProjection(Builder b) {
		super(b.base);
		this.base = b.base;
		this.baseClaims = b.base.claimCount();
		this.baseNodes = b.base.entityCount();
		this.addedEntities = List.copyOf(b.addedEntities);
		this.addedNodes = Map.copyOf(b.addedNodes);
		// an overlay of an overlay with the same entities (a claim asked again) shares its scratch
		this.scratch = this.addedEntities.isEmpty() ? null
				: b.scratch != null && b.scratchNodes == this.baseNodes + this.addedEntities.size() ? b.scratch
						: new java.util.concurrent.ConcurrentLinkedQueue<>();
		this.removedNodes = b.removedNodes;
		this.removedClaims = b.removedClaims;
		this.patched = b.patched;
		this.patches = b.patches;
		this.added = b.added;
		if (this.added.count == 0 && this.addedEntities.isEmpty()) {
			this.outgoing = b.base.outgoing();
			this.incoming = b.base.incoming();
		}
		else {
			this.outgoing = new AddedIncidence(b.base.outgoing(), this.baseClaims, this.baseNodes, this.added.src,
					this.added.dst, this.added.count);
			this.incoming = new AddedIncidence(b.base.incoming(), this.baseClaims, this.baseNodes, this.added.dst,
					this.added.src, this.added.count);
		}
	}

	/** An overlay of {@code base}, to be filled; over an overlay, a builder holding its changes already. */
	public static Builder over(ClaimProjection base) {
		return base instanceof OverlaidProjection overlaid ? overlaid.toBuilder() : new Builder(base);
	}

	/** The snapshot under the overlay. */
	public ClaimProjection base() {
		return this.base;
	}

	/** Whether {@code claim} is one the overlay added. */
	public boolean added(int claim) {
		return claim >= this.baseClaims;
	}

	/** Whether {@code node} is a hypothetical entity the overlay added. */
	public boolean addedEntity(int node) {
		return node >= this.baseNodes;
	}

	/** How many hypothetical entities the overlay added. */
	public int addedEntityCount() {
		return this.addedEntities.size();
	}

	/** A hypothetical entity as a record: its id, kind and name; no aliases, description or properties. */
	public Entity describeEntity(int node) {
		AddedEntity e = this.addedEntities.get(node - this.baseNodes);
		return new Entity(e.id(), e.kind(), e.name(), List.of(), null, Map.of());
	}

	/** Whether the overlay removed the claim, itself or with one of its entities. */
	public boolean removed(int claim) {
		return this.removedClaims.get(claim) || claim < this.baseClaims
				&& (this.removedNodes.get(super.src(claim)) || this.removedNodes.get(super.dst(claim)));
	}

	/** Whether the overlay removes (itself or with an entity), changes or adds the claim; in constant time. */
	public boolean touches(int claim) {
		return claim >= this.baseClaims || removed(claim) || this.patched.get(claim);
	}

	/**
	 * Whether a claim of the base keeps its figures and its walk on the overlay: not removed (itself or with an
	 * entity) and not changed. One bit test (the bit set of the touched base claims is made once, at the cost of the
	 * removed entities' claims); for a claim the overlay added, false.
	 */
	public boolean untouched(int claim) {
		BitSet touched = this.touchedBase;
		if (touched == null) {
			touched = touchedBase();
		}
		return claim < this.baseClaims && !touched.get(claim);
	}

	/** The base claims the overlay removes or changes, made once ({@link #untouched}). */
	private volatile BitSet touchedBase;

	private BitSet touchedBase() {
		// the gone set itself when the overlay changes no figure (no copy of a bit set of the graph's claim count)
		BitSet touched = gone();
		if (!this.patched.isEmpty()) {
			touched = (BitSet) touched.clone();
			touched.or(this.patched);
		}
		this.touchedBase = touched;
		return touched;
	}

	/**
	 * Whether the overlay keeps the base's largest flow amount under {@code filter}, the scale of every step weight
	 * known by an amount only: then a claim it does not touch ({@link #untouched}) weighs on it what it weighs on
	 * the base, and is walkable exactly when it is there ({@link #weights}).
	 */
	public boolean keepsScale(ProjectionFilter filter) {
		return java.util.Objects.equals(largestAmount(filter), this.base.largestAmount(filter));
	}

	/** Whether the overlay adds neither a claim nor an entity: it only removes and changes what the base has. */
	public boolean addsNothing() {
		return this.added.count == 0 && this.addedEntities.isEmpty();
	}

	/** Calls {@code action} for every claim of the base whose shares or amount the overlay changed. */
	public void forEachPatched(IntConsumer action) {
		this.patched.stream().forEach(action);
	}

	/** Whether the overlay changed the claim's shares or amount. */
	public boolean patched(int claim) {
		return claim < this.baseClaims && this.patched.get(claim);
	}

	/**
	 * The claim as the overlay sees it: an added claim as a new record (no quote, source or date), a changed one
	 * with its shares and amount replaced; any other as given.
	 * @param stored the claim as read from the database, {@code null} for an added one
	 */
	public Claim describe(int claim, Claim stored) {
		if (added(claim)) {
			int a = claim - this.baseClaims;
			return new Claim(claimId(claim), kind(claim), entityId(src(claim)), entityId(dst(claim)),
					nullable(this.added.amount[a]), nullable(this.added.sos[a]), nullable(this.added.sot[a]), null, null,
					null, null, null, null, nullable(this.added.confidence[a]), null, null, List.of(), Map.of());
		}
		if (stored == null || !patched(claim)) {
			return stored;
		}
		return new Claim(stored.id(), stored.kind(), stored.fromId(), stored.toId(),
				stored.isFlow() ? nullable(amountUsd(claim)) : stored.amountUsd(), nullable(shareOfSource(claim)),
				nullable(shareOfTarget(claim)), stored.instrument(), stored.role(), stored.status(), stored.validFrom(),
				stored.validTo(), stored.asOf(), stored.confidence(), stored.quote(), stored.note(), stored.sourceIds(),
				stored.properties(), stored.amountKind(), stored.inferred(), stored.inference());
	}

	/** A builder holding this overlay's changes, to add more over the same base (a scenario's claim removed, say). */
	public Builder toBuilder() {
		Builder b = new Builder(this.base);
		b.removedNodes.or(this.removedNodes);
		b.removedClaims.or(this.removedClaims);
		b.patched.or(this.patched);
		b.patches.putAll(this.patches);
		for (AddedEntity e : this.addedEntities) {
			b.addEntity(e.id(), e.name(), e.kind());
		}
		b.scratch = this.scratch;
		b.scratchNodes = entityCount();
		for (int a = 0; a < this.added.count; a++) {
			b.added.add(this.added.kind[a], this.added.src[a], this.added.dst[a], this.added.sos[a], this.added.sot[a],
					this.added.amount[a], this.added.confidence[a]);
		}
		return b;
	}

	private static Double nullable(double v) {
		return Double.isNaN(v) ? null : v;
	}

	@Override
	public boolean present(int node) {
		return !this.removedNodes.get(node);
	}

	@Override
	public int presentCount() {
		return entityCount() - this.removedNodes.cardinality();
	}

	@Override
	public int node(String entityId) {
		int v = super.node(entityId);
		if (v < 0) {
			Integer added = this.addedNodes.get(entityId);
			return added == null ? -1 : added;
		}
		return this.removedNodes.get(v) ? -1 : v;
	}

	@Override
	public int entityCount() {
		return this.baseNodes + this.addedEntities.size();
	}

	@Override
	public String entityId(int node) {
		return node < this.baseNodes ? super.entityId(node) : this.addedEntities.get(node - this.baseNodes).id();
	}

	@Override
	public EntityKind entityKind(int node) {
		return node < this.baseNodes ? super.entityKind(node) : this.addedEntities.get(node - this.baseNodes).kind();
	}

	@Override
	byte entityKindOrdinal(int node) {
		if (node < this.baseNodes) {
			return super.entityKindOrdinal(node);
		}
		EntityKind kind = this.addedEntities.get(node - this.baseNodes).kind();
		return kind == null ? -1 : (byte) kind.ordinal();
	}

	@Override
	public String entityName(int node) {
		return node < this.baseNodes ? super.entityName(node) : this.addedEntities.get(node - this.baseNodes).name();
	}

	@Override
	public List<String> entityAliases(int node) {
		return node < this.baseNodes ? super.entityAliases(node) : List.of();
	}

	/**
	 * The present nodes in the order of their ids, the order a projection loaded with the scenario applied numbers
	 * them: the base's present nodes (already in id order) merged with the hypothetical ones; {@code null} when the
	 * overlay neither removes nor adds an entity (every node, in index order).
	 */
	@Override
	public int[] presentInIdOrder() {
		if (this.removedNodes.isEmpty() && this.addedEntities.isEmpty()) {
			return null;
		}
		if (this.addedEntities.isEmpty()) {
			int[] order = new int[presentCount()];
			for (int v = 0, n = 0; v < this.baseNodes; v++) {
				if (!this.removedNodes.get(v)) {
					order[n++] = v;
				}
			}
			return order;
		}
		int[] order = new int[presentCount()];
		int n = 0;
		for (int v : idRanks()[1]) {
			if (!this.removedNodes.get(v)) {
				order[n++] = v;
			}
		}
		return order;
	}

	@Override
	public int claimCount() {
		return this.baseClaims + this.added.count;
	}

	@Override
	public String claimId(int claim) {
		return added(claim) ? HYPOTHETICAL_PREFIX + (claim - this.baseClaims + 1) : super.claimId(claim);
	}

	@Override
	public RelationKind kind(int claim) {
		return added(claim) ? this.added.kind[claim - this.baseClaims] : super.kind(claim);
	}

	@Override
	public int src(int claim) {
		return added(claim) ? this.added.src[claim - this.baseClaims] : super.src(claim);
	}

	@Override
	public int dst(int claim) {
		return added(claim) ? this.added.dst[claim - this.baseClaims] : super.dst(claim);
	}

	@Override
	public int otherEnd(int claim, int node) {
		return src(claim) == node ? dst(claim) : src(claim);
	}

	@Override
	public double shareOfSource(int claim) {
		if (added(claim)) {
			return this.added.sos[claim - this.baseClaims];
		}
		return this.patched.get(claim) ? this.patches.get(claim)[0] : super.shareOfSource(claim);
	}

	@Override
	public double shareOfTarget(int claim) {
		if (added(claim)) {
			return this.added.sot[claim - this.baseClaims];
		}
		return this.patched.get(claim) ? this.patches.get(claim)[1] : super.shareOfTarget(claim);
	}

	@Override
	public double amountUsd(int claim) {
		if (added(claim)) {
			return this.added.amount[claim - this.baseClaims];
		}
		return this.patched.get(claim) ? this.patches.get(claim)[2] : super.amountUsd(claim);
	}

	@Override
	public double confidence(int claim) {
		return added(claim) ? this.added.confidence[claim - this.baseClaims] : super.confidence(claim);
	}

	@Override
	byte status(int claim) {
		return added(claim) ? NO_STATUS : super.status(claim);
	}

	@Override
	int validFrom(int claim) {
		return added(claim) ? NO_DATE : super.validFrom(claim);
	}

	@Override
	int validTo(int claim) {
		return added(claim) ? NO_DATE : super.validTo(claim);
	}

	@Override
	int recordedOn(int claim) {
		return added(claim) ? NO_DATE : super.recordedOn(claim);
	}

	@Override
	byte flags(int claim) {
		return added(claim) ? 0 : super.flags(claim);
	}

	@Override
	public Incidence outgoing() {
		return this.outgoing;
	}

	@Override
	public Incidence incoming() {
		return this.incoming;
	}

	@Override
	public int degree(int node) {
		return this.outgoing.degree(node) + this.incoming.degree(node);
	}

	@Override
	public void forEachIncident(int node, IntConsumer action) {
		this.outgoing.forEach(node, action);
		this.incoming.forEach(node, action);
	}

	@Override
	long idHash(int claim) {
		return added(claim) ? idHash(claimId(claim)) : super.idHash(claim);
	}

	@Override
	public boolean passes(int c, ProjectionFilter f) {
		if (!added(c)) {
			return !removed(c) && super.passes(c, f);
		}
		int a = c - this.baseClaims;
		double confidence = this.added.confidence[a];
		return !this.removedClaims.get(c) && (f.kindMask() & (1 << this.added.kind[a].ordinal())) != 0 && f.statusMask() == ProjectionFilter.ALL
				&& (Double.isNaN(f.minConfidence()) || confidence >= f.minConfidence());
	}

	/**
	 * The largest flow amount passing {@code filter} under the overlay: the base's (cached), unless a claim the
	 * overlay removes or changes held it (then every claim is read again), raised by the changed and added amounts.
	 */
	@Override
	public Double largestAmount(ProjectionFilter filter) {
		// a null (no amount) is kept as NaN: the map holds no nulls
		double known = this.largest.computeIfAbsent(filter, f -> {
			Double computed = computeLargestAmount(f);
			return computed == null ? Double.NaN : computed;
		});
		return Double.isNaN(known) ? null : known;
	}

	private Double computeLargestAmount(ProjectionFilter filter) {
		Double before = this.base.largestAmount(filter);
		double largest = before == null ? Double.NaN : before;
		boolean lost = false;
		// only the few claims holding the base's largest amount can take it away, removed or changed: no pass over
		// the claims a removed hub takes with it
		if (before != null) {
			for (int c : this.base.largestAmountHolders(filter)) {
				if (removed(c) || amountUsd(c) != before) {
					lost = true;
					break;
				}
			}
		}
		if (lost) {
			largest = Double.NaN;
			for (int c = 0; c < claimCount(); c++) {
				if (!Double.isNaN(amountUsd(c)) && passes(c, filter) && !(amountUsd(c) <= largest)) {
					largest = amountUsd(c);
				}
			}
			return Double.isNaN(largest) ? null : largest;
		}
		// a changed or added claim may raise it
		for (int c = this.patched.nextSetBit(0); c >= 0; c = this.patched.nextSetBit(c + 1)) {
			largest = larger(c, filter, largest);
		}
		for (int a = 0; a < this.added.count; a++) {
			largest = larger(this.baseClaims + a, filter, largest);
		}
		return Double.isNaN(largest) ? null : largest;
	}

	private double larger(int c, ProjectionFilter filter, double largest) {
		return !removed(c) && !Double.isNaN(amountUsd(c)) && passes(c, filter) && !(amountUsd(c) <= largest)
				? amountUsd(c) : largest;
	}

	/** The base claims the overlay removes, itself or with an entity; computed once, never changed after. */
	private BitSet gone() {
		BitSet gone = this.gone;
		if (gone != null) {
			return gone;
		}
		BitSet made = new BitSet(this.removedNodes.isEmpty() ? 0 : this.baseClaims);
		made.or(this.removedClaims);
		for (int v = this.removedNodes.nextSetBit(0); v >= 0; v = this.removedNodes.nextSetBit(v + 1)) {
			this.base.forEachIncident(v, made::set);
		}
		this.gone = made;
		return made;
	}

	/**
	 * The step weights under {@code filter}: the base's with every claim the overlay touches overridden, or, when
	 * the overlay changes the largest flow amount (which scales the weight of every claim known by its amount only),
	 * all computed afresh.
	 */
	@Override
	public synchronized ClaimWeights weights(ProjectionFilter filter) {
		ClaimWeights cached = this.weights.get(filter);
		if (cached != null) {
			return cached;
		}
		Double largest = largestAmount(filter);
		StepWeights steps = new StepWeights(largest);
		ClaimWeights made;
		if (java.util.Objects.equals(largest, this.base.largestAmount(filter))) {
			// removed claims are overridden without a value (not walkable): no entry per claim of a removed hub
			BitSet gone = gone();
			BitSet overridden = gone;
			Map<Integer, Double> values = new HashMap<>();
			if (!this.patched.isEmpty()) {
				overridden = (BitSet) gone.clone();
				overridden.or(this.patched);
				this.patched.stream()
					.filter(c -> !removed(c))
					.forEach(c -> values.put(c, stepWeight(c, filter, steps)));
			}
			double[] addedWeights = new double[this.added.count];
			for (int a = 0; a < this.added.count; a++) {
				addedWeights[a] = stepWeight(this.baseClaims + a, filter, steps);
			}
			made = new OverlaidWeights(this.base.weights(filter), this.baseClaims, overridden, values, addedWeights);
		}
		else {
			Column all = Column.of(double.class, claimCount());
			for (int c = 0; c < claimCount(); c++) {
				all.set(c, stepWeight(c, filter, steps));
			}
			made = new ClaimWeights(all);
		}
		this.weights.put(filter, made);
		return made;
	}

	/** Every node's place in id order and the nodes by that place, made when first needed ({@link #sortInIdOrder}). */
	private volatile int[][] idRanks;

	@Override
	public void sortInIdOrder(int[] nodes) {
		if (this.addedEntities.isEmpty()) {
			Arrays.sort(nodes);
			return;
		}
		int[][] ranks = idRanks();
		for (int i = 0; i < nodes.length; i++) {
			nodes[i] = ranks[0][nodes[i]];
		}
		Arrays.sort(nodes);
		for (int i = 0; i < nodes.length; i++) {
			nodes[i] = ranks[1][nodes[i]];
		}
	}

	private int[][] idRanks() {
		int[][] ranks = this.idRanks;
		if (ranks != null) {
			return ranks;
		}
		Integer[] added = new Integer[this.addedEntities.size()];
		for (int i = 0; i < added.length; i++) {
			added[i] = this.baseNodes + i;
		}
		Arrays.sort(added, java.util.Comparator.comparing(this::entityId));
		int[] rank = new int[entityCount()];
		int[] byRank = new int[entityCount()];
		int n = 0;
		int a = 0;
		for (int v = 0; v < this.baseNodes; v++) {
			while (a < added.length && entityId(added[a]).compareTo(super.entityId(v)) < 0) {
				byRank[n] = added[a];
				rank[added[a++]] = n++;
			}
			byRank[n] = v;
			rank[v] = n++;
		}
		while (a < added.length) {
			byRank[n] = added[a];
			rank[added[a++]] = n++;
		}
		ranks = new int[][] { rank, byRank };
		this.idRanks = ranks;
		return ranks;
	}

	/** The base's scratch when the overlay has the same nodes, else its own, of its size. */
	@Override
	Queue<NodeMarks> scratch() {
		return this.scratch == null ? this.base.scratch() : this.scratch;
	}

	/** The base's weights with some claims' overridden and the added claims' after them. */
	private static final class OverlaidWeights extends ClaimWeights {

		private final ClaimWeights base;

		private final int baseClaims;

		private final BitSet overridden;

		private final Map<Integer, Double> values;

		/** The claims {@link #values} holds a weight for. */
		private final BitSet valued;

		private final double[] added;

		OverlaidWeights(ClaimWeights base, int baseClaims, BitSet overridden, Map<Integer, Double> values,
				double[] added) {
			super(null);
			this.base = base;
			this.baseClaims = baseClaims;
			this.overridden = overridden;
			this.values = values;
			this.valued = new BitSet();
			values.keySet().forEach(this.valued::set);
			this.added = added;
		}

		@Override
		public double weight(int claim) {
			if (claim >= this.baseClaims) {
				return this.added[claim - this.baseClaims];
			}
			if (!this.overridden.get(claim)) {
				return this.base.weight(claim);
			}
			// a removed claim (most of the overridden: every claim of a removed hub) has no value, found without
			// boxing its index for a map look-up, which the walks did on every visit of the hub's claims
			if (this.values.isEmpty() || !this.valued.get(claim)) {
				return -1;
			}
			return this.values.get(claim);
		}

		@Override
		public boolean walkable(int claim) {
			return weight(claim) >= 0;
		}

	}

	/**
	 * A base incidence with added claims: an entity an added claim touches gets its claims re-listed after the
	 * base's positions (its base claims in order, then the added ones), every other entity of the base reads the
	 * base, and a hypothetical entity no added claim touches has none.
	 */
	private static final class AddedIncidence extends ClaimProjection.Incidence.Relisted {

		/** The base's incidence, asked for what the overlay does not change (it may itself have moved lists). */
		private final Incidence base;

		private final int baseLength;

		private final int baseClaims;

		private final int baseNodes;

		private final int[] addedFar;

		/** Entity to its start in {@link #listed}, and its end. */
		private final Map<Integer, int[]> relisted = new HashMap<>();

		private final BitSet touched = new BitSet();

		private final int[] listed;

		AddedIncidence(Incidence base, int baseClaims, int baseNodes, int[] addedNear, int[] addedFar,
				int addedCount) {
			super(base);
			this.base = base;
			// after every position of the base, moved lists included, not after its claim count
			this.baseLength = base.positions();
			this.baseClaims = baseClaims;
			this.baseNodes = baseNodes;
			this.addedFar = addedFar;
			Map<Integer, List<Integer>> extra = new java.util.TreeMap<>();
			for (int a = 0; a < addedCount; a++) {
				extra.computeIfAbsent(addedNear[a], v -> new ArrayList<>()).add(baseClaims + a);
			}
			List<Integer> all = new ArrayList<>();
			extra.forEach((v, claims) -> {
				int start = all.size();
				for (int j = v < baseNodes ? base.start(v) : 0, end = v < baseNodes ? base.end(v) : 0; j < end; j++) {
					all.add(base.claim(j));
				}
				all.addAll(claims);
				this.relisted.put(v, new int[] { this.baseLength + start, this.baseLength + all.size() });
				this.touched.set(v);
			});
			this.listed = all.stream().mapToInt(Integer::intValue).toArray();
		}

		@Override
		public int start(int node) {
			if (this.touched.get(node)) {
				return this.relisted.get(node)[0];
			}
			return node < this.baseNodes ? this.base.start(node) : this.baseLength;
		}

		@Override
		public int end(int node) {
			if (this.touched.get(node)) {
				return this.relisted.get(node)[1];
			}
			return node < this.baseNodes ? this.base.end(node) : this.baseLength;
		}

		@Override
		public int claim(int position) {
			return position < this.baseLength ? this.base.claim(position) : this.listed[position - this.baseLength];
		}

		@Override
		public int far(int claim) {
			return claim < this.baseClaims ? this.base.far(claim) : this.addedFar[claim - this.baseClaims];
		}

		@Override
		int positions() {
			return this.baseLength + this.listed.length;
		}

	}

	/** A hypothetical entity: its id, name and kind as given. */
	private record AddedEntity(String id, String name, EntityKind kind) {
	}

	/** The added claims, as parallel columns. */
	private static final class Added {

		int count;

		int[] src = new int[4];

		int[] dst = new int[4];

		RelationKind[] kind = new RelationKind[4];

		double[] sos = new double[4];

		double[] sot = new double[4];

		double[] amount = new double[4];

		double[] confidence = new double[4];

		void add(RelationKind k, int from, int to, double shareOfSource, double shareOfTarget, double amountUsd,
				double conf) {
			if (this.count == this.src.length) {
				int n = this.count * 2;
				this.src = Arrays.copyOf(this.src, n);
				this.dst = Arrays.copyOf(this.dst, n);
				this.kind = Arrays.copyOf(this.kind, n);
				this.sos = Arrays.copyOf(this.sos, n);
				this.sot = Arrays.copyOf(this.sot, n);
				this.amount = Arrays.copyOf(this.amount, n);
				this.confidence = Arrays.copyOf(this.confidence, n);
			}
			int a = this.count++;
			this.src[a] = from;
			this.dst[a] = to;
			this.kind[a] = k;
			this.sos[a] = shareOfSource;
			this.sot[a] = shareOfTarget;
			this.amount[a] = amountUsd;
			this.confidence[a] = conf;
		}

	}

	/** Collects an overlay's changes, by node and claim index of the base. */
	public static final class Builder {

		private final ClaimProjection base;

		private final BitSet removedNodes = new BitSet();

		private final BitSet removedClaims = new BitSet();

		private final BitSet patched = new BitSet();

		private final Map<Integer, double[]> patches = new HashMap<>();

		private final Added added = new Added();

		private final List<AddedEntity> addedEntities = new ArrayList<>();

		private final Map<String, Integer> addedNodes = new HashMap<>();

		/** The scratch of the overlay this builder was made from, and its number of nodes. */
		private Queue<NodeMarks> scratch;

		private int scratchNodes;

		private Builder(ClaimProjection base) {
			this.base = base;
		}

		/**
		 * Adds a hypothetical entity, with an id no entity of the base has (checked by the caller). Returns its node
		 * index, after the base's.
		 */
		public int addEntity(String id, String name, EntityKind kind) {
			int node = this.base.entityCount() + this.addedEntities.size();
			this.addedEntities.add(new AddedEntity(id, name, kind));
			this.addedNodes.put(id, node);
			return node;
		}

		/** The node of an entity of the base or of one added, -1 when neither has the id. */
		public int node(String id) {
			int v = this.base.node(id);
			return v >= 0 ? v : this.addedNodes.getOrDefault(id, -1);
		}

		/** Removes an entity and every claim at it. */
		public Builder removeEntity(int node) {
			this.removedNodes.set(node);
			return this;
		}

		/** Removes a claim: one of the base, or one added (over an overlay, a critical claim asked again). */
		public Builder removeClaim(int claim) {
			this.removedClaims.set(claim);
			return this;
		}

		/** Sets a claim's shares and flow amount ({@code NaN}: unknown); the last call for a claim wins. */
		public Builder patch(int claim, double shareOfSource, double shareOfTarget, double amountUsd) {
			this.patched.set(claim);
			this.patches.put(claim, new double[] { shareOfSource, shareOfTarget, amountUsd });
			return this;
		}

		/** Adds a claim between two nodes of the base or added entities; values {@code NaN} when unknown. Returns its index. */
		public int add(RelationKind kind, int from, int to, double shareOfSource, double shareOfTarget,
				double amountUsd, double confidence) {
			this.added.add(kind, from, to, shareOfSource, shareOfTarget, amountUsd, confidence);
			return this.base.claimCount() + this.added.count - 1;
		}

		/**
		 * The index of every claim of the base with one of these ids (absent ones left out), from the index of the
		 * snapshot's claim ids ({@link ClaimColumns#indexOf}; a builder's base is never an overlay).
		 */
		public Map<String, Integer> claimIndexes(java.util.Collection<String> ids) {
			Map<String, Integer> found = new HashMap<>();
			int n = this.base.claimCount();
			for (String id : ids) {
				int c = this.base.columns().indexOf(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				if (c >= 0 && c < n) {
					found.put(id, c);
				}
			}
			return found;
		}

		public OverlaidProjection build() {
			return new OverlaidProjection(this);
		}

	}

}
