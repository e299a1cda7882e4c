package org.ecograph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ecograph.analysis.exposure.ChainClaims;
import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.catalog.KnowledgeChange;
import org.ecograph.catalog.KnowledgeHistory;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.InvalidArgumentException;
import org.springframework.stereotype.Service;

/**
 * The diff of an exposure between two days ({@code exposureChanges}; docs/analysis.md, "5c. What changed an
 * exposure"): the exposure computed on each day's graph ({@code knownOn}, {@link AnalysisService#on}), every counterpart
 * compared, and for each that differs the knowledge changes of the window ({@link KnowledgeHistory}) on what lies on
 * its chains on either day ({@link ChainClaims}).
 * <p>
 * Not transactional, like the face it stands beside: the day snapshots are made and the history read each in a short
 * read transaction of its own; the comparison and the chains are computed in memory.
 */
@Service
public class ExposureChangesService {

	/** Two shares within this (relative) are the same: sums over two snapshots may add in another order. */
	static final double SAME_SHARE = 1e-12;

	private final AnalysisService analysis;

	private final ProjectionHolder projections;

	private final KnowledgeHistory history;

	private final AnalysisProperties properties;

	ExposureChangesService(AnalysisService analysis, ProjectionHolder projections, KnowledgeHistory history,
			AnalysisProperties properties) {
		this.analysis = analysis;
		this.projections = projections;
		this.history = history;
		this.properties = properties;
	}

