package org.ecograph.analysis.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ecograph.model.Claim;

/**
 * An in-memory graph of claims between entity ids, walkable in both directions. Claims are kept once per id and
 * listed in id order so every walk is deterministic.
 */
public final class ClaimGraph {

	private final Set<String> nodes;

	private final Map<String, Claim> claims;

	private final Map<String, List<Claim>> incident;

	private ClaimGraph(Set<String> nodes, Map<String, Claim> claims, Map<String, List<Claim>> incident) {
		this.nodes = nodes;
		this.claims = claims;
		this.incident = incident;
	}

	/** A graph of {@code claims}; their end points are nodes, and so is every id of {@code extraNodes}. */
	public static ClaimGraph of(Collection<String> extraNodes, Collection<Claim> claims) {
		Map<String, Claim> byId = new LinkedHashMap<>();
		claims.stream().sorted(Comparator.comparing(Claim::id)).forEach(c -> byId.putIfAbsent(c.id(), c));
		Set<String> nodes = new TreeSet<>(extraNodes);
		Map<String, List<Claim>> incident = new LinkedHashMap<>();
		for (Claim c : byId.values()) {
			nodes.add(c.fromId());
			nodes.add(c.toId());
			incident.computeIfAbsent(c.fromId(), k -> new ArrayList<>()).add(c);
			if (!c.toId().equals(c.fromId())) {
				incident.computeIfAbsent(c.toId(), k -> new ArrayList<>()).add(c);
			}
		}
		return new ClaimGraph(Set.copyOf(nodes), byId, incident);
	}

	/** A graph of {@code claims} only. */
	public static ClaimGraph of(Collection<Claim> claims) {
		return of(List.of(), claims);
	}

	public Set<String> nodes() {
		return this.nodes;
	}

	public Collection<Claim> claims() {
		return this.claims.values();
	}

	/** Claims starting or ending at {@code node}, in id order. */
	public List<Claim> incident(String node) {
		return this.incident.getOrDefault(node, List.of());
	}

	public boolean contains(String node) {
		return this.nodes.contains(node);
	}

}
