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
	void namesAndAliasesComeFromTheSnapshot() {
		assertThat(AnalysisSelection.forPaths(List.of("hops", "nodes", "nodes/name"))).isEqualTo(AnswerDetail.NAMES);
		assertThat(AnalysisSelection.forExposure(List.of("counterpart", "counterpart/name")))
			.isEqualTo(AnswerDetail.NAMES);
		assertThat(AnalysisSelection.forRanking(List.of("entity", "entity/aliases"))).isEqualTo(AnswerDetail.NAMES);
		assertThat(AnalysisSelection.forExposure(List.of("counterpart", "counterpart/name", "paths", "paths/nodes",
				"paths/nodes/aliases", "paths/nodes/__typename"))).isEqualTo(AnswerDetail.NAMES);
		assertThat(AnalysisSelection.forScenarioPaths(List.of("paths", "paths/nodes", "paths/nodes/name", "gone",
				"gone/nodes/id"))).isEqualTo(AnswerDetail.NAMES);
		assertThat(AnalysisSelection.forScenarioExposure(List.of("counterpart", "counterpart/name", "before",
				"before/paths/nodes/name", "after/counterpart/kind", "delta"))).isEqualTo(AnswerDetail.NAMES);
	}

	@Test
	void anEntitysRelationsAndMeasuresAreTheirLoadersByItsId() {
		assertThat(AnalysisSelection.forExposure(List.of("counterpart", "counterpart/relations")))
			.isEqualTo(AnswerDetail.IDS);
		assertThat(AnalysisSelection.forRanking(List.of("entity", "entity/measures", "entity/measures/value",
				"entity/relations/edges/node/quote"))).isEqualTo(AnswerDetail.IDS);
	}

	@Test
	void anExplanationQuoteOrOtherRelationFieldNeedsTheClaimsRead() {
		assertThat(AnalysisSelection.forPaths(List.of("steps", "steps/explanation"))).isEqualTo(AnswerDetail.CLAIMS);
		assertThat(AnalysisSelection.forPaths(List.of("steps", "steps/relation", "steps/relation/quote")))
			.isEqualTo(AnswerDetail.CLAIMS);
		assertThat(AnalysisSelection.forExposure(List.of("paths", "paths/steps", "paths/steps/relation",
				"paths/steps/relation/sources"))).isEqualTo(AnswerDetail.CLAIMS);
		assertThat(AnalysisSelection.forPaths(List.of("nodes/name", "steps/explanation")))
			.isEqualTo(AnswerDetail.CLAIMS);
	}

	@Test
	void anyOtherEntityFieldNeedsTheEntitiesRead() {
		assertThat(AnalysisSelection.forPaths(List.of("nodes", "nodes/name", "nodes/description")))
			.isEqualTo(AnswerDetail.ENTITIES);
		assertThat(AnalysisSelection.forExposure(List.of("counterpart", "counterpart/properties")))
			.isEqualTo(AnswerDetail.ENTITIES);
		assertThat(AnalysisSelection.forRanking(List.of("entity", "entity/country"))).isEqualTo(AnswerDetail.ENTITIES);
		assertThat(AnalysisSelection.forPaths(List.of("nodes/description", "steps/explanation")))
			.isEqualTo(AnswerDetail.FULL);
	}

	@Test
	void anUnknownFieldOrSelectionNeedsTheFullAnswer() {
		assertThat(AnalysisSelection.forPaths(List.of("hops", "criticalClaims", "criticalClaims/id")))
			.as("a field of its own resolver").isEqualTo(AnswerDetail.FULL);
		assertThat(AnalysisSelection.forScenarioExposure(List.of("before", "before/criticalClaims")))
			.isEqualTo(AnswerDetail.FULL);
		assertThat(AnalysisSelection.forRanking((List<String>) null)).as("no selection known").isEqualTo(AnswerDetail.FULL);
	}

	@Test
	void detailsAddUpAxisByAxis() {
		assertThat(AnswerDetail.IDS.and(AnswerDetail.NAMES)).isEqualTo(AnswerDetail.NAMES);
		assertThat(AnswerDetail.NAMES.and(AnswerDetail.IDS)).isEqualTo(AnswerDetail.NAMES);
		assertThat(AnswerDetail.NAMES.and(AnswerDetail.CLAIMS)).isEqualTo(AnswerDetail.CLAIMS);
		assertThat(AnswerDetail.ENTITIES.and(AnswerDetail.NAMES)).isEqualTo(AnswerDetail.ENTITIES);
		assertThat(AnswerDetail.CLAIMS.and(AnswerDetail.ENTITIES)).isEqualTo(AnswerDetail.FULL);
		assertThat(AnswerDetail.IDS.and(AnswerDetail.IDS)).isEqualTo(AnswerDetail.IDS);
		assertThat(AnswerDetail.FULL.and(AnswerDetail.IDS)).isEqualTo(AnswerDetail.FULL);
	}

}
