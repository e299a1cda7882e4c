package org.ecograph.steward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.model.Entity;
import org.ecograph.security.Caller;
import org.ecograph.security.Role;
import org.springframework.stereotype.Service;

/**
 * Merges a duplicate entity into its canonical one, in one transaction: every claim of the duplicate moves to the
 * canonical (same id, kind, figures and quote), the duplicate's name and aliases become aliases of the canonical,
 * the canonical's {@code mergedIds} lists the duplicate's id (and the ids merged into it before), and a
 * {@code (:MergedId {id, into})} node makes the old id resolve to the canonical. Then the duplicate node is deleted.
 * Revertible like every change.
 */
@Service
public class MergeService {

	private final ChangeWriter writer;

	MergeService(ChangeWriter writer) {
		this.writer = writer;
	}

	public MutationResult<Entity> mergeEntities(String duplicate, String canonical, String comment) {
		Caller caller = Caller.require(Role.STEWARD, "mergeEntities");
		InputChecks checks = new InputChecks().required("duplicate", duplicate, "").required("canonical", canonical, "")
			.entityId("duplicate", duplicate)
			.entityId("canonical", canonical)
			.text("comment", comment, InputChecks.MAX_TEXT);
		if (checks.errors().isEmpty() && duplicate.equals(canonical)) {
			checks.errors().add(UserError.invalid("canonical", "duplicate and canonical are the same entity "
					+ canonical + ": they must differ"));
		}
		if (checks.errors().isEmpty() && StewardService.kindOf(duplicate) != StewardService.kindOf(canonical)) {
			checks.errors().add(UserError.invalid("canonical", "duplicate " + duplicate + " and canonical " + canonical
					+ " are of different kinds: only entities of one kind can be merged"));
		}
		if (!checks.errors().isEmpty()) {
			return MutationResult.failed(checks.errors());
		}
		return this.writer.write("mergeEntities", caller.name(), null, comment, new ChangeWriter.Work<Entity>() {

			@Override
			public List<UserError> apply(GraphState state, Touched touched) {
				Map<String, Object> dup = state.entityState(duplicate);
				Map<String, Object> canon = state.entityState(canonical);
				List<UserError> missing = new ArrayList<>();
				if (dup == null) {
					missing.add(UserError.notFound("duplicate", "No entity with id " + duplicate));
				}
				if (canon == null) {
					missing.add(UserError.notFound("canonical", "No entity with id " + canonical));
				}
				if (!missing.isEmpty()) {
					return missing;
				}
				Map<String, Map<String, Object>> claims = state.claimsOf(duplicate);
				List<String> between = claims.entrySet()
					.stream()
					.filter(e -> canonical.equals(e.getValue().get("from")) || canonical.equals(e.getValue().get("to")))
					.map(Map.Entry::getKey)
					.sorted()
					.toList();
				if (!between.isEmpty()) {
					return List.of(UserError.conflict("The claims " + String.join(", ", between) + " connect "
							+ duplicate + " and " + canonical + " and would connect the canonical entity to itself:"
							+ " retract or move them first"));
				}
				touched.entity(duplicate);
				touched.entity(canonical);
				claims.keySet().stream().sorted().forEach(touched::claim);
				List<String> redirected = state.mergedInto(duplicate);
				touched.mergedId(duplicate);
				redirected.forEach(touched::mergedId);

				claims.forEach((id, claim) -> state.putClaim(id, GraphState.kindOf(claim), GraphState.kindOf(claim),
						moved((String) claim.get("from")), moved((String) claim.get("to")),
						StewardService.properties(claim)));
				state.putEntity(canonical, labels(canon), mergedProperties(StewardService.properties(canon),
						StewardService.properties(dup)));
				state.deleteEntityIfUnconnected(duplicate);
				state.putMergedId(duplicate, canonical);
				redirected.forEach(id -> state.putMergedId(id, canonical));
				return List.of();
			}

			private String moved(String end) {
				return duplicate.equals(end) ? canonical : end;
			}

			@Override
			public Entity result(GraphState state) {
				return state.entity(canonical);
			}

		});
	}

	@SuppressWarnings("unchecked")
	private static List<String> labels(Map<String, Object> entity) {
		return (List<String>) entity.get("labels");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> mergedProperties(Map<String, Object> canonical, Map<String, Object> duplicate) {
		Map<String, Object> props = new HashMap<>(canonical);
		Set<String> aliases = new LinkedHashSet<>(list(canonical.get("aliases")));
		aliases.add((String) duplicate.get("name"));
		aliases.addAll(list(duplicate.get("aliases")));
		aliases.remove(canonical.get("name"));
		props.put("aliases", List.copyOf(aliases));
		Set<String> mergedIds = new LinkedHashSet<>(list(canonical.get("mergedIds")));
		mergedIds.add((String) duplicate.get("id"));
		mergedIds.addAll(list(duplicate.get("mergedIds")));
		props.put("mergedIds", List.copyOf(mergedIds));
		return props;
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Object value) {
		return value instanceof List<?> list ? (List<String>) list : List.of();
	}

}
