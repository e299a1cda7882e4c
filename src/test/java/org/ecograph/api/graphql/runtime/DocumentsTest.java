package org.ecograph.api.graphql.runtime;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import graphql.language.OperationDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents are parsed within their limits and refused before validation when they would cost too much. */
class DocumentsTest {

	private final Documents documents = new Documents(new DocumentLimits(200_000, 15_000, 200, 5000, 50));

	@Test
	void refusesAThousandFragmentCycle() {
		ParsedDocument parsed = this.documents.parse(FragmentDocuments.cycle(1000));
		assertThat(parsed.problem()).isEqualTo("Fragment F0 spreads itself: F0 -> F1 -> F2 -> F3 -> F4 -> ..."
				+ " (1000 fragments) -> F0. Fragments must not spread each other in a cycle");
	}

	@Test
	void refusesAFragmentSpreadingItself() {
		assertThat(this.documents.parse("{ ...A } fragment A on Query { __typename ...A }").problem())
			.isEqualTo("Fragment A spreads itself: A -> A. Fragments must not spread each other in a cycle");
	}

	@Test
	void countsFragmentSpreadsMultiplicatively() {
		assertThat(this.documents.parse(FragmentDocuments.explosion(30)).problem())
			.isEqualTo("The document has 1073741823 fields once its fragments are expanded where they are spread:"
					+ " allowed at most 5000 (every spread of a fragment counts its fields again: spread fewer"
					+ " fragments, or fragments fewer times)");
		assertThat(this.documents.parse(FragmentDocuments.explosion(20)).problem())
			.startsWith("The document has 1048575 fields once its fragments are expanded");
		assertThat(this.documents.parse(FragmentDocuments.explosion(10)).refused()).isFalse();
	}

	@Test
	void refusesAFieldRepeatedThousandsOfTimes() {
		assertThat(this.documents.parse("{ " + "__typename ".repeat(14_000) + "}").problem())
			.isEqualTo("The field `__typename` is selected 14000 times in one selection: allowed at most 50 (a field"
					+ " selected twice is answered once; give aliases to ask for distinct answers)");
	}

	@Test
	void countsRepeatsThroughInlineFragmentsAndSpreads() {
		String inline = IntStream.range(0, 51).mapToObj(i -> "... on Query { id: __typename }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(this.documents.parse(inline).problem()).startsWith("The field `id` is selected 51 times");
		String spreads = "{ " + "...F ".repeat(51) + "} fragment F on Query { __typename }";
		assertThat(this.documents.parse(spreads).problem()).startsWith("Fragment F is spread 51 times in one selection");
	}

	@Test
	void refusesADocumentOverItsTokenBudget() {
		String aliased = IntStream.range(0, 6000).mapToObj(i -> "a" + i + ": __typename")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(this.documents.parse(aliased).problem()).isEqualTo("The document has over 15000 tokens (names,"
				+ " punctuation, values): allowed at most 15000 (send a shorter document)");
	}

	@Test
	void refusesNestingDeeperThanTheParserMayGo() {
		String deep = "{ entity(id: " + "[".repeat(300) + "]".repeat(300) + ") { id } }";
		assertThat(this.documents.parse(deep).problem()).startsWith("The document nests selections, lists or objects"
				+ " over 200 grammar rules deep");
	}

	@Test
	void leavesSyntaxErrorsToGraphQl() {
		ParsedDocument parsed = this.documents.parse("{ entity(id: ");
		assertThat(parsed.refused()).isFalse();
		assertThat(parsed.document()).isNull();
	}

	@Test
	void passesTheStandardIntrospectionQuery() {
		assertThat(this.documents.parse(IntrospectionQuery.INTROSPECTION_QUERY).refused()).isFalse();
	}

	@Test
	void findsTheOperationAndItsTopLevelFieldsThroughFragments() {
		ParsedDocument parsed = this.documents.parse("""
				query A { entity(id: "company:dell") { name } ...R }
				mutation B { upsertEntity(input: {}) { entity { id } } }
				fragment R on Query { ... on Query { ranking { score } } }""");
		assertThat(parsed.rootFields("A")).containsExactly("entity", "ranking");
		assertThat(parsed.operation("B").map(OperationDefinition::getOperation))
			.contains(OperationDefinition.Operation.MUTATION);
		assertThat(parsed.operation(null)).isEmpty();
		assertThat(parsed.rootFields("C")).isEmpty();
	}

}
