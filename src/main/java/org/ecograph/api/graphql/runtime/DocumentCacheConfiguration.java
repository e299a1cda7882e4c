package org.ecograph.api.graphql.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.ParserOptions;
import org.ecograph.api.ApiError;
import org.ecograph.model.ErrorKind;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct GraphQL document once: clients send the same few documents with other
 * variables, so parsing and validation leave the request path. The cache holds the {@value #SIZE} documents used most
 * recently; validation depends on the schema only, which does not change while the application runs. A document
 * over its {@link DocumentLimits} (a fragment cycle or explosion, thousands of repeats, too many tokens) is refused
 * before it is validated.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

	static final int SIZE = 1000;

	@Bean
	GraphQlSourceBuilderCustomizer preparsedDocuments(Documents documents) {
		PreparsedDocumentProvider cache = new DocumentCache(SIZE, documents);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	/** A least-recently-used map from document text to its parsed and validated form. */
	static final class DocumentCache implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> entries;

		private final Documents documents;

		DocumentCache(int size, Documents documents) {
			this.documents = documents;
			this.entries = new LinkedHashMap<>(size, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
					return size() > size;
				}

			};
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			String query = input.getQuery();
			PreparsedDocumentEntry entry;
			synchronized (this.entries) {
				entry = this.entries.get(query);
			}
			if (entry == null) {
				entry = parseCheckAndValidate(input, parseAndValidate);
				synchronized (this.entries) {
					this.entries.put(query, entry);
				}
			}
			return CompletableFuture.completedFuture(entry);
		}

		/**
		 * A document over its {@link DocumentLimits} is refused before validation (which, like the complexity
		 * check, expands fragments); GraphQL's own parse runs with the same parser limits.
		 */
		private PreparsedDocumentEntry parseCheckAndValidate(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			ParsedDocument parsed = this.documents.parse(input.getQuery());
			if (parsed.refused()) {
				return new PreparsedDocumentEntry(ApiError.of(ErrorKind.BAD_REQUEST, parsed.problem()).graphQlError());
			}
			input.getGraphQLContext().put(ParserOptions.class, this.documents.parserOptions());
			return parseAndValidate.apply(input);
		}

		int size() {
			synchronized (this.entries) {
				return this.entries.size();
			}
		}

	}

}
