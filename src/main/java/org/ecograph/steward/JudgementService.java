package org.ecograph.steward;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.ecograph.model.Entity;
import org.ecograph.model.EntityClusters;
import org.ecograph.model.Ids;
import org.ecograph.model.Judgement;
import org.ecograph.model.Verdict;
import org.ecograph.security.Caller;
import org.ecograph.security.Role;
import org.springframework.stereotype.Service;

/**
 * Entity resolution by judgement (docs/data-model.md, "Entity resolution by judgement"; ADR 0014): a steward judges two
 * entity ids the SAME entity or DIFFERENT ones ({@link #judgeEntities}), withdraws a judgement
 * ({@link #withdrawJudgement}), and {@link #mergeEntities} is a SAME judgement. Claims are never moved: each id of a
 * cluster of live SAME judgements ({@link EntityClusters}) other than its canonical one keeps a
 * {@code (:MergedId {id, into})} naming the canonical, which the catalog and the analysis projection resolve ids
 * through; each change here rewrites those of the clusters it touches, so withdrawing a SAME gives every claim back to
 * the entity it was stated about. A SAME that would join two clusters a live DIFFERENT keeps apart is refused, naming
 * that judgement. Every change runs through {@link ChangeWriter}: audited (the judgement and the merged ids in the
 * change's snapshots), revertible, and it bumps the graph version.
 */
@Service
public class JudgementService {

	private final ChangeWriter writer;

	JudgementService(ChangeWriter writer) {
		this.writer = writer;
	}

	/** Judges {@code left} and {@code right} the same entity or different ones. */
	public MutationResult<Judgement> judgeEntities(String left, String right, Verdict verdict, String reason) {
		Caller caller = Caller.require(Role.STEWARD, "judgeEntities");
		InputChecks checks = new InputChecks().required("left", left, "(an entity id)")
			.required("right", right, "(an entity id)")
			.entityId("left", left)
			.entityId("right", right)
			.required("verdict", verdict, "(one of " + String.join(", ", Verdict.names()) + ")")
			.required("reason", reason, "to judge two entities: say why")
			.text("reason", reason, InputChecks.MAX_TEXT);
		if (checks.errors().isEmpty() && left.equals(right)) {
			checks.errors().add(UserError.invalid("right", "left and right are the same id " + left
					+ ": a judgement is about two different ids"));
		}
		if (checks.errors().isEmpty() && verdict == Verdict.SAME && !sameKind(left, right)) {
			checks.errors().add(UserError.invalid("right", "left " + left + " and right " + right
					+ " are of different kinds: only entities of one kind can be the same"));
		}
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		Judge judge = new Judge(left, right, verdict, reason, caller.name(), "left", "right");
		return this.writer.write("judgeEntities", caller.name(), null, reason, new ChangeWriter.Work<Judgement>() {

			@Override
			public List<UserError> apply(GraphState state, Touched touched) {
				return judge.apply(state, touched);
			}

			@Override
			public Judgement result(GraphState state) {
				return judgement(state, judge.id);
			}

		});
	}

	/**
	 * {@code mergeEntities}: a SAME judgement with the canonical as its left and the duplicate as its right (the
	 * comment, or a note saying so, as its reason). Returns the canonical entity of the cluster.
	 */
	public MutationResult<Entity> mergeEntities(String duplicate, String canonical, String comment) {
		Caller caller = Caller.require(Role.STEWARD, "mergeEntities");
		InputChecks checks = new InputChecks().required("duplicate", duplicate, "")
			.required("canonical", canonical, "")
			.entityId("duplicate", duplicate)
			.entityId("canonical", canonical)
			.text("comment", comment, InputChecks.MAX_TEXT);
		if (checks.errors().isEmpty() && duplicate.equals(canonical)) {
			checks.errors().add(UserError.invalid("canonical", "duplicate and canonical are the same entity "
					+ canonical + ": they must differ"));
		}
		if (checks.errors().isEmpty() && !sameKind(duplicate, canonical)) {
			checks.errors().add(UserError.invalid("canonical", "duplicate " + duplicate + " and canonical " + canonical
					+ " are of different kinds: only entities of one kind can be merged"));
		}
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		String reason = comment == null || comment.isBlank() ? "merged with mergeEntities" : comment;
		Judge judge = new Judge(canonical, duplicate, Verdict.SAME, reason, caller.name(), "canonical", "duplicate");
		return this.writer.write("mergeEntities", caller.name(), null, comment, new ChangeWriter.Work<Entity>() {

			@Override
			public List<UserError> apply(GraphState state, Touched touched) {
				return judge.apply(state, touched);
			}

			@Override
			public Entity result(GraphState state) {
				return state.entity(new EntityClusters(state.liveJudgements()).canonical(canonical));
			}

		});
	}

