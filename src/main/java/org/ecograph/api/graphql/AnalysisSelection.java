package org.ecograph.api.graphql;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.ecograph.analysis.AnswerDetail;

/**
 * Which {@link AnswerDetail} a question's selection needs: what every selected field needs
 * ({@link AnswerDetail#and}):
 * <ul>
 * <li>{@link AnswerDetail#IDS} for ids, kinds and figures, a relation's ends ({@code from}, {@code to}: the entity
 * loader fetches them) and an entity's {@code relations} and {@code measures} (their own loaders, by the entity's
 * id);</li>
 * <li>{@link AnswerDetail#NAMES} for an entity's {@code name} and {@code aliases} (the snapshot holds them);</li>
 * <li>{@link AnswerDetail#CLAIMS} for a step's {@code explanation} and any relation field but its id, kind and
 * ends (quotes, figures, sources: read from Neo4j);</li>
 * <li>{@link AnswerDetail#ENTITIES} for any other entity field ({@code description}, {@code properties}, a kind's
 * own fields: read from Neo4j);</li>
 * <li>{@link AnswerDetail#FULL} for anything this class does not know ({@code criticalClaims}) or an unknown
 * selection.</li>
 * </ul>
 */
final class AnalysisSelection {

	/** Fields of an {@code InfluencePath} (or a {@code PathStep}) that the projection answers. */
	private static final Set<String> PATH = Set.of("hops", "strength", "nodes", "steps", "steps/forward",
			"steps/relation");

	/** Fields of an {@code Exposure} that the projection answers, besides its counterpart and paths. */
	private static final Set<String> EXPOSURE = Set.of("counterpart", "directShare", "indirectShare", "totalShare",
			"shareKnown", "amountUsd", "pathCount", "pathsComplete", "paths");

	/** Fields of a {@code RankedEntity} or a {@code Chokepoint} besides its entity. */
	private static final Set<String> RANKED = Set.of("entity", "score", "computedOnVersion", "dominated",
			"dependentTotalShare", "dependentShare");

	/** Fields of a {@code ScenarioExposure} besides its counterpart and sides. */
	private static final Set<String> SCENARIO_EXPOSURE = Set.of("counterpart", "delta", "before", "after");

	/** Fields of {@code ScenarioPaths}. */
	private static final Set<String> SCENARIO_PATHS = Set.of("paths", "gone", "new");

	/** Fields of an entity that its id answers: its own and those its loaders fetch by id. */
	static final Set<String> ENTITY_BY_ID = Set.of("id", "kind", "relations", "measures");

	/** Fields of an entity that the snapshot holds besides its id and kind. */
	static final Set<String> ENTITY_NAMES = Set.of("name", "aliases");

	/** Fields of a relation that the projection answers: the ends are the entity loader's. */
	static final Set<String> RELATION_BY_ID = Set.of("id", "kind", "from", "to");

	private AnalysisSelection() {
	}

	static AnswerDetail forPaths(DataFetchingFieldSelectionSet selection) {
		return forPaths(names(selection));
	}

	static AnswerDetail forExposure(DataFetchingFieldSelectionSet selection) {
		return forExposure(names(selection));
	}

	static AnswerDetail forRanking(DataFetchingFieldSelectionSet selection) {
		return forRanking(names(selection));
	}

	static AnswerDetail forScenarioExposure(DataFetchingFieldSelectionSet selection) {
		return forScenarioExposure(names(selection));
	}

	static AnswerDetail forScenarioPaths(DataFetchingFieldSelectionSet selection) {
		return forScenarioPaths(names(selection));
	}

	/** From the qualified names of the selected fields ({@code steps/relation/id}); {@code null}: unknown. */
	static AnswerDetail forPaths(List<String> selected) {
		return detail(selected, AnalysisSelection::path);
	}

	static AnswerDetail forExposure(List<String> selected) {
		return detail(selected, AnalysisSelection::exposure);
	}

	/** For a ranking or chokepoints: a list of entities with figures. */
	static AnswerDetail forRanking(List<String> selected) {
		return detail(selected, name -> under(name, "entity/") ? entity(name.substring("entity/".length()))
				: known(RANKED, name));
	}

	static AnswerDetail forScenarioExposure(List<String> selected) {
		return detail(selected, name -> {
			if (under(name, "counterpart/")) {
				return entity(name.substring("counterpart/".length()));
			}
			for (String side : List.of("before/", "after/")) {
				if (under(name, side)) {
					return exposure(name.substring(side.length()));
				}
			}
			return known(SCENARIO_EXPOSURE, name);
		});
	}

	static AnswerDetail forScenarioPaths(List<String> selected) {
		return detail(selected, name -> {
			for (String list : SCENARIO_PATHS) {
				if (under(name, list + "/")) {
					return path(name.substring(list.length() + 1));
				}
			}
			return known(SCENARIO_PATHS, name);
		});
	}

	private static AnswerDetail path(String name) {
		if (under(name, "nodes/")) {
			return entity(name.substring("nodes/".length()));
		}
		if (under(name, "steps/relation/")) {
			return RELATION_BY_ID.contains(head(name.substring("steps/relation/".length()))) ? AnswerDetail.IDS
					: AnswerDetail.CLAIMS;
		}
		if (name.equals("steps/explanation")) {
			return AnswerDetail.CLAIMS;
		}
		return known(PATH, name);
	}

	private static AnswerDetail exposure(String name) {
		if (under(name, "counterpart/")) {
			return entity(name.substring("counterpart/".length()));
		}
		if (under(name, "paths/")) {
			return path(name.substring("paths/".length()));
		}
		return known(EXPOSURE, name);
	}

	/** A field of an entity of the answer, by its name below the entity. */
	private static AnswerDetail entity(String name) {
		String field = head(name);
		if (ENTITY_BY_ID.contains(field)) {
			return AnswerDetail.IDS;
		}
		return ENTITY_NAMES.contains(field) ? AnswerDetail.NAMES : AnswerDetail.ENTITIES;
	}

	private static AnswerDetail known(Set<String> fromProjection, String name) {
		return fromProjection.contains(name) ? AnswerDetail.IDS : AnswerDetail.FULL;
	}

	private static boolean under(String name, String prefix) {
		return name.startsWith(prefix);
	}

	private static String head(String name) {
		int slash = name.indexOf('/');
		return slash < 0 ? name : name.substring(0, slash);
	}

	private static List<String> names(DataFetchingFieldSelectionSet selection) {
		return selection == null ? null : selection.getFields().stream().map(SelectedField::getQualifiedName).toList();
	}

	private static AnswerDetail detail(List<String> selected, Function<String, AnswerDetail> need) {
		if (selected == null) {
			return AnswerDetail.FULL;
		}
		AnswerDetail most = AnswerDetail.IDS;
		for (String name : selected) {
			if (name.equals("__typename") || name.endsWith("/__typename")) {
				continue;
			}
			most = most.and(need.apply(name));
		}
		return most;
	}

}
