package org.ecograph.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ecograph.analysis.AnalysisService;
import org.ecograph.analysis.Answer;
import org.ecograph.analysis.AnswerDetail;
import org.ecograph.analysis.Exposure;
import org.ecograph.analysis.InfluencePath;
import org.ecograph.analysis.PathStep;
import org.ecograph.analysis.RankedEntity;
import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.data.ClaimLookup;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Asks a saved question: through the analysis' face for paths, exposure and ranking (ids only, from the projection,
 * no read of details), then one short read transaction for the fingerprints of the claims the answer rests on. Each
 * kind says what of its answer must differ for an event (the key): the set of paths, the set of counterparts at or
 * above the threshold, whether the entity is in the top, the claims touching the entity with their fingerprints.
 */
@Component
class Questions {

	/** The default of {@code maxHops}. */
	static final int DEFAULT_MAX_HOPS = 3;

	/** The default number of paths a NEW_PATH keeps. */
	static final int DEFAULT_PATHS = 5;

	/** How many counterparts an EXPOSURE_ABOVE reads, strongest first. */
	static final int EXPOSURE_COUNTERPARTS = 200;

	/** How many routes per counterpart an EXPOSURE_ABOVE rests on. */
	static final int EXPOSURE_ROUTES = 3;

	/** How many claims an ENTITY_TOUCHED answer lists (its key and evidence cover them all). */
	static final int TOUCHED_LISTED = 200;

	/** The fingerprint of a claim that no longer exists. */
	static final String GONE = "gone";

	private final AnalysisService analysis;

	private final WatchRepository watches;

	private final ClaimLookup claims;

	private final Transactions transactions;

	private final GraphVersions versions;

	Questions(AnalysisService analysis, WatchRepository watches, ClaimLookup claims, Transactions transactions,
			GraphVersions versions) {
		this.analysis = analysis;
		this.watches = watches;
		this.claims = claims;
		this.transactions = transactions;
		this.versions = versions;
	}

	/**
	 * The answer of {@code watch} on the current graph.
	 * @throws org.ecograph.model.UnavailableException when the analysis has no snapshot yet
	 */
	Evaluation ask(Watch watch) {
		try {
			return switch (watch.kind()) {
				case NEW_PATH -> paths(watch);
				case EXPOSURE_ABOVE -> exposure(watch);
				case RANK_TOP -> rank(watch);
				case ENTITY_TOUCHED -> touched(watch);
			};
		}
		catch (NotFoundException ex) {
			// an entity of the question was removed or merged away: that is an answer too
			return missing(ex);
		}
	}

	/**
	 * What a watch asks of the analysis, without what only tells its answer apart from another's (an exposure's
	 * threshold and counterpart): watches with equal questions are answered by one computation ({@link #ask(List)}).
	 */
	record Question(WatchKind kind, String entity, String from, String to, Integer maxHops, Integer top,
			ExposureDirection direction) {

		static Question of(Watch w) {
			return switch (w.kind()) {
				case NEW_PATH -> new Question(w.kind(), null, w.from(), w.to(), w.maxHops(), w.top(), null);
				case EXPOSURE_ABOVE -> new Question(w.kind(), w.entity(), null, null, w.maxHops(), null,
						directionOf(w));
				case RANK_TOP -> new Question(w.kind(), w.entity(), null, null, null, w.top(), null);
				case ENTITY_TOUCHED -> new Question(w.kind(), w.entity(), null, null, null, null, null);
			};
		}

	}

	/**
	 * The answers of watches that ask one {@link Question}, in their order: each equal to {@link #ask(Watch)} of the
	 * watch, computed once (for EXPOSURE_ABOVE one exposure, and one read of the fingerprints the answers rest on).
	 * @throws org.ecograph.model.UnavailableException when the analysis has no snapshot yet
	 */
	List<Evaluation> ask(List<Watch> same) {
		if (same.size() == 1 || same.get(0).kind() != WatchKind.EXPOSURE_ABOVE) {
			return Collections.nCopies(same.size(), ask(same.get(0)));
		}
		try {
			return exposure(same);
		}
		catch (NotFoundException ex) {
			return Collections.nCopies(same.size(), missing(ex));
		}
	}

	private Evaluation missing(NotFoundException ex) {
		long version = this.transactions.read(this.versions::read);
		return new Evaluation(version, Map.of("missing", ex.getMessage()), "missing", Map.of());
	}

	private static ExposureDirection directionOf(Watch w) {
		return w.direction() == null ? ExposureDirection.UPSTREAM : w.direction();
	}

	private Evaluation paths(Watch w) {
		Answer<List<InfluencePath>> found = this.analysis.influencePaths(w.from(), w.to(), w.maxHops(), w.top(),
				PathRanking.STRENGTH, false, ClaimFilter.NONE, AnswerDetail.IDS);
		List<Map<String, Object>> paths = new ArrayList<>();
		Set<String> keys = new TreeSet<>();
		Set<String> resting = new LinkedHashSet<>();
		for (InfluencePath path : found.data()) {
			List<String> claimIds = path.steps().stream().map(PathStep::relation).map(Claim::id).toList();
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("entities", path.nodes().stream().map(Entity::id).toList());
			shown.put("claims", claimIds);
			paths.add(shown);
			keys.add(String.join(",", claimIds));
			resting.addAll(claimIds);
		}
		return new Evaluation(found.graphVersion(), Map.of("paths", paths), String.join(";", keys),
				fingerprints(resting));
	}

	private Evaluation exposure(Watch w) {
		return exposure(List.of(w)).get(0);
	}