	/** Withdraws a judgement (kept, with who withdrew it, when and why); the clusters it held are resolved again. */
	public MutationResult<Judgement> withdrawJudgement(String id, String reason) {
		Caller caller = Caller.require(Role.STEWARD, "withdrawJudgement");
		InputChecks checks = new InputChecks().required("id", id, "(a judgement id)")
			.id("id", id, Ids.Shape.JUDGEMENT)
			.required("reason", reason, "to withdraw a judgement: say why")
			.text("reason", reason, InputChecks.MAX_TEXT);
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		return this.writer.write("withdrawJudgement", caller.name(), null, reason, new ChangeWriter.Work<Judgement>() {

			@Override
			public List<UserError> apply(GraphState state, Touched touched) {
				adoptEarlierMerges(state, touched);
				Map<String, Object> found = state.judgementState(id);
				if (found == null) {
					return List.of(UserError.notFound("id", "No judgement with id " + id));
				}
				Map<String, Object> props = new HashMap<>(StewardService.properties(found));
				Judgement judgement = Judgement.fromProperties(props);
				if (!judgement.live()) {
					return List.of(UserError.conflict("The judgement " + id + " was already withdrawn on "
							+ judgement.withdrawnAt() + " by " + judgement.withdrawnBy() + ": nothing to withdraw"));
				}
				if (Boolean.TRUE.equals(props.get("migrated")) && state.entityState(judgement.right()) == null) {
					return List.of(UserError.conflict("The judgement " + id + " records a merge made before"
							+ " judgements, which moved the claims of " + judgement.right() + " to "
							+ judgement.left() + " and deleted it: withdrawing it cannot give them back; recreate "
							+ judgement.right() + " with upsertEntity and move its claims back first"));
				}
				touched.judgement(id);
				props.put("withdrawnAt", now());
				props.put("withdrawnBy", caller.name());
				props.put("withdrawReason", reason);
				state.putJudgement(id, props);
				return resolve(state, touched, Set.of(judgement.left(), judgement.right()));
			}

			@Override
			public Judgement result(GraphState state) {
				return judgement(state, id);
			}

		});
	}

	/**
	 * After a revert restored judgements: the merged ids of the clusters they touch, resolved again from the live
	 * judgements (a later change may have joined or split them), refused when a live DIFFERENT now falls inside one
	 * cluster.
	 */
	static List<UserError> stillConsistent(GraphState state, Touched touched, Snapshot before) {
		Set<String> ids = new TreeSet<>();
		for (String id : before.ids(Snapshot.JUDGEMENTS)) {
			Map<String, Object> now = state.judgementState(id);
			Map<String, Object> then = before.get(Snapshot.JUDGEMENTS, id);
			for (Map<String, Object> judgement : java.util.Arrays.asList(now, then)) {
				if (judgement != null) {
					Map<String, Object> props = StewardService.properties(judgement);
					ids.add((String) props.get("left"));
					ids.add((String) props.get("right"));
				}
			}
		}
		return ids.isEmpty() ? List.of() : resolve(state, touched, ids);
	}

	/**
	 * Writes the merged ids of every member of the clusters of {@code ids} from the live judgements (every member is
	 * touched, so the projection re-reads the claims at each); refused when a live DIFFERENT falls inside a cluster.
	 */
	private static List<UserError> resolve(GraphState state, Touched touched, Set<String> ids) {
		EntityClusters clusters = new EntityClusters(state.liveJudgements());
		Set<String> members = new TreeSet<>();
		ids.forEach(id -> members.addAll(clusters.members(id)));
		for (String id : ids) {
			Set<String> cluster = clusters.members(id);
			Optional<Judgement> apart = clusters.different(cluster, cluster);
			if (apart.isPresent()) {
				return List.of(UserError.conflict(describe(apart.get()) + " keeps " + apart.get().left() + " and "
						+ apart.get().right() + " apart, but live SAME judgements would join them ("
						+ ids(clusters.sameJudgements(id)) + "): withdraw one first"));
			}
		}
		for (String member : members) {
			touched.mergedId(member);
			String canonical = clusters.canonical(member);
			Map<String, Object> current = state.mergedIdState(member);
			String into = current == null ? null : (String) current.get("into");
			String wanted = canonical.equals(member) ? null : canonical;
			if (Objects.equals(into, wanted)) {
				continue;
			}
			if (wanted == null) {
				state.deleteMergedId(member);
			}
			else {
				state.putMergedId(member, wanted);
			}
		}
		return List.of();
	}

	/** One judgement to write: the checks that need the graph, then the judgement and the merged ids it changes. */
	private static final class Judge {

		private final String left;

		private final String right;

		private final Verdict verdict;

		private final String reason;

		private final String by;

		private final String leftField;

		private final String rightField;

		private final String id;

