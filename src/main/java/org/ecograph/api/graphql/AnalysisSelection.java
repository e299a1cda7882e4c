package org.ecograph.api.graphql;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.ecograph.analysis.AnswerDetail;

/**
 * Which {@link AnswerDetail} a question's selection needs: {@link AnswerDetail#IDS} when every field it selects is
 * one the projection answers by itself (ids, kinds, figures, a relation's ends, which their own loader fetches),
 * {@link AnswerDetail#FULL} as soon as it selects a name, a quote, an explanation or any other detail.
 */
final class AnalysisSelection {

	/** Below an {@code InfluencePath}. */
	private static final Set<String> PATH = Set.of("hops", "strength", "nodes", "nodes/id", "nodes/kind", "steps",
			"steps/forward", "steps/relation", "steps/relation/id", "steps/relation/kind");

	/** Below an {@code Exposure}. */
	private static final Set<String> EXPOSURE = Set.of("counterpart", "counterpart/id", "counterpart/kind",
			"directShare", "indirectShare", "totalShare", "shareKnown", "amountUsd", "pathCount", "pathsComplete",
			"paths");

	/** Below a {@code RankedEntity}. */
	private static final Set<String> RANKED = Set.of("score", "entity", "entity/id", "entity/kind");

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

	/** From the qualified names of the selected fields ({@code steps/relation/id}); {@code null}: unknown. */
	static AnswerDetail forPaths(List<String> selected) {
		return detail(selected, AnalysisSelection::onPath);
	}

	static AnswerDetail forExposure(List<String> selected) {
		return detail(selected, name -> EXPOSURE.contains(name)
				|| name.startsWith("paths/") && onPath(name.substring("paths/".length())));
	}

	static AnswerDetail forRanking(List<String> selected) {
		return detail(selected, RANKED::contains);
	}

	private static boolean onPath(String name) {
		return PATH.contains(name) || name.startsWith("steps/relation/from") || name.startsWith("steps/relation/to");
	}

	private static List<String> names(DataFetchingFieldSelectionSet selection) {
		return selection == null ? null : selection.getFields().stream().map(SelectedField::getQualifiedName).toList();
	}

	private static AnswerDetail detail(List<String> selected, Predicate<String> fromProjection) {
		if (selected == null) {
			return AnswerDetail.FULL;
		}
		for (String name : selected) {
			if (!name.equals("__typename") && !name.endsWith("/__typename") && !fromProjection.test(name)) {
				return AnswerDetail.FULL;
			}
		}
		return AnswerDetail.IDS;
	}

}
