package org.ecograph.api.graphql.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct GraphQL document once: clients send the same few documents with other
 * variables, so parsing and validation leave the request path. The cache holds the {@value #SIZE} documents used most
 * recently; validation depends on the schema only, which does not change while the application runs.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

	static final int SIZE = 1000;

	@Bean
	GraphQlSourceBuilderCustomizer preparsedDocuments() {
		PreparsedDocumentProvider cache = new DocumentCache(SIZE);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	/** A least-recently-used map from document text to its parsed and validated form. */
	static final class DocumentCache implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> entries;

		DocumentCache(int size) {
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
				entry = parseAndValidate.apply(input);
				synchronized (this.entries) {
					this.entries.put(query, entry);
				}
			}
			return CompletableFuture.completedFuture(entry);
		}

		int size() {
			synchronized (this.entries) {
				return this.entries.size();
			}
		}

	}

}
