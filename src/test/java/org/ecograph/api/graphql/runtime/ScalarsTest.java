package org.ecograph.api.graphql.runtime;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.EnumValue;
import graphql.language.IntValue;
import graphql.schema.CoercingParseLiteralException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A literal a scalar refuses is named as the client wrote it, never by the parser's class. */
class ScalarsTest {

	@Test
	void aDateLiteralThatIsNoStringIsQuotedAsWritten() {
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(() -> Scalars.DATE.getCoercing()
				.parseLiteral(IntValue.of(3), CoercedVariables.emptyVariables(), GraphQLContext.getDefault(),
						Locale.ROOT))
			.withMessage("Date must be a string yyyy-MM-dd, got 3");
	}

	@Test
	void anEnumValueInJsonIsQuotedAsWritten() {
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(() -> Scalars.JSON.getCoercing()
				.parseLiteral(EnumValue.of("FOO"), CoercedVariables.emptyVariables(), GraphQLContext.getDefault(),
						Locale.ROOT))
			.withMessage("JSON cannot represent FOO: write it as a string");
	}

}
