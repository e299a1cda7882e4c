package org.ecograph.observability.graphql;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Operation names as metric tags: the document's own or its top-level fields, bounded in length and number. */
class OperationNamesTests {

	@Test
	void takesTheDocumentsNameElseItsTopLevelFieldsInOrder() {
		assertThat(OperationNames.of(operation("query paths($a: ID!) { influencePaths(from: $a, to: $a) { hops } }")))
			.isEqualTo("paths");
		assertThat(OperationNames.of(operation("{ relations(first: 1) { totalCount } a: entity(id: \"x\") { id } "
				+ "entity(id: \"y\") { id } }"))).isEqualTo("entity+relations");
		assertThat(OperationNames.of(operation("query { ... on Query { vocabulary { kinds } } }"))).isEqualTo("anonymous");
	}

	@Test
	void cutsALongNameAt64Characters() {
		String name = "q".repeat(200);

		assertThat(OperationNames.of(operation("query " + name + " { vocabulary { kinds } }"))).isEqualTo("q".repeat(64));
	}

	@Test
	void tellsApartTheFirstNamesSeenAndCountsLaterNewOnesAsOther() {
		OperationNames names = new OperationNames(2);

		assertThat(names.bounded("paths")).isEqualTo("paths");
		assertThat(names.bounded("ranking")).isEqualTo("ranking");
		assertThat(names.bounded("attacker1")).isEqualTo("other");
		assertThat(names.bounded("attacker2")).isEqualTo("other");
		assertThat(names.bounded("paths")).isEqualTo("paths");
		assertThat(names.bounded((graphql.execution.ExecutionContext) null)).isEqualTo("invalid");
	}

	private static OperationDefinition operation(String document) {
		return (OperationDefinition) Parser.parse(document).getDefinitions().get(0);
	}

}
