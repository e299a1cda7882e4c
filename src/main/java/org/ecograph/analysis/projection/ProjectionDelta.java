package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.data.GraphVersions;
import org.ecograph.model.Claim;
import org.ecograph.model.EntityKind;
import org.ecograph.model.Ids;

/**
 * What changed between two graph versions, as far as the projection is concerned, and the new snapshot made from the
 * old one and it: the entities and claims the changes touched, each as it is now (or gone). A steward's change names
 * every claim it writes, so the claims at a touched entity are not re-read (a change at a hub costs what it touched,
 * not the hub's degree). The old snapshot's claims with touched ids, and those at an entity now gone, are dropped, the
 * current ones added, and the CSR rebuilt: a copy of arrays, no read of the graph beyond what was touched. A delta
 * that keeps every entity (a steward's claims, a rename) shares what it does not change instead
 * ({@link #applyToSameEntities}).
 */
final class ProjectionDelta {

	/** The touched entities' ids. */
	final Set<String> entityIds = new HashSet<>();

	/** The touched claims' ids. */
	final Set<String> claimIds = new HashSet<>();

	/** The touched entities that exist now, as read. */
	private final Map<String, ProjectionRepository.EntityRow> entitiesNow = new HashMap<>();

	/** The claims now with touched ids: ids and ends as read, columns in {@link #claims}. */
	private final ClaimColumns claims = new ClaimColumns(16);

	private final List<String> claimFrom = new ArrayList<>();

	private final List<String> claimTo = new ArrayList<>();

	/** The ids of the claims read as they are now. */
	final Set<String> claimsRead = new HashSet<>();

	/**
	 * Filled by {@link #applyTo}: the ids of the entities where the graph changed, touched entities and the ends of
	 * every claim dropped, changed or added (old ends and new), so that a question whose chains reach none of them,
	 * in the new snapshot, cannot have a different answer.
	 */
	final Set<String> changedAt = new HashSet<>();

	/** The old snapshot's nodes whose claims a change of judgements regrouped: all their claims are re-read. */
	private final Set<Integer> regroupedNodes = new HashSet<>();

