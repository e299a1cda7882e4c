package org.ecograph.api;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code graphql/vocabulary.graphqls}: the vocabulary from the Java enums, the limits from the
 * configured {@link ApiLimits} and the defaults from the running schema. Clients (the explorer) build their filters,
 * legends and forms from this answer instead of keeping copies that drift.
 */
@Controller
class VocabularyController {

	private final ApiLimits limits;

	VocabularyController(ApiLimits limits) {
		this.limits = limits;
	}

	@QueryMapping
	Vocabulary vocabulary(DataFetchingEnvironment environment) {
		return Vocabulary.of(environment.getGraphQLSchema());
	}

	@QueryMapping
	ApiLimits limits() {
		return this.limits;
	}

	@SchemaMapping(typeName = "Limits")
	List<ArgumentDefault> defaults(ApiLimits limits, DataFetchingEnvironment environment) {
		return ArgumentDefault.of(environment.getGraphQLSchema().getQueryType());
	}

}
