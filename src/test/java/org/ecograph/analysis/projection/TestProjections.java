package org.ecograph.analysis.projection;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.ecograph.model.Claim;

/** Projections of hand-made or random claims, without a database, for the algorithm tests. */
public final class TestProjections {

	private TestProjections() {
	}

	public static ClaimProjection of(Collection<String> entityIds, List<Claim> claims) {
		return of(entityIds, claims, 1, null);
	}

	/** The projection of these claims as the snapshot of graph version {@code version} with {@code stamp}. */
	public static ClaimProjection of(Collection<String> entityIds, List<Claim> claims, long version, String stamp) {
		TreeSet<String> ids = new TreeSet<>(entityIds);
		claims.forEach(c -> {
			ids.add(c.fromId());
			ids.add(c.toId());
		});
		String[] sorted = ids.toArray(String[]::new);
		byte[] kinds = new byte[sorted.length];
		java.util.Arrays.fill(kinds, (byte) -1);
		ClaimColumns columns = new ClaimColumns(claims.size());
		for (Claim claim : claims) {
			int c = columns.add(claim.id(), java.util.Arrays.binarySearch(sorted, claim.fromId()),
					java.util.Arrays.binarySearch(sorted, claim.toId()), claim.kind());
			columns.status.set(c, claim.status() == null ? ClaimProjection.NO_STATUS : (byte) claim.status().ordinal());
			columns.confidence.set(c, nan(claim.confidence()));
			columns.shareOfSource.set(c, nan(claim.shareOfSource()));
			columns.shareOfTarget.set(c, nan(claim.shareOfTarget()));
			columns.amountUsd.set(c, nan(claim.amountUsd()));
			columns.validFrom.set(c, day(claim.validFrom()));
			columns.validTo.set(c, day(claim.validTo()));
			columns.recordedOn.set(c, ClaimProjection.NO_DATE);
		}
		return new ClaimProjection(version, stamp, sorted, kinds, columns.trimmed());
	}

	/**
	 * {@code g} loaded again without some entities (and every claim at them) and some claims, with some claims'
	 * shares and flow amount replaced and some claims appended: every other column copied as stored, in load order.
	 * What a store loaded from the same data so changed would project; the reference of the scenario tests.
	 *
	 * @param patches claim id to {shareOfSource, shareOfTarget, amountUsd}, {@code NaN} for unknown
	 * @param appended claims to append (ids, kind, ends, shares, flow amount and confidence; no status or dates)
	 */
	public static ClaimProjection rebuilt(ClaimProjection g, java.util.Set<String> removedEntities,
			java.util.Set<String> removedClaims, java.util.Map<String, double[]> patches, List<Claim> appended) {
		return rebuilt(g, removedEntities, removedClaims, patches, appended, java.util.Map.of());
	}

	/** The same, with entities added (id to kind), numbered among the others in id order as a load numbers them. */
	public static ClaimProjection rebuilt(ClaimProjection g, java.util.Set<String> removedEntities,
			java.util.Set<String> removedClaims, java.util.Map<String, double[]> patches, List<Claim> appended,
			java.util.Map<String, org.ecograph.model.EntityKind> addedEntities) {
		java.util.TreeMap<String, Byte> kept = new java.util.TreeMap<>();
		for (int v = 0; v < g.entityCount(); v++) {
			if (!removedEntities.contains(g.entityId(v))) {
				kept.put(g.entityId(v), g.entityKindOrdinal(v));
			}
		}
		addedEntities.forEach((id, kind) -> kept.put(id, kind == null ? -1 : (byte) kind.ordinal()));
		String[] sorted = kept.keySet().toArray(String[]::new);
		byte[] entityKinds = new byte[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			entityKinds[i] = kept.get(sorted[i]);
		}
		ClaimColumns columns = new ClaimColumns(g.claimCount() + appended.size());
		for (int c = 0; c < g.claimCount(); c++) {
			String from = g.entityId(g.src(c));
			String to = g.entityId(g.dst(c));
			if (removedClaims.contains(g.claimId(c)) || removedEntities.contains(from)
					|| removedEntities.contains(to)) {
				continue;
			}
			int n = columns.addCopy(g.columns(), c, java.util.Arrays.binarySearch(sorted, from),
					java.util.Arrays.binarySearch(sorted, to));
			double[] patch = patches.get(g.claimId(c));
			if (patch != null) {
				columns.shareOfSource.set(n, patch[0]);
				columns.shareOfTarget.set(n, patch[1]);
				columns.amountUsd.set(n, patch[2]);
			}
		}
		for (Claim claim : appended) {
			int n = columns.add(claim.id(), java.util.Arrays.binarySearch(sorted, claim.fromId()),
					java.util.Arrays.binarySearch(sorted, claim.toId()), claim.kind());
			columns.set(n, null, claim.confidence(), null, null, null, claim.shareOfSource(), claim.shareOfTarget(),
					claim.amountUsd(), false, false);
		}
		return new ClaimProjection(g.version(), g.stamp(), sorted, entityKinds, columns.trimmed());
	}

	/** Every entity with its kind and every claim with all its columns, by id. */
	public static List<String> fingerprint(ClaimProjection g) {
		List<String> lines = new java.util.ArrayList<>();
		for (int v = 0; v < g.entityCount(); v++) {
			lines.add(g.entityId(v) + " " + g.entityKind(v));
		}
		for (int c = 0; c < g.claimCount(); c++) {
			lines.add(g.claimId(c) + " " + g.entityId(g.src(c)) + " " + g.entityId(g.dst(c)) + " " + g.kind(c) + " "
					+ g.status(c) + " " + g.confidence(c) + " " + g.validFrom(c) + " " + g.validTo(c) + " "
					+ g.recordedOn(c) + " " + g.shareOfSource(c) + " " + g.shareOfTarget(c) + " " + g.amountUsd(c) + " "
					+ g.flags(c));
		}
		lines.sort(null);
		return lines;
	}

	/** Each node's claims in one direction, in list order (by position, then by forEach), with where each leads. */
	public static List<String> incidence(ClaimProjection g, boolean out) {
		ClaimProjection.Incidence at = out ? g.outgoing() : g.incoming();
		List<String> lines = new java.util.ArrayList<>();
		for (int v = 0; v < g.entityCount(); v++) {
			StringBuilder line = new StringBuilder(g.entityId(v)).append(':').append(at.degree(v));
			for (int p = at.start(v); p < at.end(v); p++) {
				line.append(' ').append(at.claim(p)).append("->").append(at.far(at.claim(p)));
			}
			List<Integer> each = new java.util.ArrayList<>();
			at.forEach(v, each::add);
			lines.add(line.append(' ').append(each).toString());
		}
		return lines;
	}

	private static double nan(Double v) {
		return v == null ? Double.NaN : v;
	}

	private static int day(java.time.LocalDate date) {
		return date == null ? ClaimProjection.NO_DATE : (int) date.toEpochDay();
	}

}
