package org.ecograph.api.graphql;

import java.util.List;

import org.ecograph.analysis.AnswerDetail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which selections are answered from the projection alone, and which need the details read from Neo4j. */
class AnalysisSelectionTests {

	@Test
	void idsKindsFiguresAndTheEndsLoaderAreAnsweredFromTheProjection() {
		assertThat(AnalysisSelection.forPaths(List.of("hops", "strength", "steps", "steps/relation",
				"steps/relation/id", "steps/forward", "nodes", "nodes/id", "nodes/kind", "__typename",
				"steps/relation/from", "steps/relation/from/name", "steps/relation/to/id")))
			.isEqualTo(AnswerDetail.IDS);
		assertThat(AnalysisSelection.forExposure(List.of("counterpart", "counterpart/id", "counterpart/__typename",
				"totalShare", "shareKnown", "pathCount", "pathsComplete", "paths", "paths/strength",
				"paths/steps/relation/kind"))).isEqualTo(AnswerDetail.IDS);
		assertThat(AnalysisSelection.forRanking(List.of("score", "entity", "entity/id"))).isEqualTo(AnswerDetail.IDS);
	}

	@Test
	void anyNameQuoteExplanationOrOtherDetailNeedsTheFullAnswer() {
		assertThat(AnalysisSelection.forPaths(List.of("hops", "nodes", "nodes/name"))).isEqualTo(AnswerDetail.FULL);
		assertThat(AnalysisSelection.forPaths(List.of("steps", "steps/explanation"))).isEqualTo(AnswerDetail.FULL);
		assertThat(AnalysisSelection.forPaths(List.of("steps", "steps/relation", "steps/relation/quote")))
			.isEqualTo(AnswerDetail.FULL);
		assertThat(AnalysisSelection.forExposure(List.of("counterpart", "counterpart/name")))
			.isEqualTo(AnswerDetail.FULL);
		assertThat(AnalysisSelection.forExposure(List.of("paths", "paths/steps", "paths/steps/relation",
				"paths/steps/relation/sources"))).isEqualTo(AnswerDetail.FULL);
		assertThat(AnalysisSelection.forExposure(List.of("counterpart", "counterpart/relations")))
			.isEqualTo(AnswerDetail.FULL);
		assertThat(AnalysisSelection.forRanking(List.of("entity", "entity/aliases"))).isEqualTo(AnswerDetail.FULL);
		assertThat(AnalysisSelection.forRanking((List<String>) null)).as("no selection known").isEqualTo(AnswerDetail.FULL);
	}

}