		Judge(String left, String right, Verdict verdict, String reason, String by, String leftField,
				String rightField) {
			this.left = left;
			this.right = right;
			this.verdict = verdict;
			this.reason = reason;
			this.by = by;
			this.leftField = leftField;
			this.rightField = rightField;
			this.id = "judgement:" + left.replace(':', '-') + "-"
					+ Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
		}

		List<UserError> apply(GraphState state, Touched touched) {
			adoptEarlierMerges(state, touched);
			List<UserError> missing = new ArrayList<>();
			if (!known(state, this.left)) {
				missing.add(UserError.notFound(this.leftField, "No entity with id " + this.left));
			}
			if (!known(state, this.right)) {
				missing.add(UserError.notFound(this.rightField, "No entity with id " + this.right));
			}
			if (!missing.isEmpty()) {
				return missing;
			}
			EntityClusters clusters = new EntityClusters(state.liveJudgements());
			Set<String> lefts = clusters.members(this.left);
			Set<String> rights = clusters.members(this.right);
			boolean joined = clusters.canonical(this.left).equals(clusters.canonical(this.right));
			if (this.verdict == Verdict.SAME && !joined) {
				Optional<Judgement> apart = clusters.different(lefts, rights);
				if (apart.isPresent()) {
					return List.of(UserError.conflict(this.left + " and " + this.right + " cannot be judged the same: "
							+ describe(apart.get()) + " keeps " + apart.get().left() + " and " + apart.get().right()
							+ " apart; withdraw it first (withdrawJudgement) if it is wrong"));
				}
				List<String> between = claimsBetween(state, lefts, rights);
				if (!between.isEmpty()) {
					return List.of(UserError.conflict("The claims " + String.join(", ", between) + " connect "
							+ this.left + " and " + this.right + " (or entities judged the same as them) and would"
							+ " connect the canonical entity to itself: retract or move them first"));
				}
			}
			if (this.verdict == Verdict.DIFFERENT && joined) {
				return List.of(UserError.conflict(this.left + " and " + this.right + " cannot be judged different:"
						+ " live SAME judgements make them one entity (" + ids(clusters.sameJudgements(this.left))
						+ "); withdraw them first (withdrawJudgement) if they are wrong"));
			}
			touched.judgement(this.id);
			Map<String, Object> props = new HashMap<>();
			props.put("left", this.left);
			props.put("right", this.right);
			props.put("verdict", this.verdict.name());
			props.put("reason", this.reason);
			props.put("by", this.by);
			props.put("at", now());
			state.putJudgement(this.id, props);
			return resolve(state, touched, Set.of(this.left, this.right));
		}

	}

	/**
	 * Gives every merge made before judgements (a merged id no judgement names; its claims were moved and the
	 * duplicate deleted) its SAME judgement, {@code judgement:merged-<kind>-<slug>}, left the id it resolves to, by
	 * {@code migration}, marked {@code migrated}: so the clusters computed next keep it. Done by the first judgement
	 * change on such a store, as part of that change (audited, reverted with it); the merged ids already resolve
	 * before that.
	 */
	private static void adoptEarlierMerges(GraphState state, Touched touched) {
		state.unjudgedMergedIds().forEach((merged, into) -> {
			String id = "judgement:merged-" + merged.replace(':', '-');
			touched.judgement(id);
			Map<String, Object> props = new HashMap<>();
			props.put("left", into);
			props.put("right", merged);
			props.put("verdict", Verdict.SAME.name());
			props.put("reason", "merged by mergeEntities before judgements (its claims were moved to " + into + ")");
			props.put("by", "migration");
			props.put("at", now());
			props.put("migrated", true);
			state.putJudgement(id, props);
		});
	}

	/** An entity that exists, or an id that resolves to one (an entity merged away before judgements). */
	private static boolean known(GraphState state, String id) {
		return state.entityState(id) != null || state.mergedIdState(id) != null;
	}

	/** The claims between a member of one cluster and a member of the other, sorted. */
	private static List<String> claimsBetween(GraphState state, Set<String> one, Set<String> other) {
		Set<String> between = new TreeSet<>();
		for (String member : one) {
			state.claimsOf(member).forEach((claim, ends) -> {
				if (other.contains((String) ends.get("from")) || other.contains((String) ends.get("to"))) {
					between.add(claim);
				}
			});
		}
		return List.copyOf(between);
	}

	private static String describe(Judgement j) {
		return "the judgement " + j.id() + " (" + j.verdict() + ", by " + j.by() + ": " + j.reason() + ")";
	}

	private static String ids(List<Judgement> judgements) {
		return judgements.stream().map(Judgement::id).collect(Collectors.joining(", "));
	}

	private static boolean sameKind(String a, String b) {
		return StewardService.kindOf(a) == StewardService.kindOf(b);
	}

	private static Judgement judgement(GraphState state, String id) {
		Map<String, Object> found = state.judgementState(id);
		return found == null ? null : Judgement.fromProperties(StewardService.properties(found));
	}

	private static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC);
	}

}
