package org.ecograph.api.graphql;

import java.time.LocalDate;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

/**
 * The day a listing of relations was read as known on ({@code knownOn}), handed down to the fields below it as a
 * local context value named {@value #NAME}, so a relation's {@code assertions}, {@code corroboration} and
 * {@code conflict} answer for the same day as its figures. Every listing sets it (or removes it, when it has no
 * {@code knownOn}), so a nested listing without one never inherits its parent's day; other local values pass on.
 */
final class KnownOnContext {

	/** The name {@code @LocalContextValue} parameters ask for. */
	static final String NAME = "knownOn";

	private KnownOnContext() {
	}

	static <T> DataFetcherResult<T> result(T data, LocalDate knownOn, DataFetchingEnvironment env) {
		GraphQLContext.Builder context = GraphQLContext.newContext();
		if (env.getLocalContext() instanceof GraphQLContext outer) {
			context.of(outer);
		}
		GraphQLContext built = context.build();
		built.delete(NAME);
		if (knownOn != null) {
			built.put(NAME, knownOn);
		}
		return DataFetcherResult.<T>newResult().data(data).localContext(built).build();
	}

}