	/**
	 * The ids whose grouping a change of judgements altered, and everything grouped with them before or after: the
	 * ids whose canonical id differs between {@code before} and {@code after}, their canonical ids then and now, and
	 * every id resolving to one of those. Empty when no judgement changed.
	 */
	static Set<String> regrouped(Map<String, String> before, Map<String, String> after) {
		Set<String> changed = new HashSet<>();
		Set<String> keys = new HashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String id : keys) {
			String was = before.get(id);
			String now = after.get(id);
			if (!java.util.Objects.equals(was, now)) {
				changed.add(id);
				if (was != null) {
					changed.add(was);
				}
				if (now != null) {
					changed.add(now);
				}
			}
		}
		if (changed.isEmpty()) {
			return changed;
		}
		Set<String> all = new HashSet<>(changed);
		before.forEach((id, canonical) -> {
			if (changed.contains(canonical)) {
				all.add(id);
			}
		});
		after.forEach((id, canonical) -> {
			if (changed.contains(canonical)) {
				all.add(id);
			}
		});
		return all;
	}

	/** Drops, from {@code old}, every claim at the nodes of these regrouped ids (their claims are read again). */
	void regroup(ClaimProjection old, Set<String> regrouped) {
		for (String id : regrouped) {
			int v = old.rawNode(id);
			if (v >= 0) {
				this.regroupedNodes.add(v);
			}
		}
	}

	/** Notes an id a change touched: an entity's or a claim's (anything else is not the projection's). */
	void touched(String subject) {
		if (Ids.CLAIM_ID.matcher(subject).matches()) {
			this.claimIds.add(subject);
		}
		else if (Ids.ENTITY_ID.matcher(subject).matches()) {
			this.entityIds.add(subject);
		}
	}

	/** How many entities and claims the changes touched. */
	int touchedCount() {
		return this.entityIds.size() + this.claimIds.size();
	}

	/** A touched entity as it is now. */
	void entityNow(ProjectionRepository.EntityRow entity) {
		this.entitiesNow.put(entity.id(), entity);
	}

	/** The touched entities that exist now, as the catalog lists them, by id. */
	Map<String, NameListing.Entry> listedNow() {
		Map<String, NameListing.Entry> listed = new HashMap<>(this.entitiesNow.size() * 2);
		this.entitiesNow.forEach((id, row) -> listed.put(id, NameListing.entry(row)));
		return listed;
	}

	/** A claim with a touched id as it is now; read twice, it counts once. */
	void claimNow(Claim claim) {
		if (this.claimsRead.add(claim.id())) {
			this.claims.add(claim, 0, 0);
			this.claimFrom.add(claim.fromId());
			this.claimTo.add(claim.toId());
		}
	}

	/** The ordinal a projection stores for an entity kind, -1 for none. */
	static byte ordinal(EntityKind kind) {
		return kind == null ? -1 : (byte) kind.ordinal();
	}

	/**
	 * The snapshot of {@code version}: {@code old} with this delta applied, its ids resolving through
	 * {@code canonicalIds} (id → canonical id) as they do now. A change of judgements touches every member of the
	 * clusters it changes, so the claims at each are re-read and land on the entity they resolve to now.
	 */
	ClaimProjection applyTo(ClaimProjection old, GraphVersions.Stamped version, Map<String, String> canonicalIds) {
		if (this.regroupedNodes.isEmpty() && sameEntities(old, canonicalIds)) {
			return applyToSameEntities(old, version);
		}
		String[] ids = entityIds(old, canonicalIds);
		byte[] kinds = new byte[ids.length];
		int[] renumber = new int[old.entityCount()];
		for (int v = 0, i = 0; v < old.entityCount(); v++) {
			String id = old.entityId(v);
			while (i < ids.length && ids[i].compareTo(id) < 0) {
				i++;
			}
			renumber[v] = i < ids.length && ids[i].equals(id) ? i : -1;
			if (renumber[v] >= 0) {
				kinds[i] = old.entityKindOrdinal(v);
			}
		}
		int[] oldNode = new int[ids.length];
		Arrays.fill(oldNode, -1);
		for (int v = 0; v < renumber.length; v++) {
			if (renumber[v] >= 0) {
				oldNode[renumber[v]] = v;
			}
		}
		NameColumn.Builder names = old.namesKnown() ? new NameColumn.Builder(ids.length) : null;
		for (int i = 0; i < ids.length; i++) {
			ProjectionRepository.EntityRow now = this.entitiesNow.get(ids[i]);
			if (now != null) {
				kinds[i] = ordinal(now.kind());
			}
			if (names != null && now != null) {
				names.add(now.name(), now.aliases());
			}
			else if (names != null) {
				names.copy(old.names(), oldNode[i]);
			}
		}
		boolean[] dropped = droppedClaims(old);
		ClaimColumns next = new ClaimColumns(old.claimCount() + this.claims.count);
		this.changedAt.addAll(this.entityIds);
		for (int c = 0; c < old.claimCount(); c++) {
			if (!dropped[c] && renumber[old.src(c)] >= 0 && renumber[old.dst(c)] >= 0) {
				next.addCopy(old.columns(), c, renumber[old.src(c)], renumber[old.dst(c)]);
			}
			else {
				this.changedAt.add(old.entityId(old.src(c)));
				this.changedAt.add(old.entityId(old.dst(c)));
			}
		}
		for (int c = 0; c < this.claims.count; c++) {
			String f = this.claimFrom.get(c);
			String t = this.claimTo.get(c);
			this.changedAt.add(canonicalIds.getOrDefault(f, f));
			this.changedAt.add(canonicalIds.getOrDefault(t, t));
			int from = Arrays.binarySearch(ids, canonicalIds.getOrDefault(f, f));
			int to = Arrays.binarySearch(ids, canonicalIds.getOrDefault(t, t));
			// as a build: a claim between two ids judged the same is left out
			if (from >= 0 && to >= 0 && !(from == to && !f.equals(t))) {
				next.addCopy(this.claims, c, from, to);
			}
		}
		return new ClaimProjection(version.version(), version.stamp(), ids, canonicalIds, kinds,
				names == null ? NameColumn.NONE : names.build(), next.trimmed());
	}

	/**
	 * Whether the new snapshot has the old one's entities, in the same order: the same ids resolve to another, and
	 * every touched entity that exists now existed before (and the other way round). The common change, a steward's
	 * claim written between entities that stay, is of this kind.
	 */
	private boolean sameEntities(ClaimProjection old, Map<String, String> canonicalIds) {
		if (!canonicalIds.equals(old.canonicalIds())) {
			return false;
		}
		for (String id : this.entityIds) {
			boolean now = this.entitiesNow.containsKey(id) && !canonicalIds.containsKey(id);
			if (now != old.rawNode(id) >= 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@link #applyTo} when {@link #sameEntities}: the old snapshot's entity ids, and its kinds and names unless a
	 * touched entity's changed, are shared, not rebuilt. Then, by what the claims did: values changed only (each
	 * touched claim where it was, of its kind), the ends, ids, incidence and untouched value columns are shared and
	 * the changed columns copied; claims added only, every column is copied in bulk and the new claims are inserted
	 * into the old incidence; otherwise the kept claims are copied in runs between the dropped ones and the incidence
	 * is sorted again. What is left in proportion to the graph is those copies (and, for a claim not found at its
	 * ends, a pass over the ids).
	 */
	private ClaimProjection applyToSameEntities(ClaimProjection old, GraphVersions.Stamped version) {
		String[] ids = old.entityIds();
		byte[] kinds = old.entityKinds();
		boolean namesChanged = false;
		for (ProjectionRepository.EntityRow now : this.entitiesNow.values()) {
			int v = old.rawNode(now.id());
			if (v < 0) {
				continue; // an id that resolves to another entity: no node of its own
			}
			if (kinds[v] != ordinal(now.kind())) {
				kinds = kinds == old.entityKinds() ? kinds.clone() : kinds;
				kinds[v] = ordinal(now.kind());
			}
			namesChanged |= old.namesKnown() && !(java.util.Objects.equals(old.entityName(v), now.name())
					&& old.entityAliases(v).equals(now.aliases() == null ? List.of() : now.aliases()));
		}
		NameColumn names = old.names();
		if (namesChanged) {
			NameColumn.Builder builder = new NameColumn.Builder(ids.length);
			for (int v = 0; v < ids.length; v++) {
				ProjectionRepository.EntityRow now = this.entitiesNow.get(ids[v]);
				if (now != null) {
					builder.add(now.name(), now.aliases());
				}
				else {
					builder.copy(old.names(), v);
				}
			}
			names = builder.build();
		}
		this.changedAt.addAll(this.entityIds);
		Map<String, Integer> before = oldIndexes(old);
		int[] from = new int[this.claims.count];
		int[] to = new int[this.claims.count];
		boolean valuesOnly = before.size() == this.claims.count;
		for (int c = 0; c < this.claims.count; c++) {
			String f = this.claimFrom.get(c);
			String t = this.claimTo.get(c);
			this.changedAt.add(old.canonicalIds().getOrDefault(f, f));
			this.changedAt.add(old.canonicalIds().getOrDefault(t, t));
			from[c] = old.node(f);
			to[c] = old.node(t);
			// as a build: a claim between two ids judged the same is left out
			if (from[c] == to[c] && !f.equals(t)) {
				from[c] = -1;
			}
			Integer o = before.get(this.claims.id(c));
			valuesOnly &= o != null && from[c] >= 0 && to[c] >= 0 && old.src(o) == from[c] && old.dst(o) == to[c]
					&& old.columns().kind[o] == this.claims.kind[c];
		}
		if (valuesOnly) {
			// every claim touched is where it was, of its kind: the same incidence, values set in place
			int[] changed = new int[this.claims.count];
			for (int c = 0; c < this.claims.count; c++) {
				changed[c] = before.get(this.claims.id(c));
			}
			ClaimColumns next = old.columns().withValues(changed, this.claims,
					java.util.stream.IntStream.range(0, this.claims.count).toArray());
			ClaimProjection projection = old.withValues(version.version(), version.stamp(), kinds, names, next);
			projection.inheritLargestAmounts(old, changed, changed);
			projection.inheritWeights(old, changed);
			return projection;
		}
		int[] dropped = before.values().stream().mapToInt(Integer::intValue).sorted().toArray();
		if (dropped.length == 0) {
			// only new claims, after the old ones: the old columns appended to (in place when they are the latest)
			// and the old incidence with them added at their nodes
			int[] added = java.util.stream.IntStream.range(0, this.claims.count)
				.filter(c -> from[c] >= 0 && to[c] >= 0)
				.toArray();
			int[] addedFrom = new int[added.length];
			int[] addedTo = new int[added.length];
			for (int i = 0; i < added.length; i++) {
				addedFrom[i] = from[added[i]];
				addedTo[i] = to[added[i]];
			}
			ClaimColumns next = old.columns().withAppended(this.claims, added, addedFrom, addedTo);
			ClaimProjection projection = old.withAppended(version.version(), version.stamp(), kinds, names, next);
			int[] appended = java.util.stream.IntStream.range(old.claimCount(), next.count).toArray();
			projection.inheritLargestAmounts(old, dropped, appended);
			projection.inheritWeights(old, appended);
			return projection;
		}
		int count = old.claimCount() - dropped.length;
		int idCapacity = old.columns().idBytes(0, old.claimCount());
		for (int c : dropped) {
			idCapacity -= old.columns().idBytes(c, c + 1);
		}
		for (int c = 0; c < this.claims.count; c++) {
			if (from[c] >= 0 && to[c] >= 0) {
				count++;
				idCapacity += this.claims.idBytes(c, c + 1);
			}
		}
		// sized exactly, so that trimming copies nothing
		ClaimColumns next = new ClaimColumns(count, idCapacity);
		int run = 0;
		for (int c : dropped) {
			next.addRange(old.columns(), run, c);
			run = c + 1;
			this.changedAt.add(old.entityId(old.src(c)));
			this.changedAt.add(old.entityId(old.dst(c)));
		}
		next.addRange(old.columns(), run, old.claimCount());
		for (int c = 0; c < this.claims.count; c++) {
			if (from[c] >= 0 && to[c] >= 0) {
				next.addCopy(this.claims, c, from[c], to[c]);
			}
		}
		next.trimmed();
		ClaimProjection projection = new ClaimProjection(version.version(), version.stamp(), old, kinds, names, next);
		projection.inheritLargestAmounts(old, dropped,
				java.util.stream.IntStream.range(old.claimCount() - dropped.length, next.count).toArray());
		return projection;
	}

	/**
	 * The index in {@code old} of the claim with this id (UTF-8) if it is at one of the ends it has now, sought among
	 * the outgoing claims of {@code from} or the incoming of {@code to}, whichever are fewer; -1 otherwise (new, or
	 * moved away from that end).
	 */
	private static int oldIndexAtEnds(ClaimProjection old, String from, String to, byte[] id) {
		int v = old.node(from);
		int w = old.node(to);
		if (v < 0 || w < 0) {
			return -1;
		}
		ClaimProjection.Incidence at = old.outgoing().degree(v) <= old.incoming().degree(w) ? old.outgoing()
				: old.incoming();
		int node = at == old.outgoing() ? v : w;
		for (int p = at.start(node); p < at.end(node); p++) {
			int c = at.claim(p);
			if (old.columns().idEquals(c, id)) {
				return c;
			}
		}
		return -1;
	}

	/**
	 * The old ids less the touched entities that are gone or now resolve to another, plus the touched ones that are
	 * new or no longer resolve to another; sorted.
	 */
	private String[] entityIds(ClaimProjection old, Map<String, String> canonicalIds) {
		List<String> added = new ArrayList<>();
		for (String id : this.entitiesNow.keySet()) {
			if (old.rawNode(id) < 0 && !canonicalIds.containsKey(id)) {
				added.add(id);
			}
		}
		List<String> ids = new ArrayList<>(old.entityCount() + added.size());
		for (int v = 0; v < old.entityCount(); v++) {
			String id = old.entityId(v);
			boolean kept = !this.entityIds.contains(id) || this.entitiesNow.containsKey(id);
			if (kept && !canonicalIds.containsKey(id)) {
				ids.add(id);
			}
		}
		ids.addAll(added);
		String[] sorted = ids.toArray(String[]::new);
		if (!added.isEmpty()) {
			Arrays.sort(sorted);
		}
		return sorted;
	}

	/** The old claims with the id of a touched or re-read claim (those at an entity gone are left out by its end). */
	private boolean[] droppedClaims(ClaimProjection old) {
		boolean[] dropped = new boolean[old.claimCount()];
		for (int v : this.regroupedNodes) {
			old.forEachIncident(v, c -> dropped[c] = true);
		}
		for (int c : oldIndexes(old).values()) {
			dropped[c] = true;
		}
		return dropped;
	}

	/**
	 * Where the old snapshot holds the claims with a touched or re-read id: id to index. Sought first at the claim's
	 * ends now, then in the index of the old snapshot's claim ids ({@link ClaimColumns#indexOf}).
	 */
	private Map<String, Integer> oldIndexes(ClaimProjection old) {
		Map<String, Integer> found = new HashMap<>();
		Set<String> byId = new HashSet<>(this.claimIds);
		byId.addAll(this.claimsRead);
		Map<String, byte[]> utf8 = new HashMap<>();
		for (String id : byId) {
			utf8.put(id, id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		// A claim read now is most often where it was: sought first among the claims of the end with fewer
		for (int c = 0; c < this.claims.count; c++) {
			int at = oldIndexAtEnds(old, this.claimFrom.get(c), this.claimTo.get(c), utf8.get(this.claims.id(c)));
			if (at >= 0) {
				found.put(this.claims.id(c), at);
			}
		}
		if (found.size() == byId.size()) {
			return found;
		}
		// the others (gone, moved, or new): by the old snapshot's index of claim ids
		for (String id : byId) {
			if (!found.containsKey(id)) {
				int c = old.columns().indexOf(utf8.get(id));
				if (c >= 0 && c < old.claimCount()) {
					found.put(id, c);
				}
			}
		}
		return found;
	}

}