	/** Watches of one exposure question: the exposure asked once, the fingerprints of all they rest on read once. */
	private List<Evaluation> exposure(List<Watch> same) {
		Watch first = same.get(0);
		// routes are listed only where an answer reads them: a counterpart at or above a threshold, or watched
		Answer<List<Exposure>> found = this.analysis.exposure(first.entity(), directionOf(first), first.maxHops(),
				EXPOSURE_COUNTERPARTS, EXPOSURE_ROUTES, ClaimFilter.NONE, AnswerDetail.IDS,
				(id, share) -> same.stream().anyMatch(w -> w.counterpart() == null
						? share != null && share >= w.threshold() : w.counterpart().equals(id)));
		List<Map<String, Object>> answers = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		List<Set<String>> restingOn = new ArrayList<>();
		Set<String> all = new LinkedHashSet<>();
		for (Watch w : same) {
			Set<String> resting = new LinkedHashSet<>();
			Map<String, Object> answer = above(w, found.data(), resting);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> above = (List<Map<String, Object>>) answer.get("above");
			answers.add(answer);
			keys.add(String.join(",", new TreeSet<>(above.stream().map(a -> (String) a.get("counterpart")).toList())));
			restingOn.add(resting);
			all.addAll(resting);
		}
		Map<String, String> prints = fingerprints(all);
		List<Evaluation> evaluations = new ArrayList<>();
		for (int i = 0; i < same.size(); i++) {
			Map<String, String> evidence = new TreeMap<>();
			restingOn.get(i).forEach(id -> evidence.put(id, prints.get(id)));
			evaluations.add(new Evaluation(found.graphVersion(), answers.get(i), keys.get(i),
					evidence.isEmpty() ? Map.of() : evidence));
		}
		return evaluations;
	}

	/** One EXPOSURE_ABOVE's answer from its exposure; adds the claims it rests on to {@code resting}. */
	private static Map<String, Object> above(Watch w, List<Exposure> exposures, Set<String> resting) {
		List<Map<String, Object>> above = new ArrayList<>();
		Double counterpartShare = null;
		for (Exposure e : exposures) {
			String id = e.counterpart().id();
			boolean watched = w.counterpart() == null || w.counterpart().equals(id);
			if (!watched) {
				continue;
			}
			if (w.counterpart() != null) {
				counterpartShare = e.totalShare();
			}
			boolean isAbove = e.totalShare() != null && e.totalShare() >= w.threshold();
			if (isAbove) {
				Map<String, Object> shown = new LinkedHashMap<>();
				shown.put("counterpart", id);
				shown.put("totalShare", e.totalShare());
				above.add(shown);
			}
			if (isAbove || w.counterpart() != null) {
				e.paths().forEach(p -> p.steps().forEach(s -> resting.add(s.relation().id())));
			}
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("above", above);
		if (w.counterpart() != null) {
			answer.put("totalShare", counterpartShare);
		}
		return answer;
	}

	private Evaluation rank(Watch w) {
		// exact: a saved question is asked once per version, so an older ranking would never be asked again
		Answer<List<RankedEntity>> ranked = this.analysis.ranking(null, RankingWeight.AMOUNT, w.top(), ClaimFilter.NONE,
				AnswerDetail.IDS, true);
		Integer rank = null;
		for (int i = 0; i < ranked.data().size(); i++) {
			if (ranked.data().get(i).entity().id().equals(w.entity())) {
				rank = i + 1;
			}
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("inTop", rank != null);
		answer.put("rank", rank);
		Map<String, String> evidence = new TreeMap<>();
		touching(w.entity()).claims().forEach(c -> evidence.put(c.id(), fingerprint(c)));
		return new Evaluation(ranked.graphVersion(), answer, Boolean.toString(rank != null), evidence);
	}

	private Evaluation touched(Watch w) {
		Touching now = touching(w.entity());
		Map<String, String> evidence = new TreeMap<>();
		Map<String, Claim> byId = new TreeMap<>();
		for (Claim c : now.claims()) {
			evidence.put(c.id(), fingerprint(c));
			byId.put(c.id(), c);
		}
		List<Map<String, Object>> listed = new ArrayList<>();
		for (Claim c : byId.values()) {
			if (listed.size() == TOUCHED_LISTED) {
				break;
			}
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("id", c.id());
			shown.put("kind", c.kind().name());
			shown.put("status", c.status() == null ? null : c.status().name());
			shown.put("fingerprint", evidence.get(c.id()));
			listed.add(shown);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("count", evidence.size());
		answer.put("claims", listed);
		answer.put("complete", evidence.size() <= TOUCHED_LISTED);
		return new Evaluation(now.graphVersion(), answer, digest(evidence.toString()), evidence);
	}

	/** The claims touching {@code entity} and the graph version they are of, read in one transaction. */
	private Touching touching(String entity) {
		return this.transactions.read(() -> new Touching(this.versions.read(), this.watches.claimsTouching(entity)));
	}

	private record Touching(long graphVersion, List<Claim> claims) {
	}

	/** The fingerprints of these claims as they are now; a claim that no longer exists is {@link #GONE}. */
	Map<String, String> fingerprints(Collection<String> claimIds) {
		if (claimIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Claim> found = this.transactions.read(() -> this.claims.byIds(claimIds));
		Map<String, String> prints = new TreeMap<>();
		for (String id : claimIds) {
			Claim claim = found.get(id);
			prints.put(id, claim == null ? GONE : fingerprint(claim));
		}
		return prints;
	}

	/** Every stored property of the claim and its ends: any change of the claim changes it. */
	static String fingerprint(Claim claim) {
		return digest(claim.kind() + " " + claim.fromId() + " " + claim.toId() + " " + new TreeMap<>(claim.properties()));
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
