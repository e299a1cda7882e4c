package org.ecograph.analysis.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ecograph.catalog.KnowledgeHistory;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The analysis graph as known on a past day ({@code knownOn}; docs/analysis.md, "As known on a day"): the current
 * snapshot with what differs on that day put back, made by the machinery that brings a snapshot up to date after a
 * steward's change ({@link ProjectionDelta}), so it is the snapshot a build would make of the knowledge base as it stood
 * then. What differs:
 * <ul>
 * <li>claims recorded after the day (the day of {@code recordedAt}, in its own zone): dropped (found in memory, from the
 * snapshot's record days);</li>
 * <li>claims retracted after the day: back, not retracted (the snapshot's retracted claims, read by id);</li>
 * <li>claims whose assertions changed after the day (range seeks of the time indexes): their figures as resolved from
 * the assertions that counted that day ({@link KnowledgeHistory#standingOn}), as {@code relations(knownOn:)} shows
 * them;</li>
 * <li>merges: ids resolve through the SAME judgements that counted that day ({@link KnowledgeHistory#canonicalIdsOn});
 * an entity merged since is a node of its own again, with its claims, and one un-merged since is merged again. An id
 * merged before judgements (its node gone, its claims moved) resolves as now.</li>
 * </ul>
 * A day that differs in nothing is the current snapshot itself. Made in one read transaction of at most
 * {@code ecograph.analysis.build-timeout}; the last few days asked are kept per graph version (an analyst asks several
 * questions of one day).
 */
@Component
public class DayProjections {

	private static final Logger log = LoggerFactory.getLogger(DayProjections.class);

	/** How many (graph version, day) snapshots are kept, of the newest version asked (a day's is as large as a snapshot). */
	static final int KEPT = 4;

	private final ProjectionRepository repository;

	private final KnowledgeHistory history;

	private final Transactions transactions;

	private final ProjectionProperties properties;

	private final Map<Key, ClaimProjection> kept = new LinkedHashMap<>(8, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, ClaimProjection> eldest) {
			return size() > KEPT;
		}

	};

	private long built;

	private long hits;

	DayProjections(ProjectionRepository repository, KnowledgeHistory history, Transactions transactions,
			ProjectionProperties properties) {
		this.repository = repository;
		this.history = history;
		this.transactions = transactions;
		this.properties = properties;
	}

	/**
	 * {@code current} as known at the end of {@code day}: {@code current} itself when {@code day} is {@code null} or
	 * nothing differs on it, else a {@link ProjectionOnDay} of the same version.
	 */
	public ClaimProjection on(ClaimProjection current, LocalDate day) {
		if (day == null) {
			return current;
		}
		Key key = new Key(current.version(), current.stamp(), day);
		synchronized (this.kept) {
			ClaimProjection known = this.kept.get(key);
			if (known != null) {
				this.hits++;
				return known;
			}
		}
		ClaimProjection made = this.transactions.read(this.properties.buildTimeout(), () -> build(current, day));
		synchronized (this.kept) {
			this.built++;
			// an older version's days are not asked again (a request holds the newest snapshot): let them go
			this.kept.keySet().removeIf(k -> k.version() < key.version());
			ClaimProjection raced = this.kept.putIfAbsent(key, made);
			return raced != null ? raced : made;
		}
	}

	/** How many questions of a day found its snapshot kept, since start. */
	public long hits() {
		synchronized (this.kept) {
			return this.hits;
		}
	}

	/** How many day snapshots were made since start (each (version, day) once while it is kept). */
	public long misses() {
		synchronized (this.kept) {
			return this.built;
		}
	}

	/** How many day snapshots are kept now. */
	public int size() {
		synchronized (this.kept) {
			return this.kept.size();
		}
	}

	private ClaimProjection build(ClaimProjection current, LocalDate day) {
		long started = System.nanoTime();
		ProjectionDelta delta = new ProjectionDelta();
		int epochDay = (int) day.toEpochDay();
		List<String> retracted = new ArrayList<>();
		for (int c = 0; c < current.claimCount(); c++) {
			int recorded = current.recordedOn(c);
			if (recorded != ClaimProjection.NO_DATE && recorded > epochDay) {
				delta.claimIds.add(current.claimId(c));
			}
			else if ((current.flags(c) & ClaimProjection.RETRACTED) != 0) {
				retracted.add(current.claimId(c));
			}
		}
		Set<String> candidates = new HashSet<>(this.history.claimsChangedSince(day));
		candidates.addAll(retracted);
		Map<String, String> canonicalIds = canonicalIdsOn(current, day);
		Set<String> regrouped = ProjectionDelta.regrouped(current.canonicalIds(), canonicalIds);
		// a claim that changed since the day is replaced only when the snapshot holds it otherwise that day
		List<Claim> changed = new ArrayList<>(this.repository.claims(candidates).values());
		Map<String, Claim> then = new HashMap<>();
		this.history.standingOn(changed, day).forEach(c -> then.put(c.id(), c));
		for (Claim now : changed) {
			Claim was = then.get(now.id());
			if (was == null || !sameInSnapshot(now, was)) {
				delta.claimIds.add(now.id());
				if (was != null) {
					delta.claimNow(was);
				}
			}
		}
		if (!regrouped.isEmpty()) {
			// as an update after a change of judgements: every claim at a regrouped id is read again, for the day
			delta.entityIds.addAll(regrouped);
			this.repository.forEachEntity(regrouped, delta::entityNow);
			delta.regroup(current, regrouped);
			List<Claim> atRegrouped = new ArrayList<>();
			this.repository.forEachClaimAt(regrouped, atRegrouped::add);
			this.history.standingOn(atRegrouped, day).forEach(delta::claimNow);
		}
		if (delta.claimIds.isEmpty() && regrouped.isEmpty()) {
			return current;
		}
		ClaimProjection made = delta.applyTo(current, new GraphVersions.Stamped(current.version(), current.stamp()),
				canonicalIds);
		log.info("Analysis projection of graph version {} as known on {}: {} claims dropped or changed, {} ids "
				+ "regrouped, {} claims in {} ms", current.version(), day, delta.claimIds.size(), regrouped.size(),
				made.claimCount(), (System.nanoTime() - started) / 1_000_000);
		return new ProjectionOnDay(made, day);
	}

	/** Whether the snapshot holds the two states of a claim alike (its columns: figures, flags, record day). */
	private static boolean sameInSnapshot(Claim a, Claim b) {
		return a.status() == b.status() && Objects.equals(a.confidence(), b.confidence())
				&& Objects.equals(a.validFrom(), b.validFrom()) && Objects.equals(a.validTo(), b.validTo())
				&& Objects.equals(a.shareOfSource(), b.shareOfSource())
				&& Objects.equals(a.shareOfTarget(), b.shareOfTarget())
				&& Objects.equals(a.flowAmountUsd(), b.flowAmountUsd()) && a.inferred() == b.inferred()
				&& retracted(a) == retracted(b);
	}

	private static boolean retracted(Claim c) {
		return c.properties().get(ClaimFilter.RETRACTED_AT) != null;
	}

	/**
	 * The ids that resolved to another at the end of {@code day}: the clusters of that day's SAME judgements, and the
	 * ids merged before judgements (no node of their own now, their claims moved), which resolve as now.
	 */
	private Map<String, String> canonicalIdsOn(ClaimProjection current, LocalDate day) {
		Map<String, String> on = new HashMap<>(this.history.canonicalIdsOn(day));
		Map<String, String> now = current.canonicalIds();
		List<String> notThen = now.keySet().stream().filter(id -> !on.containsKey(id)).toList();
		if (notThen.isEmpty()) {
			return on;
		}
		Set<String> withNode = new HashSet<>();
		this.repository.forEachEntity(notThen, row -> withNode.add(row.id()));
		for (String id : notThen) {
			if (!withNode.contains(id)) {
				String into = now.get(id);
				on.put(id, on.getOrDefault(into, into));
			}
		}
		return on;
	}

	private record Key(long version, String stamp, LocalDate day) {
	}

}
