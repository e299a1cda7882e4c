package org.ecograph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entity ids that name one entity, by union-find over the live SAME judgements (SAME is transitive), and the
 * canonical id of each cluster: the {@code left} of its earliest live SAME judgement (by {@code at}, then id). The
 * rule keeps the canonical stable: joining two clusters keeps the older one's; {@code mergeEntities(duplicate,
 * canonical)} writes its canonical as the left, so a first merge keeps the survivor it named. Only live judgements
 * count; a live DIFFERENT judgement between any members of two clusters blocks joining them.
 */
public final class EntityClusters {

	/** Earliest first: the order that picks a cluster's canonical id. */
	public static final Comparator<Judgement> EARLIEST = Comparator
		.comparing(Judgement::at, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Judgement::id);

	private final List<Judgement> live;

	/** Each id's parent in the union-find forest; a root has no entry. */
	private final Map<String, String> parent = new HashMap<>();

	/** Root of a cluster → the index in {@link #live} of its earliest SAME judgement. */
	private final Map<String, Integer> earliest = new HashMap<>();

	public EntityClusters(List<Judgement> judgements) {
		this.live = judgements.stream().filter(Judgement::live).sorted(EARLIEST).toList();
		for (int i = 0; i < this.live.size(); i++) {
			Judgement j = this.live.get(i);
			if (j.verdict() != Verdict.SAME) {
				continue;
			}
			String a = root(j.left());
			String b = root(j.right());
			int first = Math.min(this.earliest.getOrDefault(a, i), this.earliest.getOrDefault(b, i));
			if (!a.equals(b)) {
				this.parent.put(b, a);
				this.earliest.remove(b);
			}
			this.earliest.put(a, first);
		}
	}

	private String root(String id) {
		String r = id;
		for (String up = this.parent.get(r); up != null; up = this.parent.get(r)) {
			r = up;
		}
		return r;
	}

	/** The canonical id of the cluster of {@code id}; {@code id} itself when no live SAME judgement names it. */
	public String canonical(String id) {
		Integer first = this.earliest.get(root(id));
		return first == null ? id : this.live.get(first).left();
	}

	/** The ids of the cluster of {@code id}, sorted ({@code id} alone when it is in none). */
	public Set<String> members(String id) {
		String r = root(id);
		Set<String> members = new TreeSet<>();
		members.add(id);
		for (Judgement j : this.live) {
			if (j.verdict() == Verdict.SAME && root(j.left()).equals(r)) {
				members.add(j.left());
				members.add(j.right());
			}
		}
		return members;
	}

	/** Every id that resolves to another: id → its canonical id, sorted by id. */
	public Map<String, String> canonicalIds() {
		Map<String, String> ids = new TreeMap<>();
		for (Judgement j : this.live) {
			if (j.verdict() == Verdict.SAME) {
				for (String id : List.of(j.left(), j.right())) {
					String canonical = canonical(id);
					if (!canonical.equals(id)) {
						ids.put(id, canonical);
					}
				}
			}
		}
		return ids;
	}

	/** The earliest live DIFFERENT judgement between a member of one set and a member of the other. */
	public Optional<Judgement> different(Set<String> one, Set<String> other) {
		return this.live.stream()
			.filter(j -> j.verdict() == Verdict.DIFFERENT)
			.filter(j -> one.contains(j.left()) && other.contains(j.right())
					|| one.contains(j.right()) && other.contains(j.left()))
			.findFirst();
	}

	/** The live SAME judgements that hold the cluster of {@code id} together, earliest first. */
	public List<Judgement> sameJudgements(String id) {
		String r = root(id);
		List<Judgement> found = new ArrayList<>();
		for (Judgement j : this.live) {
			if (j.verdict() == Verdict.SAME && root(j.left()).equals(r)) {
				found.add(j);
			}
		}
		return found;
	}

}
