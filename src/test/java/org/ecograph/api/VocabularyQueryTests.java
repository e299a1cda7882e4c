package org.ecograph.api;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code vocabulary} answers the Java enums, constant for constant, and {@code limits} the configured
 * {@link ApiLimits} and the schema's defaults: what the explorer builds its filters, legend and forms from.
 */
@SeededGraphTest
class VocabularyQueryTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	ApiLimits limits;

	@Test
	void listsEveryEntityKindWithItsLabelAndIdPrefixInTheEnumsOrder() {
		List<EntityKindTerm> terms = answer().path("vocabulary.entityKinds").entityList(EntityKindTerm.class).get();
		assertThat(terms).extracting(EntityKindTerm::name, EntityKindTerm::label, EntityKindTerm::idPrefix)
			.containsExactlyElementsOf(Arrays.stream(EntityKind.values())
				.map(kind -> org.assertj.core.groups.Tuple.tuple(kind.name(), kind.label(), kind.idPrefix()))
				.toList());
		assertThat(terms).allSatisfy(term -> assertThat(term.description()).isNotBlank());
	}

	@Test
	void listsEveryRelationKindWithItsVerbDependentSideAndExposureDefault() {
		List<RelationKindTerm> terms = answer().path("vocabulary.relationKinds")
			.entityList(RelationKindTerm.class)
			.get();
		assertThat(terms)
			.extracting(RelationKindTerm::name, RelationKindTerm::verb, RelationKindTerm::dependentSide,
					RelationKindTerm::exposureByDefault)
			.containsExactlyElementsOf(Arrays.stream(RelationKind.values())
				.map(kind -> org.assertj.core.groups.Tuple.tuple(kind.name(), kind.verb(), kind.dependentSide().name(),
						kind.exposureByDefault()))
				.toList());
		assertThat(terms).filteredOn(term -> term.name().equals("MEMBER_OF"))
			.singleElement()
			.extracting(RelationKindTerm::verb)
			.isEqualTo("is a member of");
		assertThat(terms).filteredOn(term -> term.name().equals("ACCESSES_DATA"))
			.singleElement()
			.extracting(RelationKindTerm::verb)
			.isEqualTo("draws data from");
		assertThat(terms).allSatisfy(term -> assertThat(term.description()).isNotBlank());
	}

	@Test
	void listsEveryClaimStatusWithTheSchemasDescription() {
		List<ClaimStatusTerm> terms = answer().path("vocabulary.claimStatuses").entityList(ClaimStatusTerm.class).get();
		assertThat(terms).extracting(ClaimStatusTerm::name).containsExactlyElementsOf(ClaimStatus.names());
		assertThat(terms).first().extracting(ClaimStatusTerm::description)
			.isEqualTo("Stated as a fact or as having happened.");
	}

	@Test
	void answersEveryConfiguredLimitAndNothingElse() throws ReflectiveOperationException {
		Map<String, Object> answered = new LinkedHashMap<>(answer().path("limits").entity(Map.class).get());
		answered.remove("defaults");
		Map<String, Object> configured = new LinkedHashMap<>();
		for (RecordComponent component : ApiLimits.class.getRecordComponents()) {
			configured.put(component.getName(), component.getAccessor().invoke(this.limits));
		}
		assertThat(answered).isEqualTo(configured);
	}

	@Test
	void theConfiguredLimitsAreTheRecordsDefaultsUnlessAPropertySaysOtherwise() {
		// application.properties restates none of them: ApiLimits' @DefaultValue is the one place they are written
		assertThat(this.limits).isEqualTo(Binder.get(new org.springframework.core.env.StandardEnvironment())
			.bindOrCreate("ecograph.api", ApiLimits.class));
	}

	@Test
	void answersTheDefaultsTheSchemaDeclares() {
		List<ArgumentDefaultRow> defaults = answer().path("limits.defaults").entityList(ArgumentDefaultRow.class).get();
		assertThat(defaults).contains(new ArgumentDefaultRow("influencePaths", "maxHops", "4"),
				new ArgumentDefaultRow("influencePaths", "k", "5"),
				new ArgumentDefaultRow("influencePaths", "rankBy", "STRENGTH"),
				new ArgumentDefaultRow("influencePaths", "followDirection", "false"),
				new ArgumentDefaultRow("exposure", "direction", "UPSTREAM"),
				new ArgumentDefaultRow("exposure", "maxHops", "3"), new ArgumentDefaultRow("exposure", "first", "20"),
				new ArgumentDefaultRow("subgraph", "hops", "1"), new ArgumentDefaultRow("subgraph", "limit", "500"));
		assertThat(defaults).extracting(ArgumentDefaultRow::field).doesNotContain("entity");
	}

	private GraphQlTester.Response answer() {
		GraphQlTester.Response response = this.graphQlTester.documentName("vocabulary-limits").execute();
		response.errors().verify();
		return response;
	}

	record EntityKindTerm(String name, String label, String idPrefix, String description) {
	}

	record RelationKindTerm(String name, String verb, String dependentSide, boolean exposureByDefault,
			String description) {
	}

	record ClaimStatusTerm(String name, String description) {
	}

	record ArgumentDefaultRow(String field, String argument, String value) {
	}

}
