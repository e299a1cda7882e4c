package org.ecograph.api.graphql.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.ParserOptions;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
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
 * before it is validated. Its hits, misses and size are the meters {@code cache.gets} and {@code cache.size} with
 * {@code cache=graphql.documents}.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

	static final int SIZE = 1000;

	@Bean
	DocumentCache documentCache(Documents documents) {
		return new DocumentCache(SIZE, documents);
	}

	@Bean
	GraphQlSourceBuilderCustomizer preparsedDocuments(DocumentCache cache) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	@Bean
	MeterBinder documentCacheMeters(DocumentCache cache) {
		return registry -> {
			FunctionCounter.builder("cache.gets", cache, c -> c.hits.sum())
				.tags("cache", "graphql.documents", "result", "hit")
				.register(registry);
			FunctionCounter.builder("cache.gets", cache, c -> c.misses.sum())
				.tags("cache", "graphql.documents", "result", "miss")
				.register(registry);
			Gauge.builder("cache.size", cache, DocumentCache::size).tags("cache", "graphql.documents").register(registry);
		};
	}

	/** A least-recently-used map from document text to its parsed and validated form. */
	static final class DocumentCache implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> entries;

		private final Documents documents;

		private final LongAdder hits = new LongAdder();

		private final LongAdder misses = new LongAdder();

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
			if (entry != null) {
				this.hits.increment();
			}
			else {
				this.misses.increment();
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