	/**
	 * The counterparts whose exposure differs between the end of {@code from} and the end of {@code to}, the first
	 * {@code first} of them with both days' exposures, the delta and the causes.
	 * @param filter the claim filter, without {@code knownOn} (the two days are {@code from} and {@code to})
	 * @throws InvalidArgumentException when {@code from} is after {@code to}
	 * @throws org.ecograph.model.EntityNotFoundException when {@code entity} is unknown
	 */
	public Answer<ExposureChanges> exposureChanges(String entity, ExposureDirection direction, int maxHops, int first,
			int maxPaths, ClaimFilter filter, LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new InvalidArgumentException("from " + from + " is after to " + to
					+ ": give the earlier day as from (the same day for no change)");
		}
		ProjectionHolder.Snapshot snapshot = this.projections.snapshot();
		Day before = new Day(snapshot, filter, from, entity, direction, maxHops);
		Day after = new Day(snapshot, filter, to, entity, direction, maxHops);
		List<String> warnings = AnalysisService.warnings(snapshot);
		List<String> changed = new ArrayList<>();
		Set<String> ids = new HashSet<>(before.all.keySet());
		ids.addAll(after.all.keySet());
		for (String id : ids) {
			if (!same(before.all.get(id), after.all.get(id))) {
				changed.add(id);
			}
		}
		changed.sort(Comparator.comparingDouble((String id) -> -Math.abs(total(after.all.get(id)) - total(before.all.get(id))))
			.thenComparing(Comparator.naturalOrder()));
		List<String> listed = changed.subList(0, Math.min(first, changed.size()));
		boolean exact = before.complete && after.complete;
		if (!exact) {
			warnings.add("exposureChanges of " + entity + ": the enumeration of chains of " + maxHops + " steps reached "
					+ "its budget (ecograph.analysis.max-expansions = " + this.properties.maxExpansions() + ") on "
					+ (before.complete ? to : from) + "; the shares and the counterparts that differ cover the paths "
					+ "enumerated only. Chains of up to 3 steps are always exact.");
		}
		Map<String, Exposure> was = before.answers(listed, maxPaths);
		Map<String, Exposure> is = after.answers(listed, maxPaths);
		Map<String, ChainClaims.Found> chainsBefore = new HashMap<>();
		Map<String, ChainClaims.Found> chainsAfter = new HashMap<>();
		Set<String> claimIds = new HashSet<>();
		for (String id : listed) {
			chainsBefore.put(id, before.chains(id));
			chainsAfter.put(id, after.chains(id));
			claimIds.addAll(before.claimIds(chainsBefore.get(id)));
			claimIds.addAll(after.claimIds(chainsAfter.get(id)));
		}
		List<KnowledgeChange> ofClaims = listed.isEmpty() ? List.of()
				: this.history.changesOfClaims(from, to, claimIds);
		List<KnowledgeChange> judgements = listed.isEmpty() || from.equals(to) ? List.of()
				: this.history.judgementChangesBetween(from, to);
		List<ExposureChange> changes = new ArrayList<>();
		boolean causesComplete = true;
		for (String id : listed) {
			ChainClaims.Found b = chainsBefore.get(id);
			ChainClaims.Found a = chainsAfter.get(id);
			Set<String> onChains = new HashSet<>(before.claimIds(b));
			onChains.addAll(after.claimIds(a));
			List<KnowledgeChange> causes = new ArrayList<>();
			ofClaims.stream().filter(c -> onChains.contains(c.claimId())).forEach(causes::add);
			judgements.stream()
				.filter(j -> before.touches(b, j) || after.touches(a, j))
				.forEach(causes::add);
			boolean complete = b.complete() && a.complete();
			causesComplete &= complete;
			Exposure x = was.get(id);
			Exposure y = is.get(id);
			changes.add(new ExposureChange(y != null ? y.counterpart() : x.counterpart(), x, y, delta(x, y), causes,
					complete, before.question, after.question));
		}
		if (!causesComplete) {
			warnings.add("exposureChanges of " + entity + ": listing the chains of some counterparts reached the budget "
					+ "(ecograph.analysis.max-expansions = " + this.properties.maxExpansions() + "); their causes "
					+ "(causesComplete: false) cover the chains enumerated only. Narrow the kinds or lower maxHops.");
		}
		return new Answer<>(new ExposureChanges(changes, changed.size(), exact && causesComplete),
				snapshot.projection().version(), warnings);
	}

	/** Whether two days' exposures of one counterpart are the same (both absent, or every figure alike). */
	static boolean same(ExposureEngine.Exposed a, ExposureEngine.Exposed b) {
		if (a == null || b == null) {
			return a == b;
		}
		return same(a.directShare(), b.directShare()) && same(a.indirectShare(), b.indirectShare())
				&& same(a.totalShare(), b.totalShare()) && a.shareKnown() == b.shareKnown()
				&& same(a.amountUsd(), b.amountUsd()) && a.pathCount() == b.pathCount();
	}

	private static boolean same(Double a, Double b) {
		if (a == null || b == null) {
			return Objects.equals(a, b);
		}
		return Math.abs(a - b) <= SAME_SHARE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}

	/** The total share, 0 when absent or unknown: what the ordering measures a change by. */
	private static double total(ExposureEngine.Exposed e) {
		return e == null || e.totalShare() == null ? 0 : e.totalShare();
	}

	private static Double delta(Exposure before, Exposure after) {
		if (before == null || after == null || before.totalShare() == null || after.totalShare() == null) {
			return null;
		}
		return after.totalShare() - before.totalShare();
	}

	/** One day's side: its graph, every counterpart's exposure on it, and what lies on the chains. */
	private final class Day {

		final ProjectionHolder.Snapshot snapshot;

		final ClaimProjection g;

		final ProjectionFilter walked;

		final ExposureQuestion question;

		final int node;

		final Map<String, ExposureEngine.Exposed> all = new LinkedHashMap<>();

		final boolean complete;

		Day(ProjectionHolder.Snapshot snapshot, ClaimFilter filter, LocalDate day, String entity,
				ExposureDirection direction, int maxHops) {
			ClaimFilter onDay = filter.withRecord(day, filter.includeInferred(), filter.includeRetracted());
			this.snapshot = snapshot;
			this.g = ExposureChangesService.this.analysis.on(snapshot, onDay);
			this.walked = ProjectionFilter.of(AnalysisService.dependency(onDay));
			this.question = new ExposureQuestion(entity, direction, maxHops, onDay, null, false);
			this.node = AnalysisService.node(this.g, entity);
			// every counterpart, no route listed: the totals of the plain question, whatever its first
			ExposureEngine.Query every = query(0);
			ExposureEngine.Result result = ExposureChangesService.this.analysis
				.compute(() -> ExposureEngine.compute(this.g, this.walked, every, (n, s) -> false));
			result.exposures().forEach(e -> this.all.put(this.g.entityId(e.node()), e));
			this.complete = result.complete();
		}

		ExposureEngine.Query query(int maxPaths) {
			return new ExposureEngine.Query(this.node, this.question.direction(), this.question.maxHops(),
					Integer.MAX_VALUE, maxPaths, ExposureChangesService.this.properties.maxExpansions());
		}

		/** The exposures of these counterparts on this day as the plain question answers them, by counterpart id. */
		Map<String, Exposure> answers(List<String> counterparts, int maxPaths) {
			Set<String> asked = new HashSet<>(counterparts);
			asked.retainAll(this.all.keySet());
			if (asked.isEmpty()) {
				return Map.of();
			}
			ExposureEngine.Result result;
			if (maxPaths == 0) {
				result = new ExposureEngine.Result(
						this.all.values().stream().filter(e -> asked.contains(this.g.entityId(e.node()))).toList(),
						this.complete);
			}
			else {
				ExposureEngine.Result listed = ExposureChangesService.this.analysis.compute(() -> ExposureEngine
					.compute(this.g, this.walked, query(maxPaths), (n, s) -> asked.contains(this.g.entityId(n))));
				result = new ExposureEngine.Result(
						listed.exposures().stream().filter(e -> asked.contains(this.g.entityId(e.node()))).toList(),
						listed.complete());
			}
			Map<String, Exposure> answers = new HashMap<>();
			ExposureChangesService.this.analysis
				.exposure(this.snapshot, this.g, this.question.entity(), this.question.maxHops(), result,
						AnswerDetail.FULL)
				.data()
				.forEach(e -> answers.put(e.counterpart().id(), e));
			return answers;
		}

		/** What lies on the chains to the counterpart with this id, as this day resolves it. */
		ChainClaims.Found chains(String counterpart) {
			int t = this.g.node(counterpart);
			if (t == this.node) {
				return new ChainClaims.Found(Set.of(), Set.of(this.node), true);
			}
			return ChainClaims.between(this.g, this.walked, this.node, t, this.question.maxHops(),
					ExposureChangesService.this.properties.maxExpansions());
		}

		Set<String> claimIds(ChainClaims.Found found) {
			Set<String> ids = new HashSet<>();
			found.claims().forEach(c -> ids.add(this.g.claimId(c)));
			return ids;
		}

		/** Whether a judgement names an entity that this day resolves to a node on the chains. */
		boolean touches(ChainClaims.Found found, KnowledgeChange judgement) {
			return found.nodes().contains(this.g.node(judgement.judgement().left()))
					|| found.nodes().contains(this.g.node(judgement.judgement().right()));
		}

	}

}
