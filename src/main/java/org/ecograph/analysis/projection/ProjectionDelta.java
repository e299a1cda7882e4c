package org.ecograph.analysis.projection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.model.GraphVersion;

/**
 * What changed between two graph versions, as far as the projection is concerned, and the new snapshot made from the
 * old one and it: the entities and claims the changes touched, each as it is now (or gone), plus every claim now
 * incident to a touched entity. The old snapshot's claims at touched entities and those with touched ids are dropped,
 * the current ones added, and the CSR rebuilt: a copy of arrays, no read of the whole graph.
 */
final class ProjectionDelta {

	/** The touched entities' ids. */
	final Set<String> entityIds = new HashSet<>();

	/** The touched claims' ids. */
	final Set<String> claimIds = new HashSet<>();

	/** The touched entities that exist now, with their kind ordinal (-1: none). */
	final Map<String, Byte> entitiesNow = new HashMap<>();

	/** The claims now at touched entities or with touched ids: ids and ends as read, columns in {@link #claims}. */
	final ClaimProjection.Claims claims = new ClaimProjection.Claims(16);

	final List<String> claimFrom = new ArrayList<>();

	final List<String> claimTo = new ArrayList<>();

	final Set<String> claimsRead = new HashSet<>();

	/** The snapshot of {@code version}: {@code old} with this delta applied. */
	ClaimProjection applyTo(ClaimProjection old, GraphVersion.Stamped version) {
		String[] ids = entityIds(old);
		byte[] kinds = new byte[ids.length];
		int[] renumber = new int[old.entityCount()];
		for (int v = 0, i = 0; v < old.entityCount(); v++) {
			String id = old.entityIds[v];
			while (i < ids.length && ids[i].compareTo(id) < 0) {
				i++;
			}
			renumber[v] = i < ids.length && ids[i].equals(id) ? i : -1;
			if (renumber[v] >= 0) {
				kinds[i] = old.entityKind[v];
			}
		}
		for (int i = 0; i < ids.length; i++) {
			Byte kind = this.entitiesNow.get(ids[i]);
			if (kind != null) {
				kinds[i] = kind;
			}
		}
		boolean[] dropped = droppedClaims(old);
		ClaimProjection.Claims next = new ClaimProjection.Claims(old.claimCount() + this.claims.count);
		for (int c = 0; c < old.claimCount(); c++) {
			if (dropped[c] || renumber[old.src[c]] < 0 || renumber[old.dst[c]] < 0) {
				continue;
			}
			int n = next.add(old.claimId(c), renumber[old.src[c]], renumber[old.dst[c]], old.kind(c));
			copy(old, c, next, n);
		}
		for (int c = 0; c < this.claims.count; c++) {
			int from = Arrays.binarySearch(ids, this.claimFrom.get(c));
			int to = Arrays.binarySearch(ids, this.claimTo.get(c));
			if (from < 0 || to < 0) {
				continue;
			}
			String id = new String(this.claims.idBytes, this.claims.idOffsets[c],
					this.claims.idOffsets[c + 1] - this.claims.idOffsets[c], StandardCharsets.UTF_8);
			int n = next.add(id, from, to, ClaimProjection.kindOf(this.claims.kind[c]));
			next.status[n] = this.claims.status[c];
			next.confidence[n] = this.claims.confidence[c];
			next.validFrom[n] = this.claims.validFrom[c];
			next.validTo[n] = this.claims.validTo[c];
			next.recordedOn[n] = this.claims.recordedOn[c];
			next.shareOfSource[n] = this.claims.shareOfSource[c];
			next.shareOfTarget[n] = this.claims.shareOfTarget[c];
			next.amountUsd[n] = this.claims.amountUsd[c];
			next.flags[n] = this.claims.flags[c];
		}
		return new ClaimProjection(version.version(), version.stamp(), ids, kinds, next.trimmed());
	}

	/** The old ids less the touched entities that are gone, plus the touched ones that are new; sorted. */
	private String[] entityIds(ClaimProjection old) {
		List<String> added = new ArrayList<>();
		for (String id : this.entitiesNow.keySet()) {
			if (old.node(id) < 0) {
				added.add(id);
			}
		}
		List<String> ids = new ArrayList<>(old.entityCount() + added.size());
		for (String id : old.entityIds) {
			if (!this.entityIds.contains(id) || this.entitiesNow.containsKey(id)) {
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

	/** The old claims at a touched entity or with the id of a touched or re-read claim. */
	private boolean[] droppedClaims(ClaimProjection old) {
		boolean[] dropped = new boolean[old.claimCount()];
		for (String id : this.entityIds) {
			int v = old.node(id);
			if (v < 0) {
				continue;
			}
			for (int j = old.outStart[v]; j < old.outStart[v + 1]; j++) {
				dropped[old.outClaims[j]] = true;
			}
			for (int j = old.inStart[v]; j < old.inStart[v + 1]; j++) {
				dropped[old.inClaims[j]] = true;
			}
		}
		Set<String> byId = new HashSet<>(this.claimIds);
		byId.addAll(this.claimsRead);
		long[] hashes = byId.stream().mapToLong(ClaimProjection::idHash).sorted().toArray();
		if (!byId.isEmpty()) {
			for (int c = 0; c < old.claimCount(); c++) {
				if (!dropped[c] && Arrays.binarySearch(hashes, old.idHash(c)) >= 0 && byId.contains(old.claimId(c))) {
					dropped[c] = true;
				}
			}
		}
		return dropped;
	}

	private static void copy(ClaimProjection old, int c, ClaimProjection.Claims next, int n) {
		next.status[n] = old.status[c];
		next.confidence[n] = old.confidence[c];
		next.validFrom[n] = old.validFrom[c];
		next.validTo[n] = old.validTo[c];
		next.recordedOn[n] = old.recordedOn[c];
		next.shareOfSource[n] = old.shareOfSource[c];
		next.shareOfTarget[n] = old.shareOfTarget[c];
		next.amountUsd[n] = old.amountUsd[c];
		next.flags[n] = old.flags[c];
	}

}
